package dev.mtqa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The texts of a benchmark corpus (JSONL, a {@code text} field per line), read into memory. */
final class BenchCorpus {
    private BenchCorpus() {
    }

    /** The first {@code limit} texts of {@code corpus}. */
    static List<String> texts(Path corpus, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && texts.size() < limit; line = in.readLine()) {
                texts.add(json.readTree(line).get("text").asText());
            }
        }
        return texts;
    }
}
