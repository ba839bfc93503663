package dev.mtqa.bench;

import dev.mtqa.rule.grammar.OpenNlpSearches;
import dev.mtqa.rule.grammar.PosHintSwitch;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.chunking.EnglishChunker;
import org.languagetool.rules.RuleMatch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where plain LanguageTool's time goes on the benchmark corpus, warm, with OpenNLP's beam search
 * in its English tagger and chunker and then with mtqa's: the three OpenNLP steps of the chunker
 * on their own (tokenizer, part-of-speech tagger, chunker, as LanguageTool's {@code EnglishChunker}
 * calls them), LanguageTool's whole sentence analysis, and its whole check with default rules;
 * then once more with mtqa's part-of-speech hints, which skip disambiguation and pattern rules that
 * cannot match. The three take turns pass by pass. CPU seconds of one thread, mean of the later
 * half of the passes; their outputs (tags, chunks, analysed sentences, matches) are compared and
 * the run fails if they differ. A diagnostic for the benchmark, not the benchmark.
 * Usage: {@code LanguageToolStages CORPUS.jsonl [DOCUMENTS] [PASSES]} (defaults 150 and 6).
 */
public final class LanguageToolStages {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LanguageToolStages() {
    }

    /** One way of running LanguageTool: how to set it up before a pass, and the tool to check with. */
    private record Setup(String label, Step prepare, JLanguageTool tool) {
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        List<String> documents = BenchCorpus.texts(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 150);
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        Language english = Languages.getLanguageForShortCode("en-US");
        JLanguageTool plain = new JLanguageTool(english);
        JLanguageTool hinted = new JLanguageTool(english);
        List<String> sentences = new ArrayList<>();
        for (String document : documents) {
            sentences.addAll(plain.sentenceTokenize(document));
        }
        System.out.printf(Locale.ROOT, "%d documents, %d sentences, %.2f MB; CPU s per pass%n", documents.size(),
                sentences.size(), documents.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6);
        List<Setup> setups = List.of(
                new Setup("OpenNLP's search", () -> {
                    OpenNlpSearches.useOpenNlps(english);
                    PosHintSwitch.noHints(english);
                }, plain),
                new Setup("mtqa's search", () -> {
                    if (!OpenNlpSearches.useMtqas(english)) {
                        throw new IllegalStateException("mtqa's search could not be installed");
                    }
                    PosHintSwitch.noHints(english);
                }, plain),
                new Setup("and POS hints", () -> {
                    if (!OpenNlpSearches.useMtqas(english) || !PosHintSwitch.useHints(english, hinted)) {
                        throw new IllegalStateException("mtqa's search or its hints could not be installed");
                    }
                }, hinted));
        // The set-ups take turns pass by pass, so that the JIT's warming up and the machine's drift
        // favour none of them.
        double[][] sums = new double[setups.size()][5];
        for (int pass = 0; pass < passes; pass++) {
            String first = null;
            for (int k = 0; k < setups.size(); k++) {
                Setup setup = setups.get(k);
                setup.prepare().run();
                double[] seconds = new double[5];
                String out = pass(setup.tool(), documents, sentences, seconds);
                if (first == null) {
                    first = out;
                } else if (!first.equals(out)) {
                    throw new IllegalStateException(setup.label() + " changed LanguageTool's tags, chunks or matches");
                }
                for (int i = 0; i < seconds.length && pass >= passes / 2; i++) {
                    sums[k][i] += seconds[i] / (passes - passes / 2);
                }
            }
        }
        for (int k = 0; k < setups.size(); k++) {
            double[] s = sums[k];
            System.out.printf(Locale.ROOT, "%-17s tokenizer %.2f  tagger %.2f  chunker %.2f  | analysis %.2f  check %.2f%n",
                    setups.get(k).label(), s[0], s[1], s[2], s[3], s[4]);
        }
    }

    /** Times the stages once into {@code seconds}; returns everything they produced, to compare the set-ups by. */
    private static String pass(JLanguageTool tool, List<String> documents, List<String> sentences, double[] seconds)
            throws Exception {
        StringBuilder out = new StringBuilder();
        for (String sentence : sentences) {
            long t = cpu();
            // As EnglishChunker does: a tagger and chunker per sentence, right quotes made straight.
            String[] tokens = new TokenizerME(model("tokenModel", TokenizerModel.class))
                    .tokenize(sentence.replace('\u2019', '\''));
            long t1 = cpu();
            String[] tags = new POSTaggerME(model("posModel", POSModel.class)).tag(tokens);
            long t2 = cpu();
            String[] chunks = new ChunkerME(model("chunkerModel", ChunkerModel.class)).chunk(tokens, tags);
            long t3 = cpu();
            seconds[0] += (t1 - t) / 1e9;
            seconds[1] += (t2 - t1) / 1e9;
            seconds[2] += (t3 - t2) / 1e9;
            out.append(Arrays.toString(tags)).append(Arrays.toString(chunks));
        }
        List<Object> results = new ArrayList<>();
        long t = cpu();
        for (String document : documents) {
            results.add(tool.analyzeText(document));
        }
        long t1 = cpu();
        for (String document : documents) {
            results.add(tool.check(document));
        }
        seconds[3] = (t1 - t) / 1e9;
        seconds[4] = (cpu() - t1) / 1e9;
        // Written out after the timing: analysed sentences with all their readings, matches by rule and place.
        for (Object result : results) {
            for (Object item : (List<?>) result) {
                out.append(item instanceof RuleMatch m ? m.getRule().getId() + m.getFromPos() + "-" + m.getToPos() : item);
            }
        }
        return out.toString();
    }

    private static <T> T model(String field, Class<T> type) throws ReflectiveOperationException {
        Field f = EnglishChunker.class.getDeclaredField(field);
        f.setAccessible(true);
        return type.cast(f.get(null));
    }

    private static long cpu() {
        return CPU.getCurrentThreadCpuTime();
    }
}
