package dev.mtqa.rule.grammar;

import org.languagetool.rules.patterns.PatternToken;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One pattern token's part-of-speech condition ({@code postag}, {@code postag_regexp},
 * {@code negate_pos}) and what it says of each kind of reading ({@link TagNumbers}).
 *
 * <p>LanguageTool matches a pattern token against a reading only if this condition holds for the
 * reading ({@code PatternToken.isMatched} joins it with the text condition by "and"), so a
 * sentence none of whose readings satisfies it cannot match the token. The answers are
 * LanguageTool's own: its condition object is put into an otherwise empty pattern token and asked
 * about one reading of each kind ({@link TagNumbers#SHARED}), once per kind for the whole run, then
 * kept as bits.
 *
 * <p>Shared by all threads: the answers are an immutable snapshot that a thread replaces with a
 * larger one when a sentence holds kinds not asked about yet. Two threads doing that at once may
 * each lose the other's new answers, which are then asked again; no answer is ever wrong.
 */
final class PosCondition {
    private static final Field POS_TOKEN = PrivateFields.find(PatternToken.class, "posToken");
    /**
     * By LanguageTool's condition object (which has identity equality): its rule loader already
     * gives every token with the same postag, regexp and negate_pos flags one shared object.
     */
    private static final Map<PatternToken.PosToken, PosCondition> SHARED = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNT = new AtomicInteger();

    /**
     * Which kinds have been asked about, and for which the condition holds, as bit sets in the form of
     * {@link TagNumbers.InSentence}. Never changed once published.
     */
    private record Answers(long[] asked, long[] holds) {
        static final Answers NONE = new Answers(new long[TagNumbers.WORDS], new long[TagNumbers.WORDS]);
    }

    /** A pattern token with no text condition and this POS condition: {@code isMatched} tests only it. */
    private final PatternToken condition;
    /** Numbers the conditions from 0, for tables of what each says of one sentence ({@link TokenPositions}). */
    private final int number = COUNT.getAndIncrement();
    private volatile Answers answers = Answers.NONE;

    private PosCondition(PatternToken condition) {
        this.condition = condition;
    }

    /** This condition's number: from 0 up, one per condition of the process. */
    int number() {
        return number;
    }

    /** Whether this class can read LanguageTool's conditions at all (a private field of its pattern tokens). */
    static boolean available() {
        return POS_TOKEN != null;
    }

    /**
     * The POS condition of {@code token}, shared with every token of the same condition object, or
     * null when it has none.
     */
    static PosCondition of(PatternToken token) throws IllegalAccessException {
        if (token.getPOStag() == null) {
            return null;
        }
        Object pos = POS_TOKEN.get(token);
        if (!(pos instanceof PatternToken.PosToken posToken)) {
            return null;
        }
        return SHARED.computeIfAbsent(posToken, k -> {
            PatternToken condition = new PatternToken("", false, false, false);
            condition.setPosToken(posToken);
            return new PosCondition(condition);
        });
    }

    /** Whether the condition holds for at least one reading of a sentence with these kinds. */
    boolean holdsForSome(TagNumbers.InSentence kinds) {
        if (kinds.undecided()) {
            return true;
        }
        long[] holds = holds(kinds);
        for (int i = 0; i < TagNumbers.WORDS; i++) {
            if ((kinds.word(i) & holds[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kinds the condition holds for, as bits in the form of {@link TagNumbers.InSentence}, right
     * for every kind of a sentence with {@code kinds} (decided ones) and perhaps for others. Not to
     * be changed.
     */
    long[] holds(TagNumbers.InSentence kinds) {
        Answers a = answers;
        for (int i = 0; i < TagNumbers.WORDS; i++) {
            if ((kinds.word(i) & ~a.asked()[i]) != 0) {
                return ask(a, kinds).holds();
            }
        }
        return a.holds();
    }

    /** {@code known} and the answers for the kinds of {@code kinds} not asked about yet, published. */
    private Answers ask(Answers known, TagNumbers.InSentence kinds) {
        long[] asked = known.asked().clone();
        long[] holds = known.holds().clone();
        for (int i = 0; i < TagNumbers.WORDS; i++) {
            long fresh = kinds.word(i) & ~asked[i];
            holds[i] |= holdsFor(fresh, 64 * i);
            asked[i] |= fresh;
        }
        Answers more = new Answers(asked, holds);
        answers = more;
        return more;
    }

    /** The kinds among {@code bits} (kind {@code offset + i} at bit i) for which the condition holds. */
    private long holdsFor(long bits, int offset) {
        long holds = 0;
        for (long rest = bits; rest != 0; rest &= rest - 1) {
            int bit = Long.numberOfTrailingZeros(rest);
            if (condition.isMatched(TagNumbers.SHARED.example(offset + bit))) {
                holds |= 1L << bit;
            }
        }
        return holds;
    }
}
