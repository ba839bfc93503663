package dev.mtqa.rule.grammar;

import com.google.common.cache.Cache;
import com.google.common.cache.ForwardingCache;
import org.languagetool.ResultCache;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * LanguageTool's result cache, keeping only the sentences that can come again: those inside a
 * line that the text being checked has been told repeats ({@link #checking}) - a line another
 * document of the corpus holds too, or this document twice (syndicated copy, a quote reprinted,
 * a headline printed twice).
 *
 * <p>Why: LanguageTool caches every sentence it checks, its whole analysis (some 30 KB) and its
 * matches. In a corpus nearly every sentence is checked once, so the cache held nothing but
 * garbage that outlived a young collection: each one copied those sentences to the survivor space
 * and on to the old generation, which filled and was collected whole every 15 s (full check,
 * 1,200 benchmark documents, two jobs, {@code -Xmx1g}: 2.4 s of pauses in a 36 s run with the
 * cache, 0.7 s without; 0.95 of the wall and CPU time and 0.79 of the peak memory without it,
 * same findings). Sentences that do repeat are the ones worth keeping, and they are known: the
 * corpus profile counts the documents of every line.
 *
 * <p>The cache's two stores (sentence analyses and matches) are LanguageTool's private fields,
 * keyed by classes it does not export; each is wrapped so that what it is given to keep passes
 * {@link #keeps} first. Should an upgrade rename them, the cache keeps everything, as
 * LanguageTool's own does (and a test fails).
 */
final class RepeatedSentenceCache {
    private final ResultCache cache;
    private final boolean selective;
    private final ThreadLocal<List<String>> repeatedLines = ThreadLocal.withInitial(List::of);

    private RepeatedSentenceCache(int sentences) {
        this.cache = new ResultCache(sentences);
        Field analyses = storeField("sentenceCache");
        Field matches = storeField("matchesCache");
        this.selective = analyses != null && matches != null && wrap(analyses) && wrap(matches);
    }

    /** A cache of up to about {@code sentences} sentences (LanguageTool's measure of its size). */
    static RepeatedSentenceCache of(int sentences) {
        return new RepeatedSentenceCache(sentences);
    }

    /** What LanguageTool is given. */
    ResultCache resultCache() {
        return cache;
    }

    /** True when only the sentences of repeated lines are kept (LanguageTool's fields were found). */
    boolean selective() {
        return selective;
    }

    /**
     * Runs {@code check} on this thread with {@code lines} as the text's repeated lines: a sentence
     * LanguageTool analyses meanwhile is kept only if one of them contains it.
     */
    <T> T checking(List<String> lines, Supplier<T> check) {
        repeatedLines.set(lines);
        try {
            return check.get();
        } finally {
            repeatedLines.set(List.of());
        }
    }

    /**
     * True when the sentence LanguageTool would keep (its cache keys' text is the sentence's) lies
     * inside one of this thread's repeated lines. Outside {@link #checking} nothing is kept.
     */
    boolean keeps(Object key) {
        List<String> lines = repeatedLines.get();
        if (lines.isEmpty()) {
            return false;
        }
        String sentence = key.toString().strip();
        if (sentence.isEmpty()) {
            return false;
        }
        for (String line : lines) {
            if (line.contains(sentence)) {
                return true;
            }
        }
        return false;
    }

    /** The result cache's store {@code name}, if it is a Guava cache as in LanguageTool 6.8. */
    private static Field storeField(String name) {
        Field field = PrivateFields.find(ResultCache.class, name);
        return field != null && field.getType() == Cache.class ? field : null;
    }

    private boolean wrap(Field field) {
        try {
            @SuppressWarnings("unchecked") // LanguageTool's own cache, given back with the same types
            Cache<Object, Object> own = (Cache<Object, Object>) field.get(cache);
            field.set(cache, new Keeping(own));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** One of LanguageTool's stores, given only what {@link #keeps} accepts. */
    private final class Keeping extends ForwardingCache<Object, Object> {
        private final Cache<Object, Object> own;

        Keeping(Cache<Object, Object> own) {
            this.own = own;
        }

        @Override
        protected Cache<Object, Object> delegate() {
            return own;
        }

        @Override
        public void put(Object key, Object value) {
            if (keeps(key)) {
                own.put(key, value);
            }
        }

        @Override
        public void putAll(Map<?, ?> entries) {
            entries.forEach(this::put);
        }
    }
}
