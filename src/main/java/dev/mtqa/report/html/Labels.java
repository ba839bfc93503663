package dev.mtqa.report.html;

import dev.mtqa.finding.Category;

import java.text.NumberFormat;
import java.util.Locale;

/** How categories and numbers read in the report. */
final class Labels {
    private Labels() {
    }

    /** "Broken sentence" for BROKEN_SENTENCE. */
    static String of(Category category) {
        String words = category.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** 12,345: the same in every locale, so reports do not depend on the machine. */
    static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }

    /** One decimal: 3.5. */
    static String decimal(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** "1 finding", "2 findings". */
    static String count(long n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** Words of a text: runs of letters and digits, apostrophes and hyphens inside them included. */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char ch = text.charAt(i);
            int c = ch < 128 ? ch : text.codePointAt(i);
            i += ch < 128 ? 1 : Character.charCount(c);
            if (isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (!(inWord && (c == '\'' || c == '\u2019' || c == '-') && i < n
                    && isLetterOrDigit(text.codePointAt(i)))) {
                inWord = false;
            }
        }
        return words;
    }

    /** {@link Character#isLetterOrDigit(int)}, ASCII without Unicode's tables: every document's words are counted. */
    private static boolean isLetterOrDigit(int c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10 : Character.isLetterOrDigit(c);
    }
}
