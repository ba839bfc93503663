package dev.mtqa.corpus;

/**
 * Where a capitalised word is evidence of a name: capitalised where a common word would not be,
 * that is not at the start of a line or after sentence-ending punctuation ("Peskov",
 * "Zaporizhzhia"). Cheap by design: a look back over a few characters, no sentence breaker.
 */
final class Names {
    private Names() {
    }

    /** True when only spaces, quotes and brackets stand between {@code at} and a line start or a sentence end. */
    static boolean sentenceInitial(String text, int at) {
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
