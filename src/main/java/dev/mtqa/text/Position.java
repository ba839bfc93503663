package dev.mtqa.text;

/** A 1-based line and a 1-based column counted in code points. */
public record Position(int line, int column) {
}
