package dev.mtqa.rule.grammar;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The beam's threshold without sorting is OpenNLP's sorted-copy threshold, bit for bit. */
class QuestionsTest {
    @Test
    void theLeastKeptScoreIsTheSortedCopysOwn() {
        Random random = new Random(9);
        // Ties, zeros of both signs, infinities and NaN beside ordinary probabilities.
        double[] odd = {0.0, -0.0, 1.0, 0.5, 0.5, Double.NaN, Double.MIN_VALUE, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e-300};
        for (int round = 0; round < 20_000; round++) {
            double[] scores = new double[1 + random.nextInt(50)];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = random.nextInt(4) == 0 ? odd[random.nextInt(odd.length)] : random.nextDouble();
            }
            int beam = 1 + random.nextInt(12);
            double[] sorted = scores.clone();
            Arrays.sort(sorted);
            double expected = sorted[Math.max(0, scores.length - beam)];
            assertThat(Double.doubleToRawLongBits(Questions.Answer.least(scores, beam)))
                    .as("%s, beam %d", Arrays.toString(scores), beam)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }
}
