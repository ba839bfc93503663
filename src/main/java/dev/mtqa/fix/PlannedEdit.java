package dev.mtqa.fix;

import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Fix;

/** A fix chosen for a finding, with code point offsets into the text it was found in. */
public record PlannedEdit(Finding finding, Fix fix) {

    /** True when the two edits cannot both be applied: their spans overlap, or both insert at one point. */
    boolean conflictsWith(PlannedEdit other) {
        int s1 = fix.start();
        int e1 = fix.end();
        int s2 = other.fix.start();
        int e2 = other.fix.end();
        if (s1 == e1 && s2 == e2) {
            return s1 == s2;
        }
        if (s1 == e1) {
            return s1 > s2 && s1 < e2;
        }
        if (s2 == e2) {
            return s2 > s1 && s2 < e1;
        }
        return s1 < e2 && s2 < e1;
    }
}
