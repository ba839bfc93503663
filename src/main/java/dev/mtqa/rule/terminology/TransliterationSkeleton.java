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

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /**
     * A 64-bit hash of the skeleton of the word {@code text[start, end)}: {@link #hash(String)} of
     * {@link #of} it. A word of ASCII letters is reduced in {@code buffer} (grown when too short;
     * the one to use next time is returned through {@code buffers[0]}), without building a string;
     * any other is reduced by {@link #of}.
     */
    static long hash(String text, int start, int end, char[][] buffers) {
        char[] buffer = buffers[0];
        if (buffer.length < end - start) {
            buffer = new char[end - start];
            buffers[0] = buffer;
        }
        // reduce's steps in its order, each as String.replace does it (left to right, without
        // overlaps): lower case and "kh" -> "h" as the word is copied, then "ph" -> "f" in place,
        // then "ck" -> "k", w -> v, y -> i and doubled letters single as the result is hashed.
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return hash(of(text.substring(start, end)));
            }
            if (c == '\'' || c == '-') {
                continue;
            }
            c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            // A k still in the buffer is one no earlier pair took (a pair leaves an h).
            if (c == 'h' && n > 0 && buffer[n - 1] == 'k') {
                buffer[n - 1] = 'h';
            } else {
                buffer[n++] = c;
            }
        }
        n = replace(buffer, n, 'p', 'h', 'f');
        long h = FNV_OFFSET;
        char previous = 0;
        boolean first = true;
        for (int i = 0; i < n; i++) {
            char c = buffer[i];
            if (c == 'c' && i + 1 < n && buffer[i + 1] == 'k') {
                c = 'k';
                i++;
            } else if (c == 'w') {
                c = 'v';
            } else if (c == 'y') {
                c = 'i';
            }
            if (first || c != previous) {
                h = (h ^ c) * FNV_PRIME;
            }
            previous = c;
            first = false;
        }
        return h;
    }

    /** A 64-bit hash of a skeleton (FNV-1a of its characters). */
    static long hash(String skeleton) {
        long h = FNV_OFFSET;
        for (int i = 0; i < skeleton.length(); i++) {
            h = (h ^ skeleton.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /** Replaces each pair {@code first second} of {@code chars[0, n)} by {@code by}; the new length. */
    private static int replace(char[] chars, int n, char first, char second, char by) {
        int out = 0;
        int i = 0;
        while (i < n) {
            if (i + 1 < n && chars[i] == first && chars[i + 1] == second) {
                chars[out++] = by;
                i += 2;
            } else {
                chars[out++] = chars[i++];
            }
        }
        return out;
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
