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

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * Control characters in text: C0 controls other than tab, line feed and carriage return (NUL,
 * BEL, ESC…), DEL, the C1 controls U+0080–U+009F, and the Unicode line and paragraph separators.
 * None belongs in a news article; they break JSON, terminals, XML and search.
 *
 * <p>Fixes, all safe because each restores what was meant or removes something with no meaning:
 * <ul>
 *   <li>a C1 control is almost always a Windows-1252 byte read as Latin-1 ("parlé\u0085" for
 *       "parlé…"): it becomes the Windows-1252 character. The five bytes Windows-1252 leaves
 *       undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) have no such reading: deletion is offered for review;</li>
 *   <li>vertical tab, form feed and the line and paragraph separators are line breaks that tools do
 *       not see as such: they become a line feed (or go, next to one);</li>
 *   <li>an ANSI escape sequence ({@code ESC [ 31 m}) goes whole; any other control is deleted.</li>
 * </ul>
 * U+001A (SUBSTITUTE) marks a character lost in conversion, like U+FFFD, and is left to
 * {@link ReplacementCharacterRule}. Controls that are bytes of a mojibake repair are left to
 * {@link MojibakeRule}.
 */
public final class ControlCharacterRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("ENCODING_CONTROL_CHARACTER", Category.ENCODING,
            Severity.ERROR,
            "Control characters (NUL, ESC, C1 controls, separators) in the text",
            "Control characters have no place in article text: they are invisible or shown as boxes, and they "
                    + "break JSON, XML, terminals and search. C1 controls (U+0080–U+009F) almost always stand for "
                    + "Windows-1252 punctuation read as Latin-1, such as U+0085 for \"…\" and U+0092 for \"’\"; the fix "
                    + "restores that character. Vertical tabs, form feeds and Unicode line separators become line "
                    + "breaks; other controls are deleted.",
            List.of(
                    Example.flags("We have not talked about it much<marker>\u0085</marker> You know.", "\u2026"),
                    Example.flags("Kyiv<marker>\u0000</marker> said on Monday.", ""),
                    Example.flags("First line<marker>\u000b</marker>second line", "\n"),
                    Example.flags("Alert: <marker>\u001b[31m</marker>red text", ""),
                    Example.accepts("Tabs\tand line breaks\r\nare fine, and so is \u201cquoted\u201d text."),
                    Example.accepts("Mojibake bytes belong to another rule: \u00e2\u0080\u009cquoted\u00e2\u0080\u009d."),
                    Example.accepts("A lost character\u001a is reported as lost, not as a control.")));

    /** The Windows-1252 reading of each C1 control, or 0 where Windows-1252 leaves the byte undefined. */
    private static final char[] WINDOWS_1252 = windows1252C1();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        // Every flagged character is a rare one: jump from rare character to rare character.
        RareCharacters rare = document.rareCharacters();
        MojibakeCover mojibake = null;
        int n = text.length();
        int i = rare.next(0);
        while (i < n) {
            char c = text.charAt(i);
            if (!isFlagged(c)) {
                i = rare.next(i + 1);
                continue;
            }
            if (isC1(c)) {
                if (mojibake == null) {
                    mojibake = new MojibakeCover(document);
                }
                if (mojibake.covers(i)) {
                    i = rare.next(i + 1);
                    continue;
                }
            }
            int end = c == '\u001B' ? escapeSequenceEnd(text, i) : i + 1;
            if (isDeleted(c) && end == i + 1) {
                while (end < n && isDeleted(text.charAt(end)) && text.charAt(end) != '\u001B') {
                    end++; // a run of controls that are all deleted is one finding: binary junk, NUL padding
                }
            }
            out.add(match(text, i, end));
            i = rare.next(end);
        }
    }

    private static Match match(String text, int start, int end) {
        char c = text.charAt(start);
        String name = name(c);
        if (c == '\u001B' && end > start + 1) {
            return Match.of(start, end, "A terminal escape sequence (colour or cursor code) in the text; delete it.",
                    new Edit(start, end, "", Edit.SAFE));
        }
        if (isC1(c)) {
            char meant = WINDOWS_1252[c - 0x80];
            if (meant == 0) {
                return Match.of(start, end, "The control character " + name + " in the text: a byte that Windows-1252 "
                                + "leaves undefined, so what it stood for is unknown; delete it or restore the character.",
                        new Edit(start, end, "", Edit.REVIEW));
            }
            return Match.of(start, end, "The control character " + name + " is the Windows-1252 byte for \u201c" + meant
                            + "\u201d read as Latin-1; it should read \u201c" + meant + "\u201d.",
                    new Edit(start, end, String.valueOf(meant), Edit.SAFE));
        }
        if (c == '\u000B' || c == '\u000C' || c == '\u2028' || c == '\u2029') {
            boolean nextToBreak = start > 0 && isLineBreak(text.charAt(start - 1))
                    || end < text.length() && isLineBreak(text.charAt(end));
            return Match.of(start, end, "The " + name + " is a line break most tools do not see as one; "
                            + (nextToBreak ? "delete it." : "use a line feed."),
                    new Edit(start, end, nextToBreak ? "" : "\n", Edit.SAFE));
        }
        String what = end - start == 1 ? "The control character " + name
                : (end - start) + " control characters, starting with " + name + ",";
        return Match.of(start, end, what + " in the text; delete " + (end - start == 1 ? "it." : "them."),
                new Edit(start, end, "", Edit.SAFE));
    }

    /** Controls whose fix is plain deletion: C0 controls other than the line-break-like ones, and DEL. */
    private static boolean isDeleted(char c) {
        return (c < 0x20 || c == 0x7F) && isFlagged(c) && c != '\u000B' && c != '\u000C';
    }

    /** C0 controls but tab, LF, CR and SUB; DEL; C1 controls; line and paragraph separators. */
    static boolean isFlagged(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r' && c != '\u001A';
        }
        return c == 0x7F || isC1(c) || c == '\u2028' || c == '\u2029';
    }

    private static boolean isC1(char c) {
        return c >= 0x80 && c <= 0x9F;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** End of an ANSI CSI sequence ({@code ESC [ parameters final-byte}) starting at {@code start}, or start + 1. */
    private static int escapeSequenceEnd(String text, int start) {
        int i = start + 1;
        if (i >= text.length() || text.charAt(i) != '[') {
            return start + 1;
        }
        i++;
        int limit = Math.min(text.length(), start + 32);
        while (i < limit) {
            char c = text.charAt(i);
            if (c >= 0x40 && c <= 0x7E) {
                return i + 1;
            }
            if (c < 0x20 || c > 0x3F) {
                break;
            }
            i++;
        }
        return start + 1;
    }

    private static String name(char c) {
        String abbreviation = switch (c) {
            case 0x00 -> "NUL";
            case 0x07 -> "BEL (bell)";
            case 0x08 -> "BS (backspace)";
            case 0x0B -> "VT (vertical tab)";
            case 0x0C -> "FF (form feed)";
            case 0x1B -> "ESC (escape)";
            case 0x7F -> "DEL";
            case 0x85 -> "NEL (next line)";
            case 0x2028 -> "line separator";
            case 0x2029 -> "paragraph separator";
            default -> null;
        };
        String code = String.format("U+%04X", (int) c);
        return abbreviation == null ? code : abbreviation + " " + code;
    }

    private static char[] windows1252C1() {
        char[] table = new char[0x20];
        CharsetDecoder decoder = Charset.forName("windows-1252").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int b = 0x80; b <= 0x9F; b++) {
            try {
                CharBuffer chars = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                char c = chars.charAt(0);
                table[b - 0x80] = c == '\uFFFD' || c == b ? 0 : c;
            } catch (CharacterCodingException e) {
                table[b - 0x80] = 0;
            }
        }
        return table;
    }
}
