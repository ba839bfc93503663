package dev.mtqa.rule.grammar;

import java.util.Arrays;

/**
 * The answers already given at one word, by the number of the candidates' last two tags: a
 * beam's worth at most, so a short array searched in order beats a map (and boxes no keys).
 */
final class KeptAnswers {
    private int[] pairs = new int[4];
    private Questions.Answer[] answers = new Questions.Answer[4];
    private int size;

    /** The answer kept for {@code pair}, or null. */
    Questions.Answer get(int pair) {
        for (int k = 0; k < size; k++) {
            if (pairs[k] == pair) {
                return answers[k];
            }
        }
        return null;
    }

    /** Keeps {@code answer} for {@code pair} and returns it. */
    Questions.Answer put(int pair, Questions.Answer answer) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
            answers = Arrays.copyOf(answers, size * 2);
        }
        pairs[size] = pair;
        answers[size++] = answer;
        return answer;
    }

    /** Forgets every answer: the search has moved to the next word. */
    void clear() {
        Arrays.fill(answers, 0, size, null);
        size = 0;
    }
}
