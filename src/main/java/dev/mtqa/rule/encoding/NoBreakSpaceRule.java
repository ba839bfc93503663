package dev.mtqa.rule.encoding;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.text.RareCharacters;
import dev.mtqa.text.Span;
import dev.mtqa.text.TextIndex;

import java.util.List;

/**
 * Stray no-break spaces (U+00A0, and the narrow U+202F): residue of {@code &nbsp;} in scraped
 * HTML. Flagged where no editor would put one:
 * <ul>
 *   <li>at the start or end of a line, where there is nothing to keep together (info: invisible,
 *       but it survives every trim and splits identical lines apart);</li>
 *   <li>next to an ordinary space, doubling it ("Ukraine.&nbsp; Russia");</li>
 *   <li>between two ordinary words ("were&nbsp;attacking"), or after the punctuation that ends an
 *       ordinary word's sentence or clause ("Ukraine.&nbsp;Russia"), where it stops the line wrapping
 *       and hides the word boundary from search and spell checking.</li>
 * </ul>
 * A no-break space next to a digit, a symbol or punctuation ("10 km", "€ 5", "« oui »"), after a
 * title or an initial ("Mr Smith"), or before a Roman numeral, a single capital or a unit
 * ("World War II", "Plan B") is deliberate and left alone ({@link NoBreakSpaces}). The fix (delete
 * at a line's edge, a plain space elsewhere) only changes whitespace, so it is safe.
 */
public final class NoBreakSpaceRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("ENCODING_NO_BREAK_SPACE", Category.ENCODING,
            Severity.WARNING,
            "A no-break space where no editor would put one: at a line's edge or between ordinary words",
            "A no-break space (U+00A0) looks like a space but is a different character: left over from &nbsp; in "
                    + "the web page the text was scraped from. Between two ordinary words it stops the line from "
                    + "wrapping there and hides the word boundary from search, spell checking and tokenisers; at the "
                    + "start or end of a line it is invisible clutter that survives trimming. A no-break space that "
                    + "keeps a number with its unit (\"10 km\"), a title with a name (\"Mr Smith\") or a numeral with "
                    + "its word (\"World War II\") is deliberate and not reported. The fix replaces it with a plain "
                    + "space, or deletes it at a line's edge.",
            List.of(
                    Example.flags("Drones were<marker>\u00a0</marker>launched overnight.", " "),
                    Example.flags("No deal was reached.<marker>\u00a0</marker>Talks resume on Monday.", " "),
                    Example.flags("The talks ended.<marker>\u00a0</marker>\nNothing was agreed.", ""),
                    Example.flags("The talks ended.<marker>\u00a0 </marker>Nothing was agreed.", " "),
                    Example.flags("<marker>\u00a0\u00a0</marker>Indented by a web page.", ""),
                    Example.accepts("A column 10\u00a0km long reached \u20ac\u00a05 million in damage, Mr\u00a0Smith said."),
                    Example.accepts("World War\u00a0II, Plan\u00a0B, \u00ab\u00a0oui\u00a0\u00bb and J.\u00a0K. Rowling."),
                    Example.accepts("Mr.\u00a0Smith of the U.S.\u00a0Army, e.g.\u00a0here, on Sept.\u00a011 (No.\u00a05)."),
                    Example.accepts("Plain spaces only, at the end too. \nNo no-break space here.")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        // Every finding is about a no-break space in its line, so only the lines that have one are
        // read, found among the document's rare characters: most documents have none, and reading
        // every line of the others character by character was most of this rule's time.
        String text = document.text();
        RareCharacters rare = document.rareCharacters();
        TextIndex index = null;
        MojibakeCover mojibake = null;
        for (int i = rare.next(0); i < text.length(); i = rare.next(i + 1)) {
            if (!NoBreakSpaces.isNoBreakSpace(text.charAt(i))) {
                continue;
            }
            if (index == null) {
                index = document.index();
                mojibake = new MojibakeCover(document);
            }
            int line = index.lineOf(i);
            checkLine(text, index.line(line), mojibake, out);
            i = index.lineWithBreak(line).end() - 1;
        }
    }

    /** The findings of one line, in order; package-private for the test that reads every line. */
    static void checkLine(String text, Span line, MojibakeCover mojibake, MatchSink out) {
        int start = line.start();
        int end = line.end();
        int lead = start;
        while (lead < end && isSpace(text.charAt(lead))) {
            lead++;
        }
        if (hasNoBreakSpace(text, start, lead)) {
            out.add(edge(start, lead, "at the start of a line"));
        }
        if (lead == end) {
            return;
        }
        int trail = end;
        while (trail > lead && isSpace(text.charAt(trail - 1))) {
            trail--;
        }
        if (hasNoBreakSpace(text, trail, end) && !(text.charAt(trail - 1) >= 0xC0 && mojibake.covers(trail))) {
            out.add(edge(trail, end, "at the end of a line"));
        }
        int i = lead;
        while (i < trail) {
            if (!NoBreakSpaces.isNoBreakSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int a = i;
            while (a > lead && isSpace(text.charAt(a - 1))) {
                a--;
            }
            int b = i;
            while (b < trail && isSpace(text.charAt(b))) {
                b++;
            }
            i = b;
            if (a > 0 && text.charAt(a - 1) >= 0xC0 && mojibake.covers(a)) {
                continue;
            }
            boolean plainSpace = false;
            for (int k = a; k < b; k++) {
                plainSpace |= !NoBreakSpaces.isNoBreakSpace(text.charAt(k));
            }
            if (plainSpace) {
                out.add(Match.of(a, b, "A no-break space next to a plain space doubles the space; one plain space was meant.",
                        new Edit(a, b, " ", Edit.SAFE)).withSeverity(Severity.INFO));
            } else if (NoBreakSpaces.strayBetweenWords(text, a - 1, b)) {
                out.add(Match.of(a, b, "A no-break space in running text, in \u201c" + wordBefore(text, a)
                                + "\u00a0" + wordAfter(text, b) + "\u201d: a plain space was meant.",
                        new Edit(a, b, " ", Edit.SAFE)));
            }
        }
    }

    private static Match edge(int from, int to, String where) {
        return Match.of(from, to, "A no-break space " + where + ": invisible residue of &nbsp; that survives trimming.",
                new Edit(from, to, "", Edit.SAFE)).withSeverity(Severity.INFO);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || NoBreakSpaces.isNoBreakSpace(c) || Character.isSpaceChar(c) && c != '\u2028'
                && c != '\u2029';
    }

    private static boolean hasNoBreakSpace(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NoBreakSpaces.isNoBreakSpace(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The text from the last space before {@code end}: the word and its punctuation. */
    private static String wordBefore(String text, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && !isSpace(text.charAt(start - 1))
                && end - start < 30) {
            start--;
        }
        return text.substring(start, end);
    }

    private static String wordAfter(String text, int start) {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && !isSpace(text.charAt(end))
                && end - start < 30) {
            end++;
        }
        return text.substring(start, end);
    }
}
