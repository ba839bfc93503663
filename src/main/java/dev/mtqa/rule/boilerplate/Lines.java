package dev.mtqa.rule.boilerplate;

import dev.mtqa.text.Span;


/** Small helpers about lines and whitespace shared by the boilerplate rules. */
final class Lines {
    /** Quotation marks that open or close quoted speech (the apostrophe is left out: it is mostly one). */
    private static final String QUOTES = "\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a";

    private Lines() {
    }

    /** Whitespace, including no-break and other Unicode spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isBlank(String text, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code span} without leading and trailing whitespace (an empty span at its start if all blank). */
    static Span trim(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    /** True if {@code text[span]} contains a quotation mark: quoted speech is never boilerplate. */
    static boolean hasQuote(String text, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            // Of ASCII only the straight double quote is one: no search of QUOTES for the rest.
            if (c == '"' || c >= 0x80 && QUOTES.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Number of words: runs of letters or digits. */
    static int words(CharSequence s) {
        return words(s, Integer.MAX_VALUE - 1);
    }

    /** Number of words, counted up to {@code limit + 1} only: cheap on a 5 MB line. */
    static int words(CharSequence s, int limit) {
        return words(s, 0, s.length(), limit);
    }

    /** Number of words of {@code text[span]}, counted up to {@code limit + 1} only, without copying it. */
    static int words(String text, Span span, int limit) {
        return words(text, span.start(), span.end(), limit);
    }

    private static int words(CharSequence s, int from, int to, int limit) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to && n <= limit; i++) {
            char c = s.charAt(i);
            boolean w = c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c);
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** {@code text[span]} as a view, without copying: lines can be megabytes long. */
    static CharSequence view(String text, Span span) {
        // A String, not a CharBuffer view: String.charAt is what the JIT inlines best.
        return text.substring(span.start(), span.end());
    }

    /** True if {@code s} contains a decimal digit. */
    static boolean hasDigit(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
