package dev.mtqa.rule.boilerplate;

import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.Finding;
import dev.mtqa.input.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance floor: the boilerplate in the five seed articles is found, and nothing else in
 * them is flagged. The seeds are checked as one corpus, as {@code mtqa check seeds} does.
 */
class SeedsTest {
    private static final Map<String, Document> SEEDS = new LinkedHashMap<>();
    private static CorpusProfile profile;

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                SEEDS.put(p.getFileName().toString().substring(0, 3),
                        Document.of(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        CorpusProfiler profiler = new CorpusProfiler();
        SEEDS.values().forEach(profiler::add);
        profile = profiler.build();
    }

    private static List<Finding> findings(String seed) {
        List<Finding> all = Boilerplate.check(SEEDS.get(seed), profile);
        assertThat(all).allSatisfy(f -> assertThat(f.category()).isEqualTo(Category.BOILERPLATE));
        return all;
    }

    private static TreeSet<String> lines(String seed) {
        TreeSet<String> set = new TreeSet<>();
        for (Finding f : findings(seed)) {
            set.add(String.format("%02d %s", f.line(), f.rule().substring("BOILERPLATE_".length())));
        }
        return set;
    }

    @Test
    void seed000TimestampsAndScraperTag() {
        assertThat(lines("000")).containsExactly("05 TIMESTAMP", "06 TIMESTAMP", "41 SCRAPER_TAG");
    }

    @Test
    void seed001HeadlineErrorBannersCaptionAndCredit() {
        assertThat(lines("001")).containsExactly("03 DUPLICATE_LINE", "04 PHRASE", "05 PHRASE", "06 PHRASE",
                "07 PHRASE", "08 PHRASE", "09 PHRASE", "32 CREDIT", "32 DUPLICATE_LINE");
        assertThat(findings("001")).anySatisfy(f -> assertThat(f.text()).isEqualTo("Lu Hanxin/Xinhua via AP"));
    }

    @Test
    void seed002LabelBylineHeadlineAndPromotion() {
        assertThat(lines("002")).containsExactly("01 PHRASE", "05 BYLINE", "07 DUPLICATE_LINE", "22 PHRASE");
    }

    @Test
    void seed003CommentWidgetAndFooter() {
        assertThat(lines("003")).containsExactly("29 PHRASE", "31 PHRASE", "33 PHRASE", "35 PHRASE", "37 PHRASE");
        String fixed = Boilerplate.fixAll(SEEDS.get("003").text(), findings("003"));
        assertThat(fixed).endsWith("but tries to avoid responsibility\u201d.\n");
    }

    @Test
    void seed004CreditCaptionMetadataAndLoginPrompt() {
        assertThat(lines("004")).containsExactly("03 CREDIT", "03 DUPLICATE_LINE", "04 IMAGE_METADATA",
                "17 IMAGE_METADATA", "23 PHRASE", "24 PHRASE"); // line 25, in Cyrillic, is UNTRANSLATED's
        List<String> texts = new ArrayList<>();
        findings("004").forEach(f -> texts.add(f.text()));
        assertThat(texts).contains("\u00a9 AFP 2023 / YURI KADOBNOV", "Sputnik International, 1920, 25.02.2022");
        String fixed = Boilerplate.fixAll(SEEDS.get("004").text(), findings("004"));
        assertThat(fixed).startsWith("Russian MFA: 'Business as Usual' in Relations With US Will No Longer Work\n\n"
                + "A man walks in front of a tower of the Kremlin and the Russian Foreign Ministry building in central "
                + "Moscow on September 10, 2020.\nMOSCOW (Sputnik)");
        assertThat(fixed).contains("Russian Foreign Minister Sergei Lavrov\nWest Turned Blind Eye");
        assertThat(fixed).doesNotContain("Sputnik International", "log in or register", "\n\n\n");
    }
}
