package dev.mtqa;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.input.Inputs;
import dev.mtqa.input.PathFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance floor of the rule pack: every artefact the issue lists in the sample articles is
 * found with its category, checking the seeds as one corpus, LanguageTool included. The rules
 * themselves are general; their own examples and tests use other texts.
 */
class SeedAcceptanceTest {
    private static final Map<String, FileResult> RESULTS = new HashMap<>();

    @BeforeAll
    static void checkSeeds() {
        SharedMtqa.get().checkAll(new Inputs(PathFilter.defaults()).list(List.of("seeds")), 2,
                r -> RESULTS.put(r.path().substring(r.path().lastIndexOf('/') + 1, r.path().lastIndexOf('/') + 4), r));
    }

    /** Asserts that the {@code nth} occurrence (1-based) of {@code snippet} in the seed overlaps a finding of {@code category}. */
    private static void found(String seed, String snippet, int nth, Category category) {
        FileResult result = RESULTS.get(seed);
        String text = result.text();
        int at = -1;
        for (int i = 0; i < nth; i++) {
            at = text.indexOf(snippet, at + 1);
            assertThat(at).as("occurrence %d of '%s' in seed %s", i + 1, snippet, seed).isNotNegative();
        }
        int start = text.codePointCount(0, at);
        int end = start + snippet.codePointCount(0, snippet.length());
        assertThat(result.findings()).as("a %s finding on '%s' (#%d) in seed %s", category, snippet, nth, seed)
                .anyMatch(f -> f.category() == category && overlaps(f, start, end));
    }

    private static void found(String seed, String snippet, Category category) {
        found(seed, snippet, 1, category);
    }

    private static boolean overlaps(Finding f, int start, int end) {
        return f.start() < end && start < Math.max(f.end(), f.start() + 1);
    }

    @Test
    void seed000() {
        for (int i = 1; i <= 3; i++) {
            found("000", "Kiev", i, Category.TERMINOLOGY);
        }
        for (int i = 1; i <= 5; i++) {
            found("000", "Zelensky", i, Category.TERMINOLOGY);
        }
        found("000", "Mr Putin", Category.TERMINOLOGY);
        found("000", "ahead. host", Category.BROKEN_SENTENCE);
        found("000", "Posted at 10:33 a.m.", Category.BOILERPLATE);
        found("000", "Updated at 4:16 p.m.", Category.BOILERPLATE);
        found("000", "source site-63", Category.BOILERPLATE);
    }

    @Test
    void seed001() {
        found("001", "Russia is 'open to negotiations' with Ukraine, Moscow claims", 2, Category.BOILERPLATE);
        found("001", "Oops!", 1, Category.BOILERPLATE);
        found("001", "Oops!", 2, Category.BOILERPLATE);
        found("001", "Something went wrong.", 2, Category.BOILERPLATE);
        found("001", "Please try again later.", 1, Category.BOILERPLATE);
        found("001", "Ukraine's Foreign Minister Dmytro Kuleba poses", 2, Category.BOILERPLATE);
        found("001", "Lu Hanxin/Xinhua via AP", Category.BOILERPLATE);
        found("001", "claims to shot", Category.GRAMMAR);
        found("001", "China\u2019s", 1, Category.TYPOGRAPHY);
        found("001", "Ukraine\u2019s", 1, Category.TYPOGRAPHY);
        found("001", "were\u00a0attacking", Category.ENCODING);
    }

    @Test
    void seed002() {
        found("002", "Top topics:", Category.BOILERPLATE);
        found("002", "Bylim Olena", Category.BOILERPLATE);
        found("002", "Putin expresses his desire for peace talks", 2, Category.BOILERPLATE);
        found("002", "subscribe to our Telegram channel", Category.BOILERPLATE);
        found("002", "to \"voluntarily\" withdrew", Category.GRAMMAR);
        found("002", "\"punish\"", Category.TYPOGRAPHY);
    }

    @Test
    void seed003() {
        found("003", "Ukraine.\u00a0\n", Category.ENCODING);
        found("003", "talks.\u00a0\n", Category.ENCODING);
        found("003", "Does not remove, which was seized by Russia in 2014.", Category.BROKEN_SENTENCE);
        found("003", "\u2018I believe", Category.TYPOGRAPHY);
        for (String boilerplate : List.of("Click to comment", "Leave a Reply", "Your email address will not be published.",
                "Required fields are marked *", "Most Popular", "To Top")) {
            found("003", boilerplate, Category.BOILERPLATE);
        }
    }

    @Test
    void seed004() {
        found("004", "\u00a9 AFP 2023 / YURI KADOBNOV", Category.BOILERPLATE);
        found("004", "A man walks in front of a tower", Category.BOILERPLATE);
        found("004", "Sputnik International, 1920, 25.02.2022", 1, Category.BOILERPLATE);
        found("004", "Sputnik International, 1920, 25.02.2022", 2, Category.BOILERPLATE);
        found("004", "To participate in the discussion", Category.BOILERPLATE);
        found("004", "log in or register", Category.BOILERPLATE);
        found("004", "Kiev", Category.TERMINOLOGY);
        found("004", "Lugansk", Category.TERMINOLOGY);
        found("004", "will live the country", Category.GRAMMAR);
        found("004", "\u201cYes, this is not our choice.", Category.TYPOGRAPHY);
        found("004", "Lavrov  -", Category.TYPOGRAPHY);
        found("004", "\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a \u043e\u0442\u043a\u0440\u044b\u0432\u0430\u0435\u043c\u043e\u0433\u043e "
                + "\u043c\u0430\u0442\u0435\u0440\u0438\u0430\u043b\u0430", Category.UNTRANSLATED);
    }

    @Test
    void aHandfulOfFindingsBeyondTheArtefacts() {
        // Findings outside the categories of artefacts: LanguageTool's spelling and style.
        long other = RESULTS.values().stream().flatMap(r -> r.findings().stream())
                .filter(f -> f.category() == Category.SPELLING || f.category() == Category.STYLE).count();
        assertThat(other).isLessThanOrEqualTo(3);
    }
}
