package dev.mtqa.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** A set of half-open intervals, merged and sorted, that answers "does [start, end) touch any?" in log time. */
final class SpanSet {
    private final int[] starts;
    private final int[] ends;

    SpanSet(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(s -> s[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : sorted) {
            if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        starts = merged.stream().mapToInt(s -> s[0]).toArray();
        ends = merged.stream().mapToInt(s -> s[1]).toArray();
    }

    /** True when [start, end) shares at least one position with a span of the set. */
    boolean overlaps(int start, int end) {
        int i = Arrays.binarySearch(starts, end);
        int candidate = (i >= 0 ? i : -i - 1) - 1; // last span starting before end
        return candidate >= 0 && ends[candidate] > start && start < end;
    }
}
