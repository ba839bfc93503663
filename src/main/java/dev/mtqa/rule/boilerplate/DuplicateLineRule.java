package dev.mtqa.rule.boilerplate;

import dev.mtqa.config.RuleResources;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.text.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line printed twice in one document: the headline repeated above the article, an image
 * caption repeated with its credit ("…Guangzhou, China." and "…Guangzhou, China. - Lu Hanxin/Xinhua
 * via AP"), or glued to one ("© AFP 2023 / YURI KADOBNOVA man walks…" next to "A man walks…").
 *
 * <p>The rule in words: two lines are copies when their words are the same (ignoring case,
 * punctuation and numbers' digits, see {@link PhraseList#normalise}) once a photo credit or image
 * metadata before or after them is set aside, and they have at least four words. Lines that are
 * boilerplate by themselves (a phrase, a timestamp, a credit…) are left to those rules. Of the
 * copies, the one with the least page residue attached is kept: one whose credit is glued to its
 * text counts as the worst; among equally clean copies the first is kept. Every other copy is
 * flagged, and its fix deletes it.
 */
public final class DuplicateLineRule implements Rule {
    private static final int MIN_WORDS = 4;
    /** Longer lines are paragraphs; comparing them is still right but not worth the memory. */
    private static final int MAX_LINE = 5000;
    private static final long GLUED = 1_000_000L;

    private static final RuleMetadata METADATA = new RuleMetadata("BOILERPLATE_DUPLICATE_LINE", Category.BOILERPLATE,
            Severity.WARNING,
            "A headline, caption or paragraph printed twice in the document",
            "The page showed this text twice (a headline above and in the article, an image caption and its copy with "
                    + "the photo credit) and the scraper kept both. A reader sees the same line again. Delete the "
                    + "redundant copy; mtqa keeps the copy with the least page residue attached.",
            List.of(
                    Example.flags("Kyiv hosts donor conference on energy\n\n<marker>Kyiv hosts donor conference on energy</marker>\n"
                            + "Donors pledged $2 billion on Tuesday.", ""),
                    Example.flags("Workers repair a power line near Odesa on Monday.\n<marker>Workers repair a power line near "
                            + "Odesa on Monday. - Jane Doe/AP</marker>\n\nThe grid lost a third of its capacity.", ""),
                    Example.flags("<marker>\u00a9 AFP 2023 / JOHN SMITHA crane lifts a damaged tram in Odesa.</marker>\n"
                            + "A crane lifts a damaged tram in Odesa. - Sputnik International, 1920, 03.03.2023\n", ""),
                    Example.accepts("Glory to Ukraine!\n\nThe crowd chanted for an hour.\n\nGlory to Ukraine!"),
                    Example.accepts("Kyiv hosts donor conference on energy\n\nKyiv hosts donor conference on energy security "
                            + "as winter approaches, officials said."),
                    Example.accepts("Something went wrong. Please try again later.\n\nSomething went wrong. Please try again later.")));

    private final KnownBoilerplate known;

    public DuplicateLineRule(RuleResources resources) {
        this.known = new KnownBoilerplate(resources);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    private record Copy(int line, Span visible, long residue) {
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        // First each line's comparable part (the line without credit residue); then only lines
        // whose letter count another line shares are normalised and grouped: most lines of a
        // document have a count of their own, so cannot have a copy (see PhraseList.letters).
        int lineCount = document.index().lineCount();
        Copy[] lines = new Copy[lineCount];
        int[] starts = new int[lineCount];
        int[] ends = new int[lineCount];
        int[] letters = new int[lineCount];
        Map<Integer, Integer> linesWithLetters = new HashMap<>();
        for (int line = 0; line < lineCount; line++) {
            Span visible = LineDeletion.visible(document, line);
            if (visible.length() == 0 || visible.length() > MAX_LINE) {
                continue;
            }
            int start = visible.start();
            int end = visible.end();
            long residue = 0;
            Credits.Part prefix = known.credits().prefix(text, visible);
            if (prefix != null) {
                start = prefix.span().end();
                residue += prefix.span().length() + (prefix.guessed() ? GLUED : 0);
            }
            Credits.Part suffix = Credits.metadata(text, visible);
            if (suffix == null) {
                suffix = known.credits().suffix(text, visible);
            }
            if (suffix != null && suffix.span().start() >= start) {
                end = suffix.span().start();
                residue += suffix.span().length();
            }
            lines[line] = new Copy(line, visible, residue);
            starts[line] = start;
            ends[line] = end;
            letters[line] = PhraseList.letters(text, start, end);
            linesWithLetters.merge(letters[line], 1, Integer::sum);
        }
        Map<String, List<Copy>> copies = new LinkedHashMap<>();
        for (int line = 0; line < lineCount; line++) {
            if (lines[line] == null || linesWithLetters.get(letters[line]) < 2) {
                continue;
            }
            String key = PhraseList.normalise(text, starts[line], ends[line], Integer.MAX_VALUE);
            if (key == null || Lines.words(key, MIN_WORDS) < MIN_WORDS) {
                continue;
            }
            copies.computeIfAbsent(key, k -> new ArrayList<>()).add(lines[line]);
        }
        for (List<Copy> candidates : copies.values()) {
            if (candidates.size() < 2) {
                continue;
            }
            // Lines another rule already deletes whole are not copies to report; asked only of
            // repeated lines, as most lines occur once and the question is not cheap.
            List<Copy> group = candidates.stream().filter(c -> !known.isWholeLine(text, c.visible())).toList();
            if (group.size() < 2) {
                continue;
            }
            Copy kept = group.get(0);
            for (Copy copy : group) {
                if (copy.residue() < kept.residue()) {
                    kept = copy;
                }
            }
            for (Copy copy : group) {
                if (copy != kept) {
                    out.add(Match.of(copy.visible(), "Line " + (kept.line() + 1) + " says the same"
                                    + (copy.residue() > 0 ? " without the page residue" : "") + ": delete this copy.",
                            LineDeletion.deleteLine(document, copy.line(), Edit.SAFE)));
                }
            }
        }
    }
}
