package dev.mtqa.finding;

/**
 * A suggested edit: replace the code points {@code [start, end)} of the document's text with
 * {@code replacement}. A fix is data, never an action; the fixer decides what to apply.
 *
 * <p>The span usually equals the finding's span, but need not: deleting a boilerplate line also
 * deletes its line break.
 *
 * @param safe true when applying the fix blindly cannot lose meaning (whitespace, encoding repair,
 *             house-style spelling, deleting a UI string); false when a person should review it
 */
public record Fix(int start, int end, String replacement, boolean safe) {
    public Fix {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad fix span [" + start + ", " + end + ")");
        }
        if (replacement == null) {
            throw new IllegalArgumentException("replacement must not be null");
        }
    }
}
