package dev.mtqa;

import dev.mtqa.text.Span;

import java.util.Random;

/** Random strings over a chosen alphabet, for tests that compare a fast path with its definition. */
public final class RandomText {
    private RandomText() {
    }

    /** {@code length} characters (UTF-16 units) drawn from {@code alphabet}. */
    public static String of(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** A random span of {@code text}, empty ones and the whole text included. */
    public static Span span(Random random, String text) {
        int from = random.nextInt(text.length() + 1);
        return new Span(from, from + random.nextInt(text.length() - from + 1));
    }
}
