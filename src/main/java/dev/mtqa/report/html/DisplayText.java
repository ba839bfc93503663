package dev.mtqa.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How untrusted text is shown: the characters a browser would drop, hide or act on are replaced
 * by visible stand-ins, one code point for one, so what an editor sees lines up with the text.
 * Control characters become their Unicode control pictures (NUL as ␀); C1 controls and the
 * bidirectional embedding, override and isolate controls, which can reorder what is displayed
 * ("Trojan source"), become ▯. Tabs and line breaks stay as they are.
 *
 * <p>For the before → after of a fix, where every character counts, {@link #marked} goes further:
 * spaces, no-break spaces, line breaks and invisible characters get a visible sign too.
 */
final class DisplayText {
    static final char HIDDEN = '\u25AF';

    private DisplayText() {
    }

    /** {@code text} with controls and bidi overrides made visible; same number of code points. */
    static String visible(CharSequence text) {
        int n = text.length();
        int i = 0;
        while (i < n && !replaced(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            sb.append(replaced(c) ? standIn(c) : c);
        }
        return sb.toString();
    }

    private static boolean replaced(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || bidiControl(c);
    }

    private static char standIn(char c) {
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7F) {
            return '\u2421';
        }
        return HIDDEN;
    }

    private static boolean bidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** For a fix's before and after: every character that is hard to see gets a sign (␣ for a space). */
    static String marked(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String sign = sign(c);
            if (sign != null) {
                sb.append(sign);
            } else if (c <= 0xFFFF && replaced((char) c)) {
                sb.append(standIn((char) c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private static String sign(int c) {
        return switch (c) {
            case ' ' -> "\u2423";
            case '\u00A0', '\u202F', '\u2007' -> "\u237D";
            case '\n' -> "\u21B5";
            case '\r' -> "\u240D";
            case '\t' -> "\u21E5";
            default -> invisible(c) ? "[" + label(c) + "]" : null;
        };
    }

    /** True for a character with no visible mark of its own (format characters, odd spaces). */
    static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL
                || (type == Character.SPACE_SEPARATOR && c != ' ')
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
    }

    /** A short name for a hard-to-see character: NBSP, ZWSP, TAB, or U+XXXX. */
    static String label(int c) {
        return switch (c) {
            case '\u00A0' -> "NBSP";
            case '\u202F' -> "NNBSP";
            case '\u200B' -> "ZWSP";
            case '\u200C' -> "ZWNJ";
            case '\u200D' -> "ZWJ";
            case '\u2060' -> "WJ";
            case '\uFEFF' -> "BOM";
            case '\u00AD' -> "SHY";
            case '\t' -> "TAB";
            case '\n' -> "LF";
            case '\r' -> "CR";
            case 0 -> "NUL";
            default -> String.format(Locale.ROOT, "U+%04X", c);
        };
    }

    /**
     * What to print next to a highlight whose text cannot be seen: the names of its hard-to-see
     * characters ("NBSP"), "‸" for an empty span, or null when the text shows for itself.
     */
    static String shows(String flagged) {
        if (flagged.isEmpty()) {
            return "\u2038";
        }
        List<String> labels = new ArrayList<>();
        boolean[] visibleSeen = {false};
        flagged.codePoints().forEach(c -> {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                return;
            }
            if (invisible(c)) {
                if (labels.size() < 3) {
                    labels.add(label(c));
                } else if (labels.size() == 3) {
                    labels.add("\u2026");
                }
            } else {
                visibleSeen[0] = true;
            }
        });
        return visibleSeen[0] || labels.isEmpty() ? null : String.join(" ", labels);
    }
}
