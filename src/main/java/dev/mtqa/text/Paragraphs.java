package dev.mtqa.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into paragraphs: runs of lines separated by one or more blank (empty or
 * whitespace-only) lines. Spans exclude the surrounding blank lines and the final line break.
 */
public final class Paragraphs {
    private Paragraphs() {
    }

    public static List<Span> of(TextIndex index) {
        String text = index.text();
        List<Span> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int line = 0; line < index.lineCount(); line++) {
            Span span = index.line(line);
            if (isBlank(text, span)) {
                if (start >= 0) {
                    paragraphs.add(new Span(start, end));
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = span.start();
                }
                end = span.end();
            }
        }
        if (start >= 0) {
            paragraphs.add(new Span(start, end));
        }
        return paragraphs;
    }

    static boolean isBlank(String text, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
