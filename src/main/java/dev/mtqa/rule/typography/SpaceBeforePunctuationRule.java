package dev.mtqa.rule.typography;

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
import dev.mtqa.text.TextIndex;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A space before a mark that English sets directly after the word: "the city , the talks" and
 * "ended ." (also ; : ! ? ) ]), and the tokeniser's split clitics "Russia 's", "do n't". That is
 * the trace of tokenised or machine-translated text being joined back with spaces.
 *
 * <p>Only a space after a letter, a digit, a closing quote or % counts, so a mark at the start of a
 * line or after other punctuation (". . .") is left alone. The mark must end there: followed by a
 * space, a closing quote or bracket, or the end of the line; so ".com", ".5", ":30" and "a ,b" are
 * not flagged; a colon or semicolon must be followed by a space, so the emoticon in "fine :)" is
 * not flagged either. An ellipsis ("he said ... and") is not a full stop. A full stop between
 * two numbers ("1 . 5") is left alone: it is more likely a decimal broken by a tokeniser, and
 * deleting one space would not repair it. Opening brackets and quotes are never flagged. Deleting
 * the space cannot change meaning: the fix is safe.
 */
public final class SpaceBeforePunctuationRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("TYPOGRAPHY_SPACE_BEFORE_PUNCTUATION",
            Category.TYPOGRAPHY, Severity.WARNING,
            "A space before a comma, full stop or other closing punctuation",
            "English sets , . ; : ! ? ) ] and the apostrophe of 's and n't directly after the word; a space before "
                    + "them is left by tokenised or machine-translated text joined back together. The fix deletes the space.",
            List.of(
                    Example.flags("The talks, held in Minsk<marker> ,</marker> ended without a deal.", ","),
                    Example.flags("Nobody was surprised<marker> .</marker>", "."),
                    Example.flags("Is this the end<marker> ?</marker> Nobody knows.", "?"),
                    Example.flags("It was <marker>Russia 's</marker> offer.", "Russia's"),
                    Example.accepts("Growth was 3.5 percent, or .5 points above forecast, at 10:30 a.m. on example.com."),
                    Example.accepts("He paused ... and then went on. He said (quietly) \"no\"."),
                    Example.accepts("Version 1 . 5 of the file."),
                    Example.accepts(". . . and so it went on."),
                    Example.accepts("The so-called 'special operation' began on a Thursday.")));

    private static final Set<String> CLITICS = Set.of("s", "re", "ve", "ll", "d", "m", "t");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        TextIndex index = document.index();
        // Jumps from space to space with String.indexOf (much faster than a character loop); the
        // next space found beyond a line's end serves the lines after it, so the text is scanned once.
        int space = text.indexOf(' ');
        for (int line = 0; line < index.lineCount() && space >= 0; line++) {
            Span span = index.line(line);
            if (space <= span.start()) {
                space = text.indexOf(' ', span.start() + 1);
            }
            while (space >= 0 && space < span.end()) {
                int i = space;
                if (text.charAt(i - 1) == ' ') {
                    space = text.indexOf(' ', i + 1);
                    continue;
                }
                int end = i;
                while (end < span.end() && text.charAt(end) == ' ') {
                    end++;
                }
                // Most spaces are followed by a letter no check below is about: asked first, cheaply.
                if (end < span.end() && mayBeMisplaced(text.charAt(end)) && allowedBefore(text.charAt(i - 1))) {
                    check(text, span, i, end, out);
                }
                space = text.indexOf(' ', end);
            }
        }
    }

    /** The space run {@code [start, end)} follows a word; is the mark after it misplaced? */
    private static void check(String text, Span line, int start, int end, MatchSink out) {
        char mark = text.charAt(end);
        char after = end + 1 < line.end() ? text.charAt(end + 1) : '\n';
        // ":)" and ";)" after a space are emoticons: a colon or semicolon must be followed by a space.
        boolean ends = mark == ':' || mark == ';' ? isSpace(after) : endsHere(after);
        if (",;:!?.".indexOf(mark) >= 0 && ends) {
            if (mark == '.' && (after == '.' || Character.isDigit(text.charAt(start - 1)) && nextIsDigit(text, line, end + 1))) {
                return;
            }
            if (mark == '.' && end > line.start() && text.charAt(end - 1) == '.') {
                return;
            }
            report(start, end + 1, String.valueOf(mark), "A space before '" + mark + "'.", out);
        } else if (mark == ')' || mark == ']') {
            report(start, end + 1, String.valueOf(mark), "A space before '" + mark + "'.", out);
        } else if ((mark == '\'' || mark == '\u2019') && Character.isLetter(text.charAt(start - 1))) {
            int wordEnd = end + 1;
            while (wordEnd < line.end() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            String clitic = text.substring(end + 1, wordEnd).toLowerCase(Locale.ROOT);
            boolean follows = wordEnd == line.end() || !isQuoteMark(text.charAt(wordEnd));
            if (CLITICS.contains(clitic) && follows) {
                int wordStart = start;
                while (wordStart > line.start() && Character.isLetter(text.charAt(wordStart - 1))) {
                    wordStart--;
                }
                report(wordStart, wordEnd, text.substring(wordStart, start) + text.substring(end, wordEnd),
                        "A space inside '" + text.substring(wordStart, wordEnd) + "'.", out);
            }
        } else if (mark == 'n' && text.startsWith("n't", end) && Character.isLetter(text.charAt(start - 1))) {
            int wordStart = start;
            while (wordStart > line.start() && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            int wordEnd = end + 3;
            if (wordEnd == line.end() || !Character.isLetter(text.charAt(wordEnd))) {
                report(wordStart, wordEnd, text.substring(wordStart, start) + "n't",
                        "A space inside '" + text.substring(wordStart, wordEnd) + "'.", out);
            }
        }
    }

    private static void report(int start, int end, String replacement, String message, MatchSink out) {
        out.add(Match.of(start, end, message, new Edit(start, end, replacement, Edit.SAFE)));
    }

    /** The marks {@link #check} looks at after a space: punctuation, closing brackets, clitics. */
    private static boolean mayBeMisplaced(char mark) {
        return mark == ',' || mark == '.' || mark == ';' || mark == ':' || mark == '!' || mark == '?' || mark == ')'
                || mark == ']' || mark == '\'' || mark == '\u2019' || mark == 'n';
    }

    /** Letters, digits, closing quotes and % may be followed by a misplaced space. */
    private static boolean allowedBefore(char c) {
        return Character.isLetterOrDigit(c) || c == '%' || c == '\u201D' || c == '\u2019' || c == '"' || c == '\'';
    }

    /** The mark ends its word: a space, a closing quote or bracket, or the end of the line follows. */
    private static boolean endsHere(char c) {
        return isSpace(c) || ")]\"'\u201D\u2019".indexOf(c) >= 0;
    }

    private static boolean isSpace(char c) {
        return c == '\n' || Character.isWhitespace(c) || c == '\u00A0';
    }

    private static boolean nextIsDigit(String text, Span line, int from) {
        int i = from;
        while (i < line.end() && text.charAt(i) == ' ') {
            i++;
        }
        return i < line.end() && Character.isDigit(text.charAt(i));
    }

    private static boolean isQuoteMark(char c) {
        return QuoteAnalysis.isQuoteChar(c);
    }
}
