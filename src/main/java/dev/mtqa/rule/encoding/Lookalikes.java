package dev.mtqa.rule.encoding;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Letters of other scripts that look like Latin ones, from Unicode's confusables data (UTS #39)
 * through ICU's {@link SpoofChecker}: two characters are confusable when their skeletons are equal.
 * Cyrillic "а" and Latin "a" share the skeleton "a", Greek "Ο" and Latin "O" share "O".
 *
 * <p>Only Cyrillic, Greek, Armenian and Cherokee letters are mapped (the scripts whose letters are
 * used to fake Latin ones), and only to Latin letters a reader would type: ASCII letters, or
 * letters that decompose to an ASCII letter and accents ("ё" → "ë"). Where confusables data offers
 * several ("І" looks like both "I" and "l"), the one of the same case wins.
 *
 * <p>Also decides which words are Latin words with look-alikes in them, for this family and for
 * the untranslated-script rule, so the two never claim the same word.
 */
public final class Lookalikes {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private Lookalikes() {
    }

    /** Built on first use: computing skeletons for some thousand letters takes a few hundred milliseconds. */
    private static final class Table {
        static final Map<Integer, Integer> LATIN = build();

        private static Map<Integer, Integer> build() {
            SpoofChecker checker = new SpoofChecker.Builder().build();
            Map<String, List<Integer>> latinBySkeleton = new HashMap<>();
            UnicodeSet latin = new UnicodeSet("[[A-Za-z\\u00C0-\\u017F]&[:L:]]");
            for (UnicodeSetIterator it = new UnicodeSetIterator(latin); it.next(); ) {
                int cp = it.codepoint;
                if (isTypable(cp)) {
                    latinBySkeleton.computeIfAbsent(checker.getSkeleton(new String(Character.toChars(cp))),
                            k -> new ArrayList<>()).add(cp);
                }
            }
            Map<Integer, Integer> map = new HashMap<>();
            UnicodeSet foreign = new UnicodeSet("[[[:Cyrillic:][:Greek:][:Armenian:][:Cherokee:]]&[:L:]]");
            for (UnicodeSetIterator it = new UnicodeSetIterator(foreign); it.next(); ) {
                int cp = it.codepoint;
                List<Integer> candidates = latinBySkeleton.get(checker.getSkeleton(new String(Character.toChars(cp))));
                if (candidates != null) {
                    map.put(cp, best(cp, candidates));
                }
            }
            return Map.copyOf(map);
        }

        /** An ASCII letter, or one that decomposes to an ASCII letter plus accents. */
        private static boolean isTypable(int cp) {
            if (cp < 0x80) {
                return true;
            }
            String d = NFD.getDecomposition(cp);
            return d != null && d.charAt(0) < 0x80 && Character.isLetter(d.charAt(0));
        }

        /** Same case first, then ASCII, then the lowest code point. */
        private static int best(int cp, List<Integer> candidates) {
            boolean upper = UCharacter.isUpperCase(cp);
            int best = -1;
            int bestScore = Integer.MIN_VALUE;
            for (int c : candidates) {
                int score = (UCharacter.isUpperCase(c) == upper ? 4 : 0) + (c < 0x80 ? 2 : 0);
                if (score > bestScore || score == bestScore && c < best) {
                    best = c;
                    bestScore = score;
                }
            }
            return best;
        }
    }

    /** The Latin letter {@code cp} looks like, or -1 if it has none. */
    public static int latinFor(int cp) {
        Integer latin = Table.LATIN.get(cp);
        return latin == null ? -1 : latin;
    }

    /** Counts of a word's letters by script. */
    public record WordScripts(int latin, int foreign, int lookalikes, boolean otherScripts) {
    }

    /**
     * Counts the letters of {@code text[start, end)}: Latin, of other scripts, and of those how many
     * have a Latin look-alike. {@code otherScripts} is true if some foreign letter is of a script
     * without look-alikes here (Han, Arabic…).
     */
    public static WordScripts count(CharSequence text, int start, int end) {
        int latin = 0;
        int foreign = 0;
        int lookalikes = 0;
        boolean other = false;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!UCharacter.isLetter(cp)) {
                continue;
            }
            int script = UScript.getScript(cp);
            if (script == UScript.LATIN) {
                latin++;
            } else if (script != UScript.COMMON && script != UScript.INHERITED) {
                foreign++;
                if (latinFor(cp) >= 0) {
                    lookalikes++;
                } else {
                    other |= script != UScript.CYRILLIC && script != UScript.GREEK && script != UScript.ARMENIAN
                            && script != UScript.CHEROKEE;
                }
            }
        }
        return new WordScripts(latin, foreign, lookalikes, other);
    }

    /**
     * True if a word with these letters is a Latin word with look-alike letters in it: it has Latin
     * letters, every foreign letter has a Latin look-alike, and Latin letters are the majority (on a
     * tie, when the line around it is mostly Latin). "Ukrаine" is; "Кyiv" on an English line is;
     * "Київ" and "μg" are not.
     */
    public static boolean isLatinWordWithLookalikes(WordScripts word, boolean lineMostlyLatin) {
        if (word.latin == 0 || word.foreign == 0 || word.lookalikes != word.foreign) {
            return false;
        }
        return word.latin > word.foreign || word.latin == word.foreign && lineMostlyLatin;
    }

    /** {@code word} with each look-alike letter replaced by its Latin letter. */
    public static String toLatin(CharSequence word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            int cp = Character.codePointAt(word, i);
            i += Character.charCount(cp);
            int script = UScript.getScript(cp);
            int latin = script == UScript.LATIN || !UCharacter.isLetter(cp) ? -1 : latinFor(cp);
            b.appendCodePoint(latin >= 0 ? latin : cp);
        }
        return b.toString();
    }
}
