package dev.mtqa.rule.boilerplate;

import dev.mtqa.text.AsciiWordMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the markers of the boilerplate phrase list ({@code ...subscribe to our Telegram channel...})
 * in a {@link PhraseList#normalise normalised} sentence: words joined by single spaces.
 *
 * <p>A marker counts only as whole words, so it can only begin where a word begins. The sentence
 * is therefore read word by word, and each word is looked up among the markers' first words
 * ({@link AsciiWordMap}: most words are turned away after reading three of their letters);
 * only a word that begins some marker is compared with the markers that begin with it. Of the
 * markers found, the longest as written says best what the sentence is; of equally long ones,
 * the first in the sentence.
 *
 * <p>Why not an Aho–Corasick automaton, which this replaced: it walks every character through its
 * transition table, and with a few dozen markers that walk was 6 % of a whole {@code --no-grammar}
 * run, several times what reading the words costs. Immutable; safe to share between threads.
 */
final class MarkerIndex {
    /** A marker: its normalised form, and the marker as written in the list. */
    private record Entry(String key, String marker) {
    }

    /** First word of the normalised marker → the markers beginning with it, longest as written first. */
    private final AsciiWordMap<Entry[]> byFirstWord;
    private final int size;

    /** {@code markers}: normalised marker → the marker as written. */
    MarkerIndex(Map<String, String> markers) {
        Map<String, List<Entry>> grouped = new HashMap<>();
        for (Map.Entry<String, String> e : markers.entrySet()) {
            String key = e.getKey();
            int space = key.indexOf(' ');
            String first = space < 0 ? key : key.substring(0, space);
            grouped.computeIfAbsent(first, w -> new ArrayList<>()).add(new Entry(key, e.getValue()));
        }
        Comparator<Entry> longestFirst = Comparator.comparingInt((Entry m) -> m.marker().length()).reversed()
                .thenComparing(Entry::key);
        Map<String, Entry[]> table = new HashMap<>();
        grouped.forEach((first, entries) -> table.put(first, entries.stream().sorted(longestFirst).toArray(Entry[]::new)));
        this.byFirstWord = new AsciiWordMap<>(table);
        this.size = markers.size();
    }

    int size() {
        return size;
    }

    /** The marker that occurs as whole words in the normalised text {@code key}, or null. */
    String find(String key) {
        String best = null;
        int length = key.length();
        for (int start = 0; start < length; ) {
            int end = key.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            Entry[] candidates = byFirstWord.get(key, start, end, false);
            if (candidates != null) {
                for (Entry candidate : candidates) {
                    if (best != null && candidate.marker().length() <= best.length()) {
                        break;
                    }
                    if (occursAt(key, start, candidate.key())) {
                        best = candidate.marker();
                        break;
                    }
                }
            }
            start = end + 1;
        }
        return best;
    }

    /** True when {@code marker} is in {@code key} at {@code start} and ends where a word ends. */
    private static boolean occursAt(String key, int start, String marker) {
        int end = start + marker.length();
        return end <= key.length() && (end == key.length() || key.charAt(end) == ' ')
                && key.regionMatches(start, marker, 0, marker.length());
    }
}
