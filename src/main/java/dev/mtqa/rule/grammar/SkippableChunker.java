package dev.mtqa.rule.grammar;

import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.chunking.Chunker;

import java.util.List;
import java.util.function.Supplier;

/**
 * Wraps a {@link Language}'s phrase chunkers so that one thread's checks can go without them
 * while every other check in the process keeps them.
 *
 * <p>LanguageTool asks the {@code Language} for its chunkers on every sentence, and a
 * {@code Language} is one object per process (LanguageTool refuses a second {@code AmericanEnglish}),
 * so simply switching its chunkers off would change the results of every other
 * {@code JLanguageTool} in the JVM. The wrapper passes each call on to the real chunker unless
 * the calling thread is inside {@link #skipping}.
 */
final class SkippableChunker implements Chunker {
    private static final ThreadLocal<Boolean> SKIPPING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final Chunker chunker;

    private SkippableChunker(Chunker chunker) {
        this.chunker = chunker;
    }

    @Override
    public void addChunkTags(List<AnalyzedTokenReadings> tokenReadings) {
        if (!SKIPPING.get()) {
            chunker.addChunkTags(tokenReadings);
        }
    }

    /** Wraps both of the language's chunkers, once; later calls find them wrapped. */
    static void installOn(Language language) {
        synchronized (language) {
            Chunker chunker = language.getChunker();
            if (chunker != null && !(chunker instanceof SkippableChunker)) {
                language.setChunker(new SkippableChunker(chunker));
            }
            Chunker after = language.getPostDisambiguationChunker();
            if (after != null && !(after instanceof SkippableChunker)) {
                language.setPostDisambiguationChunker(new SkippableChunker(after));
            }
        }
    }

    /**
     * Runs {@code work} on this thread with the chunkers of every language passed to
     * {@link #installOn} skipped. Sentences then carry no chunk tags, as for a language that has
     * no chunker.
     */
    static <T> T skipping(Supplier<T> work) {
        boolean before = SKIPPING.get();
        SKIPPING.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            SKIPPING.set(before);
        }
    }
}
