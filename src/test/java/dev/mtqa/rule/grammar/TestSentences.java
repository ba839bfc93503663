package dev.mtqa.rule.grammar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Real sentences for the tests that compare LanguageTool's output with and without mtqa's speed-ups. */
final class TestSentences {
    static final Path MQM = Path.of("..", "shared", "data", "mqm_ted_zhen.tsv");

    private TestSentences() {
    }

    /** The sentences of the seed articles, then up to {@code mqm} MQM translations (when {@code ../shared/data} is there). */
    static List<String> seedsAndMqm(int mqm) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                for (String line : Files.readString(seed, StandardCharsets.UTF_8).split("\n")) {
                    for (String s : line.split("(?<=[.!?])\\s+")) {
                        if (!s.isBlank()) {
                            sentences.add(s.strip());
                        }
                    }
                }
            }
        }
        if (Files.isReadable(MQM)) {
            try (Stream<String> lines = Files.lines(MQM, StandardCharsets.UTF_8)) {
                lines.skip(1).map(l -> l.split("\t", -1))
                        .filter(f -> f.length > 6).map(f -> f[6].replaceAll("</?v>", "").strip())
                        .filter(s -> !s.isEmpty()).distinct().limit(mqm).forEach(sentences::add);
            }
        }
        return sentences;
    }
}
