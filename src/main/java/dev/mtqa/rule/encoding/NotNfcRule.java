package dev.mtqa.rule.encoding;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
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

import java.nio.CharBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text not in Unicode Normalization Form C: a letter written as base letter plus combining accent
 * ("e" + U+0301) where a composed letter ("é") exists, or a canonical singleton such as U+212B
 * ANGSTROM SIGN for "Å". Both forms look the same, but they do not match in search, spell checking
 * or deduplication, and most of the web and the W3C expect NFC. Each normalisation segment that
 * ICU's {@link Normalizer2} would change is one finding; the NFC form is canonically equivalent,
 * so the fix is safe.
 */
public final class NotNfcRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("ENCODING_NOT_NFC", Category.ENCODING,
            Severity.WARNING,
            "Text not in Unicode normal form C (decomposed accents, canonical look-alikes)",
            "Unicode can write \"é\" as one character or as \"e\" plus a combining accent. Both look the same, but "
                    + "they do not match each other in search, spell checking or deduplication, and some fonts draw "
                    + "the combined form badly. Text on the web is expected in Normalization Form C (composed); "
                    + "decomposed text usually comes from macOS file names or PDF extraction. The fix composes the "
                    + "characters, which changes nothing a reader sees.",
            List.of(
                    Example.flags("Caf<marker>e\u0301</marker> owners in Kyiv reopened.", "\u00e9"),
                    Example.flags("Nguy<marker>e\u0302\u0303</marker>n spoke.", "\u1ec5"),
                    Example.flags("A radius of 10 <marker>\u212b</marker>.", "\u00c5"),
                    Example.accepts("Caf\u00e9, Nguy\u1ec5n, M\u00fcller and \ud55c\uad6d\uc5b4 are composed."),
                    Example.accepts("A combining mark with no composed form stays: q\u0307 and \u0915\u093f.")));

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    /**
     * Below this code point every character is its own normal form and combines with nothing
     * before it (NFC quick check Yes, combining class 0; a test holds ICU's data to it): the
     * first combining mark is U+0300.
     */
    static final int FIRST_INTERACTING = 0x300;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        if (inertOnly(text, document.rareCharacters())) {
            return;
        }
        int n = text.length();
        int i = NFC.spanQuickCheckYes(text);
        int floor = 0;
        // A decomposed document repeats the same few segments: describe each once.
        Map<String, String> messages = new HashMap<>();
        while (i < n) {
            // The segment around i: from the last boundary at or before it to the next boundary after it.
            int start = i;
            while (start > floor && !NFC.hasBoundaryBefore(text.codePointAt(start))) {
                start -= Character.charCount(text.codePointBefore(start));
            }
            int end = i + Character.charCount(text.codePointAt(i));
            while (end < n && !NFC.hasBoundaryBefore(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String segment = text.substring(start, end);
            String normal = NFC.normalize(segment);
            if (!normal.equals(segment)) {
                String message = messages.get(segment);
                if (message == null) {
                    message = "Not in Unicode normal form C: \u201c" + segment + "\u201d (" + codePoints(segment)
                            + ") is \u201c" + normal + "\u201d (" + codePoints(normal) + ") written another way; they look "
                            + "the same but do not match in search.";
                    if (messages.size() < 1_000) {
                        messages.put(segment, message);
                    }
                }
                out.add(Match.of(start, end, message, new Edit(start, end, normal, Edit.SAFE)));
            }
            floor = end;
            i = end >= n ? n : end + NFC.spanQuickCheckYes(CharBuffer.wrap(text, end, n));
        }
    }

    /**
     * True when the text is in NFC because each of its characters from U+0300 on is inert (ICU:
     * unchanged by normalisation, with a boundary before and after it, so nothing composes with
     * it), and those below cannot compose with one another. Most news is so: its only characters
     * beyond Latin are quotation marks and dashes. Read from the document's rare characters, so
     * the text itself is not read again; before, ICU's quick check read every character.
     */
    static boolean inertOnly(String text, RareCharacters rare) {
        int n = text.length();
        for (int i = rare.next(0); i < n; i = rare.next(i + 1)) {
            char c = text.charAt(i);
            if (c >= FIRST_INTERACTING && (Character.isSurrogate(c) || !NFC.isInert(c))) {
                return false;
            }
        }
        return true;
    }

    private static String codePoints(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(8).forEach(cp -> {
            if (b.length() > 0) {
                b.append(" + ");
            }
            String name = UCharacter.getName(cp);
            b.append(String.format("U+%04X", cp));
            if (name != null) {
                b.append(' ').append(name);
            }
        });
        return b.toString();
    }
}
