package dev.mtqa.rule.terminology;

import dev.mtqa.rule.RecentValues;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Reduces a name to what its spellings have in common when they are transliterations of one
 * foreign name: lower case, no accents, apostrophes or hyphens, y and i merged (Zelensky,
 * Zelenskiy, Zelenskyy), kh and h (Kharkiv, Harkiv), w and v, ph and f, ck and k, doubled
 * letters single. Two spellings with the same skeleton and different letters are very likely
 * one name spelled two ways. Inflections keep different skeletons (Russia, Russian).
 */
final class TransliterationSkeleton {
    /** How many recent skeletons each thread keeps. */
    static final int CACHE_SIZE = 4_096;

    /**
     * Each thread's latest skeletons, least recently used dropped first: every capitalised word of
     * every document is reduced, and a corpus uses the same few thousand names over and over, where
     * each reduction builds half a dozen strings.
     */
    private static final ThreadLocal<RecentValues<String, String>> RECENT =
            ThreadLocal.withInitial(() -> new RecentValues<>(CACHE_SIZE, TransliterationSkeleton::reduce));

    private TransliterationSkeleton() {
    }

    static String of(String name) {
        return RECENT.get().get(name);
    }

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    /** A 64-bit hash of a skeleton (FNV-1a of its characters). */
    static long hash(String skeleton) {
        long h = FNV_OFFSET;
        for (int i = 0; i < skeleton.length(); i++) {
            h = (h ^ skeleton.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /** The skeleton, computed: {@link #of} with no cache. */
    static String reduce(String name) {
        String s = withoutAccents(name).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\'' && c != '\u2019' && c != '\u02bc' && c != '-') {
                kept.append(c);
            }
        }
        s = kept.toString()
                .replace("kh", "h")
                .replace("ph", "f")
                .replace("ck", "k")
                .replace('w', 'v')
                .replace('y', 'i');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String withoutAccents(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            }
        }
        return name;
    }
}
