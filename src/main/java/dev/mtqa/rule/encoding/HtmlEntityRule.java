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
import org.apache.commons.text.StringEscapeUtils;

import java.util.List;
import java.util.Set;

/**
 * HTML character references left in the text: {@code &amp;}, {@code &quot;}, {@code &#8217;},
 * {@code &#x2019;}, {@code &nbsp;}, also escaped twice ({@code &amp;quot;}). What counts:
 * <ul>
 *   <li>a named reference with its semicolon, if HTML 4 (or XML's {@code &apos;}) defines the name;</li>
 *   <li>{@code &amp}, {@code &nbsp}, {@code &quot}, {@code &lt}, {@code &gt} without the semicolon, as
 *       browsers read them, when no letter, digit or {@code =} follows;</li>
 *   <li>a numeric reference, decimal or hexadecimal, with its semicolon or (two digits or more) without,
 *       as browsers read "&amp;#39s".</li>
 * </ul>
 * So "AT&amp;T", "R&amp;D" and "Q&amp;A" are not references: a single letter is no entity name, and
 * no semicolon follows. The fix decodes the reference (numbers 128–159 as Windows-1252, as HTML5
 * does), which restores what the author wrote, so it is safe; {@code &nbsp;} becomes a plain space
 * or nothing where a no-break space would be stray ({@link NoBreakSpaces}), and {@code &shy;} goes.
 */
