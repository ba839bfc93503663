package dev.mtqa.corpus;

import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectIterator;

import java.util.function.LongConsumer;

/**
 * Counts per 64-bit key in bounded memory. Exact while there are at most {@code capacity}
 * distinct keys; past that, the summary of Misra and Gries: when the table is full, the smallest
 * counts are subtracted from every count and the keys that reach zero are dropped, freeing at
 * least a tenth of the table. Every count is then a lower bound, short by at most {@link #error()}
 * (the sum of all subtractions, itself at most the number of additions divided by a tenth of the
 * capacity); keys that occur often are never lost. Not thread-safe.
 */
final class BoundedCounts {
    private final int capacity;
    private final Long2IntOpenHashMap counts;
    private long error;

    BoundedCounts(int capacity) {
        this(capacity, new Long2IntOpenHashMap(Math.min(capacity, 1024)), 0);
    }

    private BoundedCounts(int capacity, Long2IntOpenHashMap counts, long error) {
        this.capacity = capacity;
        this.counts = counts;
        this.error = error;
    }

    /**
     * A copy with only the keys counted twice or more (the others then count 0), short by the same
     * {@link #error()}. Most lines and names of a corpus occur once (of the 100 MB benchmark
     * corpus's 441,000 distinct lines, about 5,300 repeat): the copy stays in the processor's
     * caches while every line of every document is looked up in it, and the full table can go.
     */
    BoundedCounts repeated() {
        Long2IntOpenHashMap kept = new Long2IntOpenHashMap();
        for (Long2IntMap.Entry e : counts.long2IntEntrySet()) {
            if (e.getIntValue() >= 2) {
                kept.put(e.getLongKey(), e.getIntValue());
            }
        }
        kept.trim();
        return new BoundedCounts(Math.max(1, kept.size()), kept, error);
    }

    void add(long key, int n) {
        // One probe of the table while it has room (addTo inserts a missing key with n): the
        // profile adds every line of every document, and at a million lines the table is far
        // larger than the processor's caches, so each probe is a trip to memory.
        if (counts.size() >= capacity && !counts.containsKey(key)) {
            purge();
        }
        counts.addTo(key, n);
    }

    /** Calls {@code action} with every key counted, in no particular order. */
    void forEachKey(LongConsumer action) {
        counts.keySet().forEach(action);
    }

    /** The count of {@code key}: exact while {@link #error()} is 0, else a lower bound. */
    int get(long key) {
        return counts.get(key);
    }

    /** How much any count may fall short of the truth; 0 means every count is exact. */
    long error() {
        return error;
    }

    int size() {
        return counts.size();
    }

    /** Subtracts the smallest t from every count such that at least a tenth of the keys reach zero. */
    private void purge() {
        int[] histogram = new int[65];
        for (Long2IntMap.Entry e : counts.long2IntEntrySet()) {
            histogram[Math.min(64, e.getIntValue())]++;
        }
        int target = Math.max(1, capacity / 10);
        int t = 0;
        int freed = 0;
        while (t < 64 && freed < target) {
            t++;
            freed += histogram[t];
        }
        ObjectIterator<Long2IntMap.Entry> it = counts.long2IntEntrySet().iterator();
        while (it.hasNext()) {
            Long2IntMap.Entry e = it.next();
            int left = e.getIntValue() - t;
            if (left <= 0) {
                it.remove();
            } else {
                e.setValue(left);
            }
        }
        error += t;
    }
}
