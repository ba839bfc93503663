package dev.mtqa.rule.encoding;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
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
import dev.mtqa.text.Span;
import dev.mtqa.text.TextIndex;

import java.util.List;

/**
 * A Latin word with letters from another script that look like Latin ones: "Ukrаine" with a
 * Cyrillic "а", "Kyіv" with a Ukrainian "і", "ΝATO" with a Greek "Ν". It reads correctly, but search,
 * spell checking and named-entity tools see a different word; it comes from typing on a Cyrillic
 * keyboard layout, OCR, or deliberate spoofing.
 *
 * <p>The rule: a word (a run of letters and marks) that has Latin letters, whose other letters all
 * have a Latin look-alike in Unicode's confusables data ({@link Lookalikes}), and whose Latin
 * letters are the majority (on a tie, when the line is mostly Latin). Whole Cyrillic or Greek words
 * are not mixed words and are left to the untranslated-script rule, so "Київ" and "ВІКІ" are not
 * reported here; nor is "μg", whose Greek letter has no Latin look-alike. The fix spells the word
 * with the Latin letters it imitates, which is what it already looks like: safe.
 */
public final class LookalikeLetterRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("ENCODING_LOOKALIKE_LETTER", Category.ENCODING,
            Severity.ERROR,
            "Look-alike letters from another script inside a Latin word (\"Ukr\u0430ine\" with a Cyrillic \u0430)",
            "The word mixes scripts: some of its letters are Cyrillic, Greek, Armenian or Cherokee characters that "
                    + "look like Latin letters. Readers do not notice, but search, spell checking, translation and "
                    + "named-entity tools see a different word, so \"Ukr\u0430ine\" with a Cyrillic \u0430 is not found "
                    + "when someone searches for Ukraine. It comes from typing on a Cyrillic keyboard layout, from OCR, "
                    + "or from deliberate spoofing. The fix replaces each look-alike with the Latin letter it imitates.",
            List.of(
                    Example.flags("Russia invaded <marker>Ukr\u0430ine</marker> in 2022.", "Ukraine"),
                    Example.flags("Air raid sirens sounded in <marker>Ky\u0456v</marker> overnight.", "Kyiv"),
                    Example.flags("The <marker>\u039dATO</marker> summit opened.", "NATO"),
                    Example.accepts("The Ukrainian for Kyiv is \u041a\u0438\u0457\u0432, and \u0412\u0406\u041a\u0406 means WIKI."),
                    Example.accepts("A dose of 5 \u03bcg, the Omicron (\u03bf) variant, and \u03b1-helices."),
                    Example.accepts("Zelenskyy, S\u00e3o Paulo, M\u00fcller and Nguy\u1ec5n are Latin names.")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        RareCharacters rare = document.rareCharacters();
        if (!hasLookalikeScript(text, rare, 0, text.length())) {
            return;
        }
        TextIndex index = document.index();
        for (int line = 0; line < index.lineCount(); line++) {
            Span span = index.line(line);
            if (hasLookalikeScript(text, rare, span.start(), span.end())) {
                checkLine(text, span, out);
            }
        }
    }

    private static void checkLine(String text, Span line, MatchSink out) {
        Boolean lineMostlyLatin = null;
        int i = line.start();
        int end = line.end();
        while (i < end) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < end && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            Lookalikes.WordScripts word = Lookalikes.count(text, start, i);
            if (word.latin() == 0 || word.foreign() == 0) {
                continue;
            }
            if (word.latin() == word.foreign() && lineMostlyLatin == null) {
                Lookalikes.WordScripts all = Lookalikes.count(text, line.start(), line.end());
                lineMostlyLatin = all.latin() > all.foreign();
            }
            if (Lookalikes.isLatinWordWithLookalikes(word, lineMostlyLatin != null && lineMostlyLatin)) {
                String found = text.substring(start, i);
                String latin = Lookalikes.toLatin(found);
                out.add(Match.of(start, i, "\u201c" + found + "\u201d mixes scripts: " + describe(found)
                                + ". It should be spelled \u201c" + latin + "\u201d.",
                        new Edit(start, i, latin, Edit.SAFE)));
            }
        }
    }

    private static boolean isWordChar(int cp) {
        return UCharacter.isLetter(cp) || UCharacter.getType(cp) == UCharacterCategory.NON_SPACING_MARK
                || UCharacter.getType(cp) == UCharacterCategory.COMBINING_SPACING_MARK;
    }

    /** Whether {@code text[from, to)} has a character in the Cyrillic, Greek, Armenian or Cherokee blocks. */
    /** Asks only the rare characters of the span: a Cyrillic or Greek letter is one. */
    private static boolean hasLookalikeScript(String text, RareCharacters rare, int from, int to) {
        for (int i = rare.next(from); i < to; i = rare.next(i + 1)) {
            char c = text.charAt(i);
            if (c >= 0x370 && c < 0x530 || c >= 0x530 && c < 0x590 || c >= 0x13A0 && c < 0x1400
                    || c >= 0x1C80 && c < 0x1C90 || c >= 0x1F00 && c < 0x2000 || c >= 0x2DE0 && c < 0x2E00
                    || c >= 0xA640 && c < 0xA6A0 || c >= 0xAB70 && c < 0xABC0) {
                return true;
            }
        }
        return false;
    }

    /** "letter 4 “а” is CYRILLIC SMALL LETTER A, which looks like Latin “a”", for each look-alike. */
    private static String describe(String word) {
        StringBuilder b = new StringBuilder();
        int position = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            position++;
            if (!UCharacter.isLetter(cp) || UScript.getScript(cp) == UScript.LATIN) {
                continue;
            }
            int latin = Lookalikes.latinFor(cp);
            if (latin < 0) {
                continue;
            }
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append("letter ").append(position).append(" \u201c").appendCodePoint(cp).append("\u201d is ")
                    .append(UCharacter.getName(cp)).append(", which looks like Latin \u201c").appendCodePoint(latin)
                    .append('\u201d');
        }
        return b.toString();
    }
}
