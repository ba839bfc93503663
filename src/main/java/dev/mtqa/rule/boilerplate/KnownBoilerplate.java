package dev.mtqa.rule.boilerplate;

import dev.mtqa.config.RuleResources;
import dev.mtqa.text.Span;

/**
 * Whether a whole line is already boilerplate by one of the line rules (phrase list, timestamp,
 * scraper tag, credit, image metadata, section label), so that the rules about repeated lines do
 * not report the same line a second time.
 */
final class KnownBoilerplate {
    private final PhraseList phrases;
    private final Credits credits;

    KnownBoilerplate(RuleResources resources) {
        this.phrases = PhraseList.of(resources);
        this.credits = Credits.of(resources);
    }

    PhraseList phrases() {
        return phrases;
    }

    Credits credits() {
        return credits;
    }

    /** True if the visible line {@code line} of {@code text} is boilerplate as a whole. */
    boolean isWholeLine(String text, Span line) {
        if (line.length() == 0) {
            return false;
        }
        if (phrases.whole(text, line.start(), line.end()) != null) {
            return true;
        }
        if (line.length() > 320) {
            return false;
        }
        String s = line.of(text);
        Credits.Part metadata = Credits.metadata(text, line);
        return TimestampRule.isTimestamp(s) || ScraperTagRule.isTag(s) || credits.isWholeCredit(s)
                || (metadata != null && metadata.span().equals(line))
                || SectionLabelRule.isLabel(s) || SectionLabelRule.isBreadcrumb(s) || SectionLabelRule.isLabelledList(s)
                || SectionLabelRule.isLabelledLink(s);
    }
}
