package dev.mtqa.rule;

import dev.mtqa.text.Span;

/**
 * A suggested edit as a rule sees it: UTF-16 indices into the document's text. The engine turns
 * it into a {@link dev.mtqa.finding.Fix} with code point offsets.
 *
 * @param safe true when applying it blindly cannot lose meaning; see {@link dev.mtqa.finding.Fix}
 */
public record Edit(int start, int end, String replacement, boolean safe) {
    public static final boolean SAFE = true;
    public static final boolean REVIEW = false;

    public static Edit replace(Span span, String replacement, boolean safe) {
        return new Edit(span.start(), span.end(), replacement, safe);
    }

    public static Edit delete(Span span, boolean safe) {
        return new Edit(span.start(), span.end(), "", safe);
    }
}
