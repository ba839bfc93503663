package dev.mtqa.rule.script;

import com.ibm.icu.text.Transliterator;
import dev.mtqa.rule.RecentValues;

/**
 * A Latin-letter rendering of text in any script, so that a reader who does not read Cyrillic or
 * Chinese can see what a finding says: ICU's "Any-Latin; Latin-ASCII" (for Cyrillic, ISO 9-style;
 * for Chinese, toneless pinyin; for Japanese and Korean, their romanisations). A transliteration,
 * not a translation: it tells you the words, not their meaning.
 */
final class Transliteration {
    /** Longest text transliterated; longer text is cut, and marked so. */
    static final int MAX_LENGTH = 2_000;

    private Transliteration() {
    }

    /**
     * Built on first use (ICU needs most of a second to compile it). Transliterator instances are
     * not documented as safe for concurrent use, so calls are serialised; findings with foreign
     * script are rare enough that this never contends.
     */
    private static final class Holder {
        static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    }

    /** How many recent transliterations are kept. */
    static final int CACHE_SIZE = 1_024;

    /**
     * The latest transliterations, least recently used dropped first: the foreign text of a corpus is
     * mostly the same few page strings ("Заголовок открываемого материала") over and over, and ICU
     * takes microseconds for each. Guarded by {@code Holder.TO_LATIN}, like the transliterator.
     */
    private static final RecentValues<String, String> RECENT =
            new RecentValues<>(CACHE_SIZE, text -> Holder.TO_LATIN.transliterate(text));

    /** {@code text} in Latin letters; text longer than {@link #MAX_LENGTH} is cut and ends in "…". */
    static String toLatin(String text) {
        boolean cut = text.length() > MAX_LENGTH;
        String part = cut ? text.substring(0, MAX_LENGTH) : text;
        if (cut && Character.isHighSurrogate(part.charAt(part.length() - 1))) {
            part = part.substring(0, part.length() - 1);
        }
        String latin;
        synchronized (Holder.TO_LATIN) {
            latin = RECENT.get(part);
        }
        return cut ? latin + "\u2026" : latin;
    }
}
