package dev.mtqa.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Maps a stream of work items on a pool of worker threads and hands the results to a consumer on
 * the calling thread, in input order. Items go to the workers in batches, and at most
 * {@code window} batches are in flight, so memory is bounded by the window, not by the number of
 * inputs; a slow item holds back output but not work on the batches behind it, up to the window.
 *
 * <p>Why batches: with one item per task, the calling thread waited on each result in turn and
 * a worker woke it for each, two trips through the kernel per document; on a corpus of short
 * articles that was a tenth of a two-job {@code --no-grammar} run. A batch closes at its size or
 * once its items hold {@link #BATCH_WEIGHT} of weight (bytes already read, say), so that a corpus
 * of huge records keeps few of them in memory at once. The first batches hold one item each and
 * later ones grow, one item per round of batches, up to {@link #BATCH_ITEMS}: a run over a handful
 * of files still shares them among the workers.
 */
public final class OrderedParallelRunner {
    /** The most items in one batch. */
    static final int BATCH_ITEMS = 32;
    /** A batch closes once its items weigh this much. */
    static final long BATCH_WEIGHT = 256 * 1024;

    private final int jobs;
    private final int window;

    public OrderedParallelRunner(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        this.jobs = jobs;
        this.window = jobs * 4;
    }

    /** Runs every item as a batch of its own: for work that takes long on each item. */
    public <I, R> void run(Iterator<I> items, Function<I, R> work, Consumer<R> consumer) {
        run(items, item -> BATCH_WEIGHT, work, consumer);
    }

    /** Runs the items in batches closed by count or by the {@code weight} of their items. */
    public <I, R> void run(Iterator<I> items, ToLongFunction<? super I> weight, Function<I, R> work,
                           Consumer<R> consumer) {
        if (jobs == 1) {
            items.forEachRemaining(item -> consumer.accept(work.apply(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, new WorkerThreads());
        try {
            Deque<Future<List<R>>> inFlight = new ArrayDeque<>();
            int batches = 0;
            while (items.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && items.hasNext()) {
                    List<I> batch = nextBatch(items, weight, batchSize(batches, jobs));
                    // Counted only until batches are full-size, so the count never overflows.
                    batches = Math.min(batches + 1, BATCH_ITEMS * jobs);
                    inFlight.add(pool.submit(() -> {
                        List<R> results = new ArrayList<>(batch.size());
                        for (I item : batch) {
                            results.add(work.apply(item));
                        }
                        return results;
                    }));
                }
                await(inFlight.poll()).forEach(consumer);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many items batch number {@code batch} (from 0) may hold: one more each round of {@code jobs} batches. */
    static int batchSize(int batch, int jobs) {
        return Math.min(BATCH_ITEMS, 1 + batch / jobs);
    }

    /** The next items, up to {@code size} of them, or fewer once they weigh {@link #BATCH_WEIGHT}. */
    static <I> List<I> nextBatch(Iterator<I> items, ToLongFunction<? super I> weight, int size) {
        List<I> batch = new ArrayList<>(size);
        long weighed = 0;
        while (batch.size() < size && weighed < BATCH_WEIGHT && items.hasNext()) {
            I item = items.next();
            batch.add(item);
            weighed += weight.applyAsLong(item);
        }
        return batch;
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Daemon threads named for thread dumps, so a stuck run shows where it is. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "mtqa-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
