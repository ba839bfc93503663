package dev.mtqa.rule.grammar;

import org.languagetool.ResultCache;
import org.languagetool.SelectiveResultCache;

import java.util.List;
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
 * <p>It is a {@link ResultCache} whose two {@code put}s, the only way LanguageTool stores a
 * sentence's analysis or its matches, pass {@link #keeps} first ({@link SelectiveResultCache}, in
 * LanguageTool's package, whose sentence types are package-private). Deciding before LanguageTool's
 * own {@code put} runs spares its copy of every match of every sentence, which it made before
 * the store could refuse it, and the spelling suggestions that copy computed for matches mtqa
 * then drops as names; until stop 29 the cache's private stores were wrapped by reflection
 * instead, after that copy (full check on 1 MB with one job: LanguageTool's {@code put} was 3 % of
 * the checking thread's samples, most of it suggestions that mtqa's report computes anyway, and
 * 0.1 % after; about 0.7 % of the thread saved).
 */
final class RepeatedSentenceCache {
    private final ResultCache cache;
    private final ThreadLocal<List<String>> repeatedLines = ThreadLocal.withInitial(List::of);

    private RepeatedSentenceCache(int sentences) {
        this.cache = new SelectiveResultCache(sentences, this::keeps);
    }

    /** A cache of up to about {@code sentences} sentences (LanguageTool's measure of its size). */
    static RepeatedSentenceCache of(int sentences) {
        return new RepeatedSentenceCache(sentences);
    }

    /** What LanguageTool is given. */
    ResultCache resultCache() {
        return cache;
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
}
