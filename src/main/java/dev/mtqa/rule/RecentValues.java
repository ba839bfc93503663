package dev.mtqa.rule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values of the last {@code capacity} keys asked for, computed on a miss; the least recently
 * used is dropped first. For rules whose costly step sees the same few inputs over and over across
 * a corpus (the same names, the same page strings). Not thread-safe: keep one per thread, or guard it.
 *
 * @param <K> the keys
 * @param <V> the values
 */
public final class RecentValues<K, V> {
    private final Function<K, V> compute;
    private final Map<K, V> recent;

    public RecentValues(int capacity, Function<K, V> compute) {
        this.compute = compute;
        this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value of {@code key}: remembered, or computed now and remembered. */
    public V get(K key) {
        return recent.computeIfAbsent(key, compute);
    }
}
