package dev.mtqa.rule;

import dev.mtqa.EnglishVariant;
import dev.mtqa.Mtqa;
import dev.mtqa.SharedMtqa;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.engine.DocumentChecker;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.input.Document;
import dev.mtqa.input.FileInput;
import dev.mtqa.input.Loaded;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every example of every rule, Java rules and our LanguageTool XML rules alike: the examples
 * that {@code mtqa rules} prints are the ones proven here.
 */
class RuleExamplesTest {
    private static final Mtqa MTQA = SharedMtqa.get();

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryRule() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleMetadata rule : MTQA.ruleMetadata()) {
            int n = 0;
            for (Example example : rule.examples()) {
                n++;
                String name = rule.id() + " #" + n + (example.flagged() ? " flags: " : " accepts: ") + example.text();
                tests.add(DynamicTest.dynamicTest(name, () -> verify(rule, example)));
            }
        }
        return tests.stream();
    }

    @Test
    void everyCustomRuleHasExamplesBothWays() {
        for (RuleMetadata rule : MTQA.ruleMetadata()) {
            if (rule.id().equals("LANGUAGETOOL")) {
                continue;
            }
            assertThat(rule.examples()).as(rule.id() + " examples").anyMatch(Example::flagged);
            assertThat(rule.examples()).as(rule.id() + " examples").anyMatch(e -> !e.flagged());
            assertThat(rule.summary()).as(rule.id()).isNotBlank();
            assertThat(rule.explanation()).as(rule.id()).isNotBlank();
        }
    }

    private static void verify(RuleMetadata rule, Example example) {
        Document document = document(example);
        FileResult result = example.corpus().isEmpty() ? MTQA.check(document) : checkInCorpus(document, example.corpus());
        List<Finding> mine = result.findings().stream().filter(f -> f.rule().equals(rule.id())).toList();
        if (!example.flagged()) {
            assertThat(mine).as("findings of %s on an example it must accept", rule.id()).isEmpty();
            return;
        }
        int start = document.index().toCodePoint(example.markerStart());
        int end = document.index().toCodePoint(example.markerEnd());
        assertThat(mine).as("findings of %s at the marker [%d, %d)", rule.id(), start, end)
                .anySatisfy(f -> {
                    assertThat(f.start()).isEqualTo(start);
                    assertThat(f.end()).isEqualTo(end);
                    if (example.fix() != null) {
                        assertThat(f.fixes()).isNotEmpty();
                        assertThat(f.fixes().get(0).replacement()).isEqualTo(example.fix());
                    }
                });
    }

    /** Checks {@code document} as one of a corpus that also holds {@code others}. */
    private static FileResult checkInCorpus(Document document, List<String> others) {
        CorpusProfiler profiler = new CorpusProfiler();
        profiler.add(document);
        for (int i = 0; i < others.size(); i++) {
            profiler.add(Document.of("corpus-" + (i + 1) + ".txt", others.get(i)));
        }
        return MTQA.check(document, profiler.build());
    }

    private static Document document(Example example) {
        if (example.charset() == null) {
            return Document.of("example.txt", example.plainText());
        }
        byte[] bytes = example.plainText().getBytes(Charset.forName(example.charset()));
        Loaded loaded = FileInput.decode("example.txt", bytes);
        assertThat(loaded).isInstanceOf(Loaded.Ok.class);
        return ((Loaded.Ok) loaded).document();
    }
}
