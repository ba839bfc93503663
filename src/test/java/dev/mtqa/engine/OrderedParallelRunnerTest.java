package dev.mtqa.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderedParallelRunnerTest {
    private static List<Integer> numbers(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void resultsComeInInputOrderWhateverTheJobsAndHowLongEachItemTakes() {
        for (int jobs = 1; jobs <= 3; jobs++) {
            Random random = new Random(jobs);
            List<Integer> sleeps = IntStream.range(0, 300).map(i -> random.nextInt(3)).boxed().toList();
            List<Integer> out = new ArrayList<>();
            new OrderedParallelRunner(jobs).run(numbers(300).iterator(), i -> i % 7, i -> {
                sleep(sleeps.get(i));
                return i * 2;
            }, out::add);
            assertThat(out).as("%d jobs", jobs).isEqualTo(numbers(300).stream().map(i -> i * 2).toList());
        }
    }

    @Test
    void itemsAreSharedAmongTheWorkersAndResultsHandedOnOnTheCallingThread() {
        java.util.Set<String> workers = ConcurrentHashMap.newKeySet();
        List<String> consumers = new ArrayList<>();
        new OrderedParallelRunner(2).run(numbers(400).iterator(), i -> 0, i -> {
            workers.add(Thread.currentThread().getName());
            sleep(1);
            return i;
        }, i -> consumers.add(Thread.currentThread().getName()));
        assertThat(workers).hasSize(2).allMatch(name -> name.startsWith("mtqa-worker-"));
        assertThat(consumers).hasSize(400).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void itemsInFlightAreBoundedByTheWindowOfBatches() {
        // Items read from the input but not yet handed on: never more than the window of full batches.
        AtomicInteger read = new AtomicInteger();
        AtomicInteger handedOn = new AtomicInteger();
        int[] most = {0};
        Iterator<Integer> counted = new Iterator<>() {
            private final Iterator<Integer> items = numbers(2_000).iterator();

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Integer next() {
                most[0] = Math.max(most[0], read.incrementAndGet() - handedOn.get());
                return items.next();
            }
        };
        new OrderedParallelRunner(2).run(counted, i -> 0, i -> i, i -> handedOn.incrementAndGet());
        assertThat(handedOn).hasValue(2_000);
        assertThat(most[0]).isLessThanOrEqualTo(2 * 4 * OrderedParallelRunner.BATCH_ITEMS);
    }

    @Test
    void aBatchClosesAtItsSizeOrOnceItsItemsWeighEnough() {
        Iterator<Integer> light = numbers(70).iterator();
        assertThat(OrderedParallelRunner.nextBatch(light, i -> 1, 32)).hasSize(32);
        Iterator<Integer> heavy = numbers(70).iterator();
        long third = OrderedParallelRunner.BATCH_WEIGHT / 3 + 1;
        assertThat(OrderedParallelRunner.nextBatch(heavy, i -> third, 32)).containsExactly(0, 1, 2);
        assertThat(OrderedParallelRunner.nextBatch(heavy, i -> OrderedParallelRunner.BATCH_WEIGHT, 32)).containsExactly(3);
        Iterator<Integer> few = numbers(5).iterator();
        assertThat(OrderedParallelRunner.nextBatch(few, i -> 0, 32)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void batchesStartWithOneItemAndGrowEachRoundUpToTheLargest() {
        assertThat(IntStream.range(0, 8).map(b -> OrderedParallelRunner.batchSize(b, 2)))
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4);
        assertThat(OrderedParallelRunner.batchSize(10_000, 2)).isEqualTo(OrderedParallelRunner.BATCH_ITEMS);
    }

    @Test
    void aFewSlowItemsAreSharedAmongTheWorkers() {
        // Ten files of a CI drop: both workers must take some, not one batch of ten.
        java.util.Set<String> workers = ConcurrentHashMap.newKeySet();
        new OrderedParallelRunner(2).run(numbers(10).iterator(), i -> 0, i -> {
            workers.add(Thread.currentThread().getName());
            sleep(20);
            return i;
        }, i -> { });
        assertThat(workers).hasSize(2);
    }

    @Test
    void aFailingItemFailsTheRunWithItsOwnException() {
        assertThatThrownBy(() -> new OrderedParallelRunner(2).run(numbers(100).iterator(), i -> 0, i -> {
            if (i == 57) {
                throw new IllegalArgumentException("item 57");
            }
            return i;
        }, i -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("item 57");
    }

    private static void sleep(int millis) {
        if (millis == 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