public final class HtmlEntityRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("ENCODING_HTML_ENTITY", Category.ENCODING,
            Severity.ERROR,
            "HTML entities left in the text: &amp; &quot; &#8217; &nbsp;",
            "The text was taken from HTML without decoding its character references, so readers see \"&amp;\" or "
                    + "\"&#8217;\" instead of \"&\" or \"’\" (sometimes escaped twice: \"&amp;quot;\"). The fix decodes "
                    + "the reference to the character it names. Ampersands in names such as AT&T, R&D or Q&A are not "
                    + "references and are not reported.",
            List.of(
                    Example.flags("Johnson <marker>&amp;</marker> Johnson settled.", "&"),
                    Example.flags("It<marker>&#8217;</marker>s over, he said.", "\u2019"),
                    Example.flags("He said <marker>&amp;quot;</marker>yes.", "\""),
                    Example.flags("Drones were<marker>&nbsp;</marker>attacking.", " "),
                    Example.flags("A dash<marker>&#150;</marker>in Windows-1252.", "\u2013"),
                    Example.flags("Rock <marker>&amp</marker> roll.", "&"),
                    Example.accepts("AT&T, R&D, Q&A, S&P 500, M&S; B&Q; P&O and H&M reported; rock&roll &c."),
                    Example.accepts("Tom & Jerry; a URL like example.com/?a=1&b=2&lt=3.")));

    /** References browsers accept without a semicolon, and which are common enough to trust so. */
    private static final Set<String> WITHOUT_SEMICOLON = Set.of("amp", "nbsp", "quot", "lt", "gt");
    private static final int MAX_NAME = 32;
    /** Escaped at most this many times: "&amp;amp;amp;" is three. */
    private static final int MAX_LEVELS = 4;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        int i = text.indexOf('&');
        while (i >= 0 && i < text.length()) {
            Reference ref = parse(text, i + 1);
            if (ref == null) {
                i = text.indexOf('&', i + 1);
                continue;
            }
            int end = ref.end;
            String decoded = ref.decoded;
            // "&amp;quot;": the "&" the first reference decodes to starts another.
            for (int level = 1; level < MAX_LEVELS && "&".equals(decoded); level++) {
                Reference inner = parse(text, end);
                if (inner == null) {
                    break;
                }
                end = inner.end;
                decoded = inner.decoded;
            }
            String found = text.substring(i, end);
            if (decoded == null) {
                out.add(Match.of(i, end, "The HTML reference \u201c" + found + "\u201d names no character; "
                        + "delete it or restore what was meant.", new Edit(i, end, "", Edit.REVIEW)));
            } else {
                String replacement = replacement(text, i, end, decoded);
                out.add(Match.of(i, end, "The HTML entity \u201c" + found + "\u201d was left undecoded; it should read "
                        + show(replacement, decoded) + ".", new Edit(i, end, replacement, Edit.SAFE)));
            }
            i = text.indexOf('&', end);
        }
    }

    /** What a decoded reference becomes here: a no-break space or soft hyphen only where one is wanted. */
    private static String replacement(String text, int start, int end, String decoded) {
        if (decoded.equals("\u00AD")) {
            return "";
        }
        if (!decoded.equals("\u00A0")) {
            return decoded;
        }
        boolean edgeOrSpace = start == 0 || end >= text.length() || isSpaceOrBreak(text.charAt(start - 1))
                || isSpaceOrBreak(text.charAt(end));
        if (edgeOrSpace) {
            return "";
        }
        return NoBreakSpaces.strayBetweenWords(text, start - 1, end) ? " " : "\u00A0";
    }

    private static boolean isSpaceOrBreak(char c) {
        return Character.isWhitespace(c) || NoBreakSpaces.isNoBreakSpace(c);
    }

    private static String show(String replacement, String decoded) {
        if (replacement.isEmpty()) {
            return decoded.equals("\u00AD") ? "nothing (a soft hyphen, invisible in plain text)"
                    : "nothing (a no-break space next to a space or a line's edge)";
        }
        if (replacement.equals("\u00A0")) {
            return "a no-break space";
        }
        if (replacement.equals(" ")) {
            return "a plain space";
        }
        return "\u201c" + replacement + "\u201d";
    }

    /** A reference's end (after its semicolon, if any) and the text it decodes to (null if none). */
    private record Reference(int end, String decoded) {
    }

    /** Parses a reference whose body starts at {@code p} (just after an ampersand), or returns null. */
    static Reference parse(String text, int p) {
        int n = text.length();
        if (p >= n) {
            return null;
        }
        if (text.charAt(p) == '#') {
            return parseNumber(text, p + 1);
        }
        int q = p;
        while (q < n && q - p < MAX_NAME && isAsciiLetterOrDigit(text.charAt(q))) {
            q++;
        }
        if (q - p < 2 || !isAsciiLetter(text.charAt(p))) {
            return null;
        }
        String name = text.substring(p, q);
        if (q < n && text.charAt(q) == ';') {
            String decoded = name.equals("apos") ? "'" : StringEscapeUtils.unescapeHtml4("&" + name + ";");
            return decoded.startsWith("&") && decoded.length() > 1 ? null : new Reference(q + 1, decoded);
        }
        if (WITHOUT_SEMICOLON.contains(name) && (q >= n || text.charAt(q) != '=')) {
            return new Reference(q, StringEscapeUtils.unescapeHtml4("&" + name + ";"));
        }
        return null;
    }

    private static Reference parseNumber(String text, int p) {
        int n = text.length();
        boolean hex = p < n && (text.charAt(p) == 'x' || text.charAt(p) == 'X');
        int digitsStart = hex ? p + 1 : p;
        int q = digitsStart;
        int max = hex ? 6 : 7;
        while (q < n && q - digitsStart < max && Character.digit(text.charAt(q), hex ? 16 : 10) >= 0
                && text.charAt(q) < 0x80) {
            q++;
        }
        int digits = q - digitsStart;
        if (digits == 0) {
            return null;
        }
        boolean semicolon = q < n && text.charAt(q) == ';';
        if (!semicolon && digits < 2) {
            return null;
        }
        int value = Integer.parseInt(text.substring(digitsStart, q), hex ? 16 : 10);
        return new Reference(semicolon ? q + 1 : q, decode(value));
    }

    /** A numeric reference's character as HTML5 reads it; null for none (NUL, surrogates, beyond Unicode). */
    private static String decode(int value) {
        if (value == 0 || value > 0x10FFFF || value >= 0xD800 && value <= 0xDFFF) {
            return null;
        }
        if (value >= 0x80 && value <= 0x9F) {
            String s = new String(new byte[] {(byte) value}, java.nio.charset.Charset.forName("windows-1252"));
            return s.equals("\uFFFD") ? String.valueOf((char) value) : s;
        }
        return new String(Character.toChars(value));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }
}
