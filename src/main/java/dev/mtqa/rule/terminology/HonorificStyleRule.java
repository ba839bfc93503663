package dev.mtqa.rule.terminology;

import dev.mtqa.EnglishVariant;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.text.AsciiWordMap;
import dev.mtqa.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Honorifics written both with and without a full stop in one document ("Mr Putin" and
 * "Mr. Putin"): American style writes "Mr.", British style "Mr"; a document should keep one.
 * Counts Mr, Mrs, Ms and Dr before a capitalised name; flags the less frequent style and
 * suggests the other (on a tie, the style of the document's English variant). Adding or
 * removing the full stop cannot change the meaning, so the fix is safe.
 */
public final class HonorificStyleRule implements Rule {
    /** Looked up with each short word in place: every word of every document is asked. */
    private static final AsciiWordMap<Boolean> HONORIFICS = new AsciiWordMap<>(
            Map.of("Mr", Boolean.TRUE, "Mrs", Boolean.TRUE, "Ms", Boolean.TRUE, "Dr", Boolean.TRUE));

    private static final RuleMetadata METADATA = new RuleMetadata("TERMINOLOGY_HONORIFIC_STYLE", Category.TERMINOLOGY,
            Severity.WARNING,
            "Honorifics with and without a full stop in one document (Mr Putin, Mr. Putin)",
            "American style writes Mr., Mrs., Ms. and Dr. with a full stop; British style writes them without. "
                    + "A document that mixes both was stitched together or translated in pieces. The style used "
                    + "less often is flagged; make all honorifics follow the other.",
            List.of(
                    Example.flags("Mr. Biden spoke first. Mr. Macron replied. Then <marker>Mr</marker> Scholz left.", "Mr."),
                    Example.flags("Mr Johnson said no. Dr Patel agreed. <marker>Mrs.</marker> May did not.", "Mrs"),
                    Example.accepts("Mr Johnson said no. Dr Patel agreed. Mrs May did not."),
                    Example.accepts("Mr. Biden spoke. Ms. Harris listened."),
                    Example.accepts("The Mr. Men books sold well, and MR scanners are expensive.")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        List<int[]> withStop = new ArrayList<>();
        List<int[]> without = new ArrayList<>();
        String text = document.text();
        Words words = document.words();
        for (int w = 0; w < words.size(); w++) {
            int start = words.start(w);
            int end = words.end(w);
            if (end - start > 3 || HONORIFICS.get(text, start, end, false) == null
                    || (start > 0 && text.charAt(start - 1) == '.')) {
                continue;
            }
            boolean stop = end < text.length() && text.charAt(end) == '.';
            int after = stop ? end + 1 : end;
            int next = after;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next > after && next < text.length() && Character.isUpperCase(text.codePointAt(next))) {
                (stop ? withStop : without).add(new int[] {start, end, after});
            }
        }
        if (withStop.isEmpty() || without.isEmpty()) {
            return;
        }
        boolean stopsWin = withStop.size() > without.size()
                || (withStop.size() == without.size() && context.variant() != EnglishVariant.GB);
        if (stopsWin) {
            for (int[] h : without) {
                out.add(Match.of(h[0], h[1], "Elsewhere this document writes honorifics with a full stop ("
                        + withStop.size() + " times); write '" + text.substring(h[0], h[1]) + ".'.",
                        new Edit(h[0], h[1], text.substring(h[0], h[1]) + ".", Edit.SAFE)));
            }
        } else {
            for (int[] h : withStop) {
                out.add(Match.of(h[0], h[2], "Elsewhere this document writes honorifics without a full stop ("
                        + without.size() + " times); write '" + text.substring(h[0], h[1]) + "'.",
                        new Edit(h[0], h[2], text.substring(h[0], h[1]), Edit.SAFE)));
            }
        }
    }
}
