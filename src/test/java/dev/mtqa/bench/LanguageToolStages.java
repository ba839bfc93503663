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
 * cannot match. CPU seconds of one thread, mean of the later half of the passes; the outputs of
 * the three are compared and the run fails if they differ. A diagnostic for the benchmark, not the benchmark.
 * Usage: {@code LanguageToolStages CORPUS.jsonl [DOCUMENTS] [PASSES]} (defaults 150 and 6).
 */
public final class LanguageToolStages {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LanguageToolStages() {
    }

    public static void main(String[] args) throws Exception {
        List<String> documents = BenchCorpus.texts(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 150);
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        Language english = Languages.getLanguageForShortCode("en-US");
        JLanguageTool tool = new JLanguageTool(english);
        List<String> sentences = new ArrayList<>();
        for (String document : documents) {
            sentences.addAll(tool.sentenceTokenize(document));
        }
        System.out.printf(Locale.ROOT, "%d documents, %d sentences, %.2f MB; CPU s per pass%n", documents.size(),
                sentences.size(), documents.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6);
        OpenNlpSearches.useOpenNlps(english);
        PosHintSwitch.noHints(english);
        String openNlp = time("OpenNLP's search", tool, documents, sentences, passes);
        if (!OpenNlpSearches.useMtqas(english)) {
            throw new IllegalStateException("mtqa's search could not be installed");
        }
        String mtqa = time("mtqa's search", tool, documents, sentences, passes);
        if (!openNlp.equals(mtqa)) {
            throw new IllegalStateException("the searches disagree");
        }
        if (!PosHintSwitch.useHints(english, tool)) {
            throw new IllegalStateException("the part-of-speech hints could not be installed");
        }
        String hinted = time("and POS hints", tool, documents, sentences, passes);
        if (!hinted.equals(mtqa)) {
            throw new IllegalStateException("the hints changed LanguageTool's analysis or matches");
        }
    }

    /** Times the stages; returns everything they produced, to compare the searches by. */
    private static String time(String label, JLanguageTool tool, List<String> documents, List<String> sentences,
                               int passes) throws Exception {
        double[] sums = new double[5];
        StringBuilder out = new StringBuilder();
        for (int pass = 0; pass < passes; pass++) {
            boolean counted = pass >= passes / 2;
            out.setLength(0);
            double[] seconds = new double[5];
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
            long t = cpu();
            for (String document : documents) {
                out.append(tool.analyzeText(document).size());
            }
            long t1 = cpu();
            for (String document : documents) {
                tool.check(document).forEach(m -> out.append(m.getRule().getId()).append(m.getFromPos()));
            }
            seconds[3] = (t1 - t) / 1e9;
            seconds[4] = (cpu() - t1) / 1e9;
            for (int k = 0; k < sums.length && counted; k++) {
                sums[k] += seconds[k] / (passes - passes / 2);
            }
        }
        System.out.printf(Locale.ROOT, "%-17s tokenizer %.2f  tagger %.2f  chunker %.2f  | analysis %.2f  check %.2f%n",
                label, sums[0], sums[1], sums[2], sums[3], sums[4]);
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
