package dev.mtqa.engine;

import dev.mtqa.finding.Finding;
import dev.mtqa.text.TextIndex;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Gives each finding a fingerprint that survives edits elsewhere in the document, so a baseline of
 * accepted findings stays valid when lines are added above or other paragraphs change. The
 * fingerprint hashes the rule id, the flagged text and a little context on either side (within
 * the line, whitespace collapsed), never positions. Identical findings in identical context are
 * told apart by their order of occurrence.
 */
final class Fingerprints {
    /** Code points of context on each side: enough to tell occurrences apart, little enough to survive edits. */
    static final int CONTEXT = 20;

    /** One digest per thread, reused: {@code getInstance} searches the security providers on every call. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    });

    private Fingerprints() {
    }

    /**
     * The findings of the text of {@code index}, sorted by position, with fingerprints filled in.
     * Their offsets are code points; the index turns them into the string's own, so the text is
     * read in place rather than copied into an array of code points for every document with a finding.
     */
    static List<Finding> assign(TextIndex index, List<Finding> sorted) {
        String text = index.text();
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> result = new ArrayList<>(sorted.size());
        int length = index.codePointLength();
        for (Finding f : sorted) {
            String before = context(text, index, Math.max(0, f.start() - CONTEXT), f.start(), true);
            String after = context(text, index, f.end(), Math.min(length, f.end() + CONTEXT), false);
            String key = f.rule() + '\u0000' + f.text() + '\u0000' + before + '\u0000' + after;
            int occurrence = seen.merge(key, 1, Integer::sum);
            result.add(f.withFingerprint(hash(key + '\u0000' + occurrence)));
        }
        return result;
    }

    /**
     * The context between code points {@code fromCodePoint} and {@code toCodePoint}, inside the
     * current line only, so reflowing other lines does not change it.
     */
    private static String context(String text, TextIndex index, int fromCodePoint, int toCodePoint, boolean before) {
        int from = index.toCharIndex(fromCodePoint);
        int to = index.toCharIndex(toCodePoint);
        // Line breaks are single UTF-16 units: walking by units finds the same line ends as walking
        // by code points.
        if (before) {
            int start = to;
            while (start > from && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
                start--;
            }
            from = start;
        } else {
            int end = from;
            while (end < to && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            to = end;
        }
        StringBuilder sb = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == 0xA0) {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static String hash(String key) {
        byte[] digest = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}
