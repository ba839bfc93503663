package dev.mtqa.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream of work items on a pool of worker threads and hands the results to a consumer on
 * the calling thread, in input order. At most {@code window} items are in flight, so memory is
 * bounded by the window, not by the number of inputs; a slow item holds back output but not work
 * on the items behind it, up to the window.
 */
public final class OrderedParallelRunner {
    private final int jobs;
    private final int window;

    public OrderedParallelRunner(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        this.jobs = jobs;
        this.window = jobs * 4;
    }

    public <I, R> void run(Iterator<I> items, Function<I, R> work, Consumer<R> consumer) {
        if (jobs == 1) {
            items.forEachRemaining(item -> consumer.accept(work.apply(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, new WorkerThreads());
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            while (items.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && items.hasNext()) {
                    I item = items.next();
                    inFlight.add(pool.submit(() -> work.apply(item)));
                }
                consumer.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
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
