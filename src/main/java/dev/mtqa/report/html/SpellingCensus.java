package dev.mtqa.report.html;

import dev.mtqa.config.HouseStyle;
import dev.mtqa.config.Term;
import dev.mtqa.text.AsciiWordMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which spellings of the house-style names a text uses, the preferred one included: the corpus
 * section of the report says "Kyiv: 12 documents, Kiev: 3" from it. A spelling counts as a whole
 * word, as written or in capitals, and not inside one of its term's exception phrases
 * ("Chicken Kiev"); a longer spelling wins over a shorter one ("Vladimir Zelensky" over
 * "Zelensky"), as in the house-style rule.
 *
 * <p>One pass over the text: each capitalised word is looked up among the spellings that start
 * with it, so the cost does not grow with the size of the house style, and the rest of the text is
 * only passed over.
 */
final class SpellingCensus {

    /** One spelling of one term. */
    record Spelling(Term term, String spelling, boolean preferred) {
    }

    /**
     * A form to look for (a spelling as written, or in capitals), what it counts as, and where it
     * sits in its term's exception phrases ("Kiev" 8 characters into "Chicken Kiev"): worked out
     * once, as a house-style name can occur in every document of a run.
     */
    private record Form(String text, Spelling spelling, List<InPhrase> inExceptions) {
        Form(String text, Spelling spelling) {
            this(text, spelling, inExceptions(text, spelling.term().exceptions()));
        }

        private static List<InPhrase> inExceptions(String text, List<String> phrases) {
            List<InPhrase> places = new ArrayList<>();
            String lower = text.toLowerCase(Locale.ROOT);
            for (String phrase : phrases) {
                String lowerPhrase = phrase.toLowerCase(Locale.ROOT);
                for (int at = lowerPhrase.indexOf(lower); at >= 0; at = lowerPhrase.indexOf(lower, at + 1)) {
                    places.add(new InPhrase(phrase, at));
                }
            }
            return List.copyOf(places);
        }
    }

    /** An exception phrase, and how far into it a form begins. */
    private record InPhrase(String phrase, int at) {
    }

    /** Forms by their first word, longest first. */
    private final AsciiWordMap<List<Form>> byFirstWord;

    SpellingCensus(HouseStyle houseStyle) {
        Map<String, Spelling> forms = new LinkedHashMap<>();
        for (Term term : houseStyle.terms()) {
            List<Spelling> spellings = new ArrayList<>();
            spellings.add(new Spelling(term, term.preferred(), true));
            term.variants().forEach(v -> spellings.add(new Spelling(term, v, false)));
            for (Spelling s : spellings) {
                forms.putIfAbsent(s.spelling(), s);
                forms.putIfAbsent(s.spelling().toUpperCase(Locale.ROOT), s);
            }
        }
        Map<String, List<Form>> byFirst = new HashMap<>();
        forms.forEach((form, spelling) -> {
            int end = wordEnd(form, 0);
            if (end > 0) {
                byFirst.computeIfAbsent(form.substring(0, end), w -> new ArrayList<>()).add(new Form(form, spelling));
            }
        });
        byFirst.values().forEach(list -> list.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed()));
        this.byFirstWord = new AsciiWordMap<>(byFirst);
    }

    /** How often each spelling occurs in {@code text}, in order of first occurrence. */
    Map<Spelling, Integer> count(String text) {
        Map<Spelling, Integer> counts = new LinkedHashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            // A spelling starts where a word starts with a capital. Every document of a run passes
            // through here, so the rest of ASCII is passed over at once, without Unicode's tables.
            if (ch < 128 && (char) (ch - 'A') >= 26) {
                i++;
                continue;
            }
            int c = ch < 128 ? ch : text.codePointAt(i);
            i = startsCapitalisedWord(text, i, c) ? countAt(text, i, wordEnd(text, i), counts)
                    : i + Character.charCount(c);
        }
        return counts;
    }

    /**
     * Whether a word that starts with a capital starts at {@code text[i]}, whose code point is
     * {@code c}: an ASCII capital (all the caller passes of ASCII), or any other upper-case word
     * character, with no word character before it.
     */
    private static boolean startsCapitalisedWord(String text, int i, int c) {
        boolean capital = c < 128 || Character.isUpperCase(c) && isWordChar(c);
        return capital && (i == 0 || !isWordCharBefore(text, i));
    }

    /**
     * Counts the spelling, if any, that starts with the capitalised word {@code text[start, end)}
     * (the longest that fits); returns where the scan goes on: after that spelling, else after the word.
     */
    private int countAt(String text, int start, int end, Map<Spelling, Integer> counts) {
        List<Form> forms = byFirstWord.get(text, start, end, false);
        if (forms != null) {
            for (Form form : forms) {
                int formEnd = start + form.text().length();
                if (text.startsWith(form.text(), start)
                        && (formEnd == text.length() || !isWordChar(text.codePointAt(formEnd)))
                        && !insideException(text, start, form)) {
                    counts.merge(form.spelling(), 1, Integer::sum);
                    return formEnd;
                }
            }
        }
        return end;
    }

    /** Whether the code point before {@code text[i]} is a word character. */
    private static boolean isWordCharBefore(String text, int i) {
        char before = text.charAt(i - 1);
        return before < 128 ? isAsciiWordChar(before) : isWordChar(text.codePointBefore(i));
    }

    /** Whether {@code form}, found at {@code start}, is inside one of its term's exception phrases ("Chicken Kiev"). */
    private static boolean insideException(String text, int start, Form form) {
        for (InPhrase place : form.inExceptions()) {
            int phraseStart = start - place.at();
            if (phraseStart >= 0 && text.regionMatches(true, phraseStart, place.phrase(), 0, place.phrase().length())) {
                return true;
            }
        }
        return false;
    }

    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch < 128) {
                if (!isAsciiWordChar(ch)) {
                    break;
                }
                i++;
                continue;
            }
            int c = s.codePointAt(i);
            if (!isWordChar(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** {@link #isWordChar} of an ASCII character: a letter or a digit. */
    private static boolean isAsciiWordChar(char c) {
        return (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10;
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }
}
