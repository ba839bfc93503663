package dev.mtqa.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text into sentences by the rules of Unicode UAX #29 and ICU's English abbreviation list
 * ({@code ss=standard}), then rejoins breaks made after titles and initials the list does not know
 * ("Dr. Smith", "J. K. Rowling"). A line break always ends a sentence, as it does in scraped text,
 * where lines are paragraphs or headlines. Spans exclude surrounding whitespace.
 *
 * <p>The boundaries are ICU's: {@link DirectSentenceBreaks} finds them for nearly every text (a
 * tenth of a {@code --no-grammar} run was ICU's iterator reading each character), ICU's iterator
 * for texts with characters the direct one does not read; the abbreviation filter is ICU's own
 * around either.
 */
public final class Sentences {
    /** Break iterators keep state, so each thread has its own. */
    private static final ThreadLocal<Breakers> BREAKERS = ThreadLocal.withInitial(Breakers::new);

    /**
     * ICU's English sentence iterator with its abbreviation filter, and the same filter around
     * {@link DirectSentenceBreaks}, which finds the same boundaries several times faster for the
     * texts it can read.
     */
    private static final class Breakers {
        private final BreakIterator icu = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
        private final DirectSentenceBreaks direct = new DirectSentenceBreaks();
        private final BreakIterator filteredDirect =
                FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH).wrapIteratorWithFilter(direct);

        /** An iterator set to {@code text} (whose characters are {@code chars}), at its start. */
        BreakIterator over(String text, char[] chars) {
            if (direct.reset(text, chars)) {
                // The filter keeps no text of its own: it reads the direct iterator's.
                return filteredDirect;
            }
            icu.setText(text);
            return icu;
        }
    }

    /** Abbreviations that precede a name or number and so never end a sentence. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "gov", "sen",
            "rep", "rev", "fr", "st", "pres", "hon", "amb", "supt", "insp", "no", "nos", "vol", "art", "fig", "p", "pp",
            "vs", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** A longer word before a full stop is neither a title nor an initial, and is not copied to be looked up. */
    private static final int LONGEST_TITLE = TITLES.stream().mapToInt(String::length).max().orElse(0);

    private Sentences() {
    }

    public static List<Span> of(String text) {
        return of(text, text.toCharArray());
    }

    /** {@link #of(String)}, reading {@code chars}, the text's characters, where it scans them all. */
    public static List<Span> of(String text, char[] chars) {
        BreakIterator breaker = BREAKERS.get().over(text, chars);
        List<Span> sentences = new ArrayList<>();
        int start = breaker.first();
        for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
            Span span = trim(text, start, end);
            if (span == null) {
                continue;
            }
            Span previous = sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
            if (previous != null && continues(text, previous, span)) {
                sentences.set(sentences.size() - 1, new Span(previous.start(), span.end()));
            } else {
                sentences.add(span);
            }
        }
        return sentences;
    }

    /** True when {@code previous} ends in a title or an initial and {@code next} follows on the same line. */
    private static boolean continues(String text, Span previous, Span next) {
        for (int i = previous.end(); i < next.start(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return false;
            }
        }
        int dot = previous.end() - 1;
        if (text.charAt(dot) != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > previous.start() && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart > previous.start() && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(') {
            return false;
        }
        if (dot - wordStart > LONGEST_TITLE) {
            return false;
        }
        String word = text.substring(wordStart, dot);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return initial || TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Span trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return e > s ? new Span(s, e) : null;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
