package dev.mtqa.rule.encoding;

import dev.mtqa.input.Document;
import dev.mtqa.text.RareCharacters;

import java.util.List;

/**
 * Which characters of a text belong to a mojibake repair, so that the rules for single characters
 * (no-break spaces, C1 controls) leave them to {@link MojibakeRule}: in "Ã\u00a0" the no-break space
 * is the second byte of "à", and in "â\u0080\u009c" the controls are bytes of "“". The search runs
 * once per document, and only if asked.
 */
final class MojibakeCover {
    private final String text;
    private final RareCharacters rare;
    private List<Mojibake.Repair> repairs;

    MojibakeCover(Document document) {
        this.text = document.text();
        this.rare = document.rareCharacters();
    }

    /** True if the character at {@code index} lies inside a mojibake repair. */
    boolean covers(int index) {
        if (repairs == null) {
            repairs = Mojibake.find(text, rare);
        }
        // Repairs are sorted and disjoint: find the last one starting at or before index.
        int lo = 0;
        int hi = repairs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (repairs.get(mid).start() <= index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && index < repairs.get(lo - 1).end();
    }
}
