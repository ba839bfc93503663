package dev.mtqa.corpus;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds words that are capitalised where a common word would not be: not at the start of a line
 * or after sentence-ending punctuation. Such words are names ("Peskov", "Zaporizhzhia"), the
 * evidence for not calling them misspellings. Cheap by design: one pass, no sentence breaker.
 */
final class Names {
    private Names() {
    }

    /** Each capitalised, non-sentence-initial word of {@code text} with its number of occurrences. */
    static Map<String, Integer> capitalisedNonInitialWords(String text) {
        Map<String, Integer> words = new HashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && isWordPart(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int end = i;
            while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            if (Character.isUpperCase(c) && end - start > 1 && !sentenceInitial(text, start)) {
                words.merge(text.substring(start, end), 1, Integer::sum);
            }
        }
        return words;
    }

    private static boolean isWordPart(int c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
    }

    /** True when only spaces, quotes and brackets stand between {@code at} and a line start or a sentence end. */
    private static boolean sentenceInitial(String text, int at) {
        int i = at - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2022') {
                return true;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb([-\u2013\u2014".indexOf(c) >= 0) {
                i--;
                continue;
            }
            return false;
        }
        return true;
    }
}
