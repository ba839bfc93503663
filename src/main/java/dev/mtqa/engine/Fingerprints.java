package dev.mtqa.engine;

import dev.mtqa.finding.Finding;

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

    private Fingerprints() {
    }

    /** The findings, sorted by position, with fingerprints filled in. */
    static List<Finding> assign(String text, List<Finding> sorted) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> result = new ArrayList<>(sorted.size());
        int[] codePoints = null;
        for (Finding f : sorted) {
            if (codePoints == null) {
                codePoints = text.codePoints().toArray();
            }
            String before = context(codePoints, Math.max(0, f.start() - CONTEXT), f.start(), true);
            String after = context(codePoints, f.end(), Math.min(codePoints.length, f.end() + CONTEXT), false);
            String key = f.rule() + '\u0000' + f.text() + '\u0000' + before + '\u0000' + after;
            int occurrence = seen.merge(key, 1, Integer::sum);
            result.add(f.withFingerprint(hash(key + '\u0000' + occurrence)));
        }
        return result;
    }

    /** The context inside the current line only, so reflowing other lines does not change it. */
    private static String context(int[] cps, int from, int to, boolean before) {
        StringBuilder sb = new StringBuilder();
        if (before) {
            int start = to;
            while (start > from && cps[start - 1] != '\n' && cps[start - 1] != '\r') {
                start--;
            }
            from = start;
        } else {
            int end = from;
            while (end < to && cps[end] != '\n' && cps[end] != '\r') {
                end++;
            }
            to = end;
        }
        boolean space = false;
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(cps[i]) || cps[i] == 0xA0) {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.appendCodePoint(cps[i]);
            }
        }
        return sb.toString();
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
