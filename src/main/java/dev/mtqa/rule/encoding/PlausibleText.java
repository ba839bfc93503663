package dev.mtqa.rule.encoding;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;

/**
 * What a repaired character may be. A byte sequence that decodes cleanly as UTF-8 is not yet a
 * repair: "Å™" decodes to "ř" and "É®" to "ɮ", but the first is a Swedish letter before a
 * trademark sign and the second is not a letter any language writes with. The tests here keep
 * repairs to characters that real text uses.
 */
final class PlausibleText {
    /**
     * Letters below U+0800 (the range a two-byte UTF-8 sequence can encode) that appear in the
     * standard alphabet of at least one language: the union of the CLDR exemplar sets of every
     * language ICU knows, restricted to letters in U+0080–U+07FF. Computing it takes ICU about two
     * seconds, so it is stored here; {@code PlausibleTextTest} recomputes it from ICU's data and
     * fails if this copy is stale.
     */
    static final String EXEMPLAR_LETTERS_PATTERN = "[\\u00B5\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u0113"
            + "\\u0116-\\u012B\\u012E-\\u0131\\u0134-\\u0137\\u0139-\\u013E\\u0141-\\u0148\\u014A-\\u0161"
            + "\\u0164-\\u017F\\u0181\\u0186\\u0189\\u018A\\u018E-\\u0192\\u0194\\u0196-\\u0199\\u019D\\u01A0"
            + "\\u01A1\\u01AF-\\u01B4\\u01C0-\\u01C3\\u01CD-\\u01D4\\u01DD\\u01E6\\u01E7\\u01F8\\u01F9"
            + "\\u0218-\\u021B\\u021E\\u021F\\u0244\\u0253\\u0254\\u0256\\u0257\\u0259\\u025B\\u0263\\u0268"
            + "\\u0269\\u0272\\u0289-\\u028B\\u0294\\u02BB\\u02BC\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1"
            + "\\u03A3-\\u03CE\\u03D0\\u03D1\\u03D5\\u03D6\\u03F0\\u03F1\\u03F4\\u03F5\\u0401-\\u040C"
            + "\\u040E-\\u044F\\u0451-\\u045C\\u045E\\u045F\\u0490-\\u0497\\u049A-\\u049D\\u04A2-\\u04A5"
            + "\\u04AA\\u04AB\\u04AE-\\u04B3\\u04B6-\\u04BB\\u04D0\\u04D1\\u04D4-\\u04D9\\u04E2\\u04E3"
            + "\\u04E8\\u04E9\\u04EE\\u04EF\\u04F2\\u04F3\\u0531-\\u0556\\u0561-\\u0586\\u05D0-\\u05EA"
            + "\\u0620-\\u063A\\u063D\\u0641-\\u064A\\u0672\\u0679-\\u0681\\u0683-\\u068A\\u068C\\u068D"
            + "\\u068F\\u0691\\u0693\\u0695\\u0696\\u0698-\\u069A\\u06A4\\u06A6\\u06A9-\\u06AB\\u06AD\\u06AF"
            + "\\u06B1\\u06B3\\u06B5\\u06BA-\\u06BC\\u06BE\\u06C1\\u06C4\\u06C6-\\u06CE\\u06D0\\u06D2\\u06D5"
            + "\\u0710\\u0712-\\u072C\\u07CA-\\u07E7\\u07F4\\u07F5]";

    private static final UnicodeSet EXEMPLAR_LETTERS = new UnicodeSet(EXEMPLAR_LETTERS_PATTERN).freeze();

    /**
     * Punctuation and symbols that ordinary text uses, by block: Latin-1 punctuation and signs,
     * the multiplication and division signs, general punctuation (dashes, quotes, spaces, joiners),
     * currency, letterlike symbols and number forms, arrows and mathematical operators, technical
     * symbols, enclosed numbers, box drawing to dingbats, CJK punctuation, variation selectors,
     * the byte-order mark, full-width forms and emoji.
     */
    private static final UnicodeSet SYMBOLS = new UnicodeSet("[\\u00A0-\\u00BF\\u00D7\\u00F7\\u2000-\\u206F"
            + "\\u20A0-\\u20CF\\u2100-\\u218F\\u2190-\\u23FF\\u2460-\\u24FF\\u2500-\\u27BF\\u2B00-\\u2BFF"
            + "\\u3000-\\u303F\\uFE00-\\uFE0F\\uFEFF\\uFF00-\\uFFEF\\U0001F000-\\U0001FAFF]")
            .removeAll(new UnicodeSet("[:Cn:]")).freeze();

    private PlausibleText() {
    }

    /**
     * True if {@code cp} is a letter some language writes with: not a phonetic sign or a modifier
     * letter, except the Japanese length and iteration marks ("ー", "々"), which are words' letters.
     */
    static boolean isPlausibleLetter(int cp) {
        if (cp < 0x800) {
            return EXEMPLAR_LETTERS.contains(cp);
        }
        int type = UCharacter.getType(cp);
        if (type == UCharacterCategory.MODIFIER_LETTER) {
            return cp >= 0x3000 && cp <= 0x30FF || cp >= 0xFF00 && cp <= 0xFFEF;
        }
        return type == UCharacterCategory.UPPERCASE_LETTER || type == UCharacterCategory.LOWERCASE_LETTER
                || type == UCharacterCategory.TITLECASE_LETTER || type == UCharacterCategory.OTHER_LETTER;
    }

    /** True if {@code cp} is punctuation or a symbol of a kind ordinary text uses. */
    static boolean isPlausibleSymbol(int cp) {
        return SYMBOLS.contains(cp);
    }

    /** True if {@code cp} is a combining mark. */
    static boolean isMark(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.COMBINING_SPACING_MARK
                || type == UCharacterCategory.ENCLOSING_MARK;
    }

    /** The script of a letter, with the Japanese scripts counted as one (they mix within words). */
    static int scriptOf(int cp) {
        int script = UScript.getScript(cp);
        if (script == UScript.HIRAGANA || script == UScript.KATAKANA) {
            return UScript.HAN;
        }
        return script;
    }

    /** True if two letters can stand next to each other in a word: same script, or one script-neutral. */
    static boolean sameScript(int a, int b) {
        int sa = scriptOf(a);
        int sb = scriptOf(b);
        return sa == sb || sa == UScript.COMMON || sb == UScript.COMMON
                || sa == UScript.INHERITED || sb == UScript.INHERITED;
    }
}
