package dev.mtqa.rule.grammar;

import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.Prior;
import opennlp.tools.ml.model.UniformPrior;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Evaluates an OpenNLP maximum-entropy model (a {@link GISModel} of OpenNLP 1.9.4) exactly as its
 * own {@code eval} does, but in three steps, so that a caller can look features up once and sum
 * a prefix of them once for many questions.
 *
 * <p>{@code GISModel.eval} looks each feature name up, sets every outcome to the prior's log
 * probability, adds each known feature's weights in the order of the features, then takes
 * {@code StrictMath.exp} of every sum and divides by their total. This class does the same
 * arithmetic in the same order ({@link #start}, {@link #add}, {@link #finish}); since Java's
 * floating point is strict, the answers are the same to the last bit (a test compares them on
 * thousands of feature sets). Two questions whose first features are the same may therefore
 * share the sums of those features: {@code add} them once, copy, and add the rest to each copy.
 *
 * <p>Only for a model whose prior is uniform (the prior does not read the features; every model
 * OpenNLP reads from a file has one); {@link #of} declines any other model.
 * Immutable and safe to share between threads.
 */
final class GisScorer {
    private final Map<String, Context> features;
    private final Prior prior;
    private final int outcomes;

    private GisScorer(Map<String, Context> features, Prior prior, int outcomes) {
        this.features = features;
        this.prior = prior;
        this.outcomes = outcomes;
    }

    /**
     * A scorer for {@code model}, or null when it is not a {@link GISModel} with a uniform prior,
     * or its parts cannot be read (another OpenNLP version): then ask the model itself.
     */
    @SuppressWarnings("unchecked")
    static GisScorer of(MaxentModel model) {
        if (model == null || model.getClass() != GISModel.class) {
            return null;
        }
        try {
            Object[] parts = ((GISModel) model).getDataStructures();
            Field field = AbstractModel.class.getDeclaredField("prior");
            field.setAccessible(true);
            if (parts.length < 2 || !(parts[1] instanceof Map<?, ?> map)
                    || !(field.get(model) instanceof UniformPrior uniform)) {
                return null;
            }
            return new GisScorer((Map<String, Context>) map, uniform, model.getNumOutcomes());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The model's weights for a feature, or null for a feature it never saw (which adds nothing). */
    Context feature(String name) {
        return features.get(name);
    }

    /** Calls {@code action} with the name and weights of every feature the model knows. */
    void forEachFeature(BiConsumer<String, Context> action) {
        features.forEach(action);
    }

    /** The weights of each of {@code names}, in order. */
    Context[] features(String[] names) {
        Context[] found = new Context[names.length];
        for (int i = 0; i < names.length; i++) {
            found[i] = features.get(names[i]);
        }
        return found;
    }

    /** New sums, one per outcome, before any feature: the prior's log probabilities. */
    double[] start() {
        double[] sums = new double[outcomes];
        prior.logPrior(sums, (Context[]) null, null);
        return sums;
    }

    /** Adds the weights of {@code found} to {@code sums}, feature by feature, as the model does. */
    static void add(double[] sums, Context[] found) {
        ArrayMath.sumFeatures(found, null, sums);
    }

    /**
     * One feature's weights in one array, each outcome's number followed by its weight (null for
     * null): what {@link #add(double[], double[])} reads with one memory access where a
     * {@link Context} takes three (itself, its outcomes, its weights). The model's table of
     * features is far larger than the processor's caches, so those accesses are most of the cost.
     */
    static double[] pack(Context found) {
        if (found == null) {
            return null;
        }
        int[] outcomes = found.getOutcomes();
        double[] weights = found.getParameters();
        double[] packed = new double[2 * outcomes.length];
        for (int k = 0; k < outcomes.length; k++) {
            packed[2 * k] = outcomes[k];
            packed[2 * k + 1] = weights[k];
        }
        return packed;
    }

    /** Adds one feature's weights, {@link #pack packed} (null: a feature the model never saw): the same sums as adding its Context. */
    static void add(double[] sums, double[] packed) {
        if (packed != null) {
            for (int k = 0; k < packed.length; k += 2) {
                sums[(int) packed[k]] += packed[k + 1];
            }
        }
    }

    /** Adds the weights of {@code packed} features, feature by feature, as the model does. */
    static void add(double[] sums, double[][] packed) {
        for (double[] feature : packed) {
            add(sums, feature);
        }
    }

    /** Adds one feature's weights (null: a feature the model never saw). */
    static void add(double[] sums, Context found) {
        if (found != null) {
            int[] outcomes = found.getOutcomes();
            double[] weights = found.getParameters();
            for (int k = 0; k < outcomes.length; k++) {
                // ArrayMath.sumFeatures multiplies by the feature's value, 1.0 here: the same bits.
                sums[outcomes[k]] += weights[k];
            }
        }
    }

    /** Turns the sums into the model's probabilities, in place, and returns them. */
    double[] finish(double[] sums) {
        double total = 0.0;
        for (int k = 0; k < outcomes; k++) {
            sums[k] = StrictMath.exp(sums[k]);
            total += sums[k];
        }
        for (int k = 0; k < outcomes; k++) {
            sums[k] /= total;
        }
        return sums;
    }
}
