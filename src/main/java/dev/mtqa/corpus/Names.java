package dev.mtqa.corpus;

import dev.mtqa.text.Words;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The capitalised words of a text. Those that are capitalised where a common word would not be
 * (not at the start of a line or after sentence-ending punctuation) are names ("Peskov",
 * "Zaporizhzhia"): the evidence for not calling them misspellings. Cheap by design: one pass, no
 * sentence breaker.
 */
final class Names {
    /** Every capitalised word, and how often each occurs where only a name would be capitalised. */
    record Found(Set<String> capitalised, Map<String, Integer> nonInitial) {
    }

    private Names() {
    }

    static Found in(String text, Words words) {
        Set<String> capitalised = new HashSet<>();
        Map<String, Integer> nonInitial = new HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            if (words.capitalised(w) && words.end(w) - words.start(w) > 1) {
                String word = words.word(w);
                capitalised.add(word);
                if (!sentenceInitial(text, words.start(w))) {
                    nonInitial.merge(word, 1, Integer::sum);
                }
            }
        }
        return new Found(capitalised, nonInitial);
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
