package dev.mtqa.corpus;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedCountsTest {

    @Test
    void exactWhileTheKeysFit() {
        BoundedCounts counts = new BoundedCounts(100);
        for (int i = 0; i < 100; i++) {
            counts.add(i, i + 1);
        }
        assertThat(counts.error()).isZero();
        assertThat(counts.get(41)).isEqualTo(42);
        assertThat(counts.get(1000)).isZero();
    }

    @Test
    void pastCapacityCountsAreLowerBoundsWithinTheErrorAndFrequentKeysSurvive() {
        BoundedCounts counts = new BoundedCounts(1000);
        Map<Long, Integer> truth = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            // A few keys are frequent (template lines); most occur once or twice (article lines).
            long key = random.nextInt(10) == 0 ? random.nextInt(20) : 1000 + random.nextInt(150_000);
            counts.add(key, 1);
            truth.merge(key, 1, Integer::sum);
        }
        assertThat(counts.size()).isLessThanOrEqualTo(1000);
        assertThat(counts.error()).isPositive();
        for (Map.Entry<Long, Integer> e : truth.entrySet()) {
            int estimate = counts.get(e.getKey());
            assertThat(estimate).isLessThanOrEqualTo(e.getValue());
            assertThat(estimate).isGreaterThanOrEqualTo((int) (e.getValue() - counts.error()));
        }
        for (long frequent = 0; frequent < 20; frequent++) {
            assertThat(counts.get(frequent)).as("frequent key %d", frequent).isPositive();
        }
    }

    @Test
    void theRepeatedCopyKeepsEveryCountOfTwoOrMoreAndTheError() {
        BoundedCounts counts = new BoundedCounts(50);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 5_000; i++) {
            counts.add(random.nextInt(20) == 0 ? random.nextInt(5) : 100 + random.nextInt(2_000), 1);
        }
        assertThat(counts.error()).isPositive();
        BoundedCounts repeated = counts.repeated();
        assertThat(repeated.error()).isEqualTo(counts.error());
        for (long key = 0; key < 2_100; key++) {
            int count = counts.get(key);
            assertThat(repeated.get(key)).as("key %d", key).isEqualTo(count >= 2 ? count : 0);
        }
        assertThat(repeated.size()).isLessThan(counts.size());
    }
}
