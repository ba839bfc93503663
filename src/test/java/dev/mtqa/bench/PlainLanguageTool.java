package dev.mtqa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Plain LanguageTool over a JSONL corpus, through its Java API with its default rules, one
 * thread in one JVM: the baseline mtqa's benchmark compares against. Prints documents, megabytes,
 * matches and throughput. Usage: {@code PlainLanguageTool CORPUS.jsonl [en-US]}.
 */
public final class PlainLanguageTool {
    private PlainLanguageTool() {
    }

    public static void main(String[] args) throws IOException {
        long started = System.nanoTime();
        JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode(args.length > 1 ? args[1] : "en-US"));
        ObjectMapper json = new ObjectMapper();
        long documents = 0;
        long bytes = 0;
        long matches = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode record = json.readTree(line);
                String text = record.get("text").asText();
                matches += tool.check(text).size();
                documents++;
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "documents=%d megabytes=%.2f matches=%d seconds=%.1f docs_per_s=%.1f mb_per_s=%.3f%n",
                documents, bytes / 1048576.0, matches, seconds, documents / seconds, bytes / 1048576.0 / seconds);
    }
}
