package dev.mtqa.rule.encoding;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
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
import dev.mtqa.text.TextIndex;

import java.util.List;

/**
 * Invisible format characters where they do nothing: zero-width spaces, joiners and non-joiners,
 * word joiners, soft hyphens, byte-order marks inside the text, bidirectional controls, invisible
 * mathematical operators, interlinear annotation marks and stray tag characters. They are
 * invisible, so a reader sees nothing wrong, but "Ukr\u200Baine" no longer matches "Ukraine" in
 * search, spell checking or deduplication.
 *
 * <p>Where they do something, they are left alone:
 * <ul>
 *   <li>a zero-width joiner between emoji builds one emoji (👨‍👩‍👧), and joiners and non-joiners
 *       shape letters in scripts ICU calls complex (Arabic, Persian, the Indic scripts);</li>
 *   <li>a zero-width space marks word boundaries in scripts written without spaces (Thai, Khmer,
 *       Chinese, Japanese);</li>
 *   <li>bidirectional marks and isolates order text on a line that has right-to-left letters;</li>
 *   <li>tag characters spell a subdivision flag after U+1F3F4 (🏴󠁧󠁢󠁳󠁣󠁴󠁿).</li>
 * </ul>
 * A soft hyphen is always flagged: it is a hyphenation hint for HTML renderers, meaningless in
 * plain text (even in a long German compound quoted in English), and it splits words for search.
 * Deleting an invisible character changes nothing a reader sees, so the fix is safe.
 */
public final class InvisibleCharacterRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("ENCODING_INVISIBLE_CHARACTER", Category.ENCODING,
            Severity.WARNING,
            "Invisible characters (zero-width spaces, soft hyphens, stray joiners, bidi controls, BOMs) in the text",
            "These characters are invisible, so the text looks right, but they split words for search, spell "
                    + "checking, deduplication and machine translation: \"Ukr\u00adaine\" with a soft hyphen does not match "
                    + "\"Ukraine\". They are residue of HTML (&shy;, &zwnj;), of copying from word processors, or of "
                    + "joined files (a byte-order mark in mid-text). They are kept where they do work: joiners in "
                    + "emoji and in Arabic or Indic words, zero-width spaces in Thai or Chinese, direction marks on "
                    + "lines with Arabic or Hebrew. Deleting them changes nothing a reader sees.",
            List.of(
                    Example.flags("Russia invaded Ukr<marker>\u200b</marker>aine in 2022.", ""),
                    Example.flags("The Donaudampfschiff<marker>\u00ad</marker>fahrtsgesellschaft was founded in 1829.", ""),
                    Example.flags("Joined files.<marker>\ufeff</marker>Second article.", ""),
                    Example.flags("An English line with a stray mark<marker>\u200e</marker>.", ""),
                    Example.flags("Hidden <marker>\u200d\u200c</marker>joiners between Latin letters.", ""),
                    Example.accepts("A family emoji \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 and a heart \u2764\ufe0f."),
                    Example.accepts("Persian \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 and Hindi \u0915\u094d\u200d\u0937 keep their joiners."),
                    Example.accepts("Netanyahu (\u05d1\u05e0\u05d9\u05de\u05d9\u05df \u05e0\u05ea\u05e0\u05d9\u05d4\u05d5\u200e) spoke.")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        TextIndex index = document.index();
        // Every invisible character is a rare one: jump from rare character to rare character
        // (the first unit of a surrogate pair is rare too, so a jump never lands inside a pair).
        RareCharacters rare = document.rareCharacters();
        int n = text.length();
        int i = rare.next(0);
        int rtlLine = -1;
        boolean rtl = false;
        while (i < n) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (!isInvisible(cp)) {
                i = rare.next(i + width);
                continue;
            }
            int start = i;
            int end = i;
            // A run of adjacent invisible characters that are all unneeded is one finding.
            while (end < n) {
                int c = text.codePointAt(end);
                if (!isInvisible(c)) {
                    break;
                }
                if (isBidiControl(c)) {
                    int line = index.lineOf(end);
                    if (line != rtlLine) {
                        rtlLine = line;
                        rtl = hasRightToLeftLetter(text, index, line);
                    }
                    if (rtl) {
                        break;
                    }
                } else if (isNeeded(text, start, end, c)) {
                    break;
                }
                end += Character.charCount(c);
            }
            if (end == start) {
                i = rare.next(i + width);
                continue;
            }
            out.add(Match.of(start, end, describe(text, start, end) + ": invisible, but it splits the text for search and "
                    + "spell checking; delete it.", new Edit(start, end, "", Edit.SAFE)));
            i = rare.next(end);
        }
    }

    /** The characters this rule knows; whether each is needed depends on its neighbours. */
    static boolean isInvisible(int cp) {
        return cp == 0x00AD || cp == 0x061C || cp == 0x180E || cp >= 0x200B && cp <= 0x200F
                || cp >= 0x202A && cp <= 0x202E || cp >= 0x2060 && cp <= 0x2064 || cp >= 0x2066 && cp <= 0x2069
                || cp == 0xFEFF || cp >= 0xFFF9 && cp <= 0xFFFB || cp == 0xE0001 || cp >= 0xE0020 && cp <= 0xE007F;
    }

    private static boolean isBidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    /** Whether the invisible character {@code cp} at {@code at} does work where it stands. */
    private static boolean isNeeded(String text, int runStart, int at, int cp) {
        int before = runStart > 0 ? text.codePointBefore(runStart) : -1;
        int next = at + Character.charCount(cp);
        int after = next < text.length() ? text.codePointAt(next) : -1;
        switch (cp) {
            case 0x200D: // zero-width joiner
                if (isEmojiBefore(text, runStart) && after >= 0 && isEmoji(after)) {
                    return true;
                }
                return isComplexScript(before) || isComplexScript(after);
            case 0x200C: // zero-width non-joiner
                return isComplexScript(before) || isComplexScript(after);
            case 0x200B: // zero-width space
                return isUnspacedScript(before) || isUnspacedScript(after);
            default:
                if (cp >= 0xE0020 && cp <= 0xE007F) {
                    return isFlagTag(text, at);
                }
                return false;
        }
    }

    /** The emoji before {@code index}, skipping variation selectors, skin tones and tags. */
    private static boolean isEmojiBefore(String text, int index) {
        int i = index;
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (cp == 0xFE0F || cp == 0xFE0E || cp >= 0x1F3FB && cp <= 0x1F3FF || cp >= 0xE0020 && cp <= 0xE007F
                    || cp == 0x20E3) {
                i -= Character.charCount(cp);
                continue;
            }
            return isEmoji(cp);
        }
        return false;
    }

    private static boolean isEmoji(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_COMPONENT) && cp > 0x7F;
    }

    /**
     * Letters that join or form conjuncts, where joiners and non-joiners change the shape: cursive
     * letters (Unicode Joining_Type dual, left, right or join-causing: Arabic, Syriac, Mongolian,
     * N'Ko…) and letters or marks of Brahmic scripts (any Indic_Syllabic_Category: Devanagari,
     * Bengali, Tamil, Sinhala, Khmer…).
     */
    private static boolean isComplexScript(int cp) {
        int type = cp < 0 ? -1 : UCharacter.getType(cp);
        if (cp < 0x80 || !UCharacter.isLetter(cp) && type != UCharacterCategory.NON_SPACING_MARK
                && type != UCharacterCategory.COMBINING_SPACING_MARK) {
            return false; // digits, dashes and spaces have Indic categories too, for use inside Indic text
        }
        int joining = UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
        if (joining == UCharacter.JoiningType.DUAL_JOINING || joining == UCharacter.JoiningType.LEFT_JOINING
                || joining == UCharacter.JoiningType.RIGHT_JOINING || joining == UCharacter.JoiningType.JOIN_CAUSING) {
            return true;
        }
        return UCharacter.getIntPropertyValue(cp, UProperty.INDIC_SYLLABIC_CATEGORY)
                != UCharacter.IndicSyllabicCategory.OTHER;
    }

    /** Scripts written without spaces between words, where a zero-width space marks the boundary. */
    private static boolean isUnspacedScript(int cp) {
        if (cp < 0 || !UCharacter.isLetter(cp)) {
            return false;
        }
        int script = UScript.getScript(cp);
        return UScript.breaksBetweenLetters(script) || script == UScript.THAI || script == UScript.LAO
                || script == UScript.KHMER || script == UScript.MYANMAR || script == UScript.TIBETAN;
    }

    /** A tag character inside a subdivision flag: tags after U+1F3F4 WAVING BLACK FLAG. */
    private static boolean isFlagTag(String text, int at) {
        int i = at;
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (cp >= 0xE0020 && cp <= 0xE007F) {
                i -= Character.charCount(cp);
                continue;
            }
            return cp == 0x1F3F4;
        }
        return false;
    }

    private static boolean hasRightToLeftLetter(String text, TextIndex index, int line) {
        var span = index.line(line);
        for (int i = span.start(); i < span.end(); ) {
            int cp = text.codePointAt(i);
            if (UCharacter.isLetter(cp) && UScript.isRightToLeft(UScript.getScript(cp))) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static String describe(String text, int start, int end) {
        int cp = text.codePointAt(start);
        String name = switch (cp) {
            case 0x00AD -> "A soft hyphen (U+00AD)";
            case 0x200B -> "A zero-width space (U+200B)";
            case 0x200C -> "A zero-width non-joiner (U+200C)";
            case 0x200D -> "A zero-width joiner (U+200D)";
            case 0x200E -> "A left-to-right mark (U+200E)";
            case 0x200F -> "A right-to-left mark (U+200F)";
            case 0x2060 -> "A word joiner (U+2060)";
            case 0xFEFF -> "A byte-order mark (U+FEFF) inside the text";
            default -> String.format("An invisible %s (U+%04X)",
                    UCharacter.getName(cp) == null ? "character" : UCharacter.getName(cp).toLowerCase(java.util.Locale.ROOT), cp);
        };
        int count = text.codePointCount(start, end);
        return count == 1 ? name : name + " and " + (count - 1) + " more invisible character" + (count == 2 ? "" : "s");
    }
}
