package dev.mtqa.fix;

import dev.mtqa.Mtqa;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Fix;
import dev.mtqa.input.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of {@code mtqa fix}, checked on generated articles with artefacts sprinkled in (house-style
 * names, stray spaces, mojibake, entities, invisible characters, page chrome, mixed honorifics,
 * CRLF line endings, emoji), checked with mtqa's own rules (LanguageTool off, for speed).
 */
class FixerPropertiesTest {
    private static final Mtqa MTQA = Mtqa.builder().grammar(false).build();

    private static final List<String> SENTENCES = List.of(
            "The council met on Tuesday to discuss the budget.",
            "Officials said the talks would resume next week.",
            "Prices rose by 3.5 percent in March, the agency reported.",
            "\u201cWe are ready,\u201d the minister told reporters.",
            "Mr. Okafor declined to comment on the proposal.",
            "Mr Okafor said the plan was fair.",
            "Residents in Kiev reported explosions overnight.",
            "The drones were\u00a0attacking infrastructure near Odessa.",
            "It\u00e2\u20ac\u2122s the first visit since the war began.",
            "Exports fell sharply  in the second quarter.",
            "Farmers &amp; traders waited for news.",
            "The Ukr\u0430ine mission said so.",
            "A soft\u00adhyphen hides here.",
            "Fans cheered \uD83C\uDF89 as the team returned.",
            "Click to comment",
            "Posted at 10:33 a.m.",
            "Zelensky met envoys in Lvov on Monday.",
            "The plan   is still on the table.   ");

    /** How many generated articles each property is checked on. */
    private static final int ARTICLES = 150;

    /**
     * Generated articles, the same on every run (seeded): one to six paragraphs of one to four
     * sentences, LF or CRLF line endings, with or without a final line break.
     */
    static Stream<String> articles() {
        return IntStream.range(0, ARTICLES).mapToObj(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            String lineBreak = random.nextBoolean() ? "\n" : "\r\n";
            List<String> paragraphs = new ArrayList<>();
            for (int p = 1 + random.nextInt(6); p > 0; p--) {
                List<String> sentences = new ArrayList<>();
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    sentences.add(SENTENCES.get(random.nextInt(SENTENCES.size())));
                }
                paragraphs.add(String.join(" ", sentences));
            }
            return String.join(lineBreak + lineBreak, paragraphs) + (random.nextBoolean() ? lineBreak : "");
        });
    }

    private static List<Finding> check(String text) {
        Document document = Document.of("generated.txt", text);
        CorpusProfile profile = CorpusProfiler.of(document);
        return MTQA.check(document, profile).findings();
    }

    private static Fixer.Outcome fix(String text) {
        Document document = Document.of("generated.txt", text);
        return MTQA.fix(document, CorpusProfiler.of(document), false);
    }

    @ParameterizedTest
    @MethodSource("articles")
    void fixingTwiceChangesNothingMore(String text) {
        String once = fix(text).text();
        assertThat(fix(once).text()).isEqualTo(once);
    }

    @ParameterizedTest
    @MethodSource("articles")
    void offsetsAreAlwaysInRange(String text) {
        for (String version : List.of(text, fix(text).text())) {
            int length = version.codePointCount(0, version.length());
            for (Finding f : check(version)) {
                assertThat(f.start()).isBetween(0, f.end());
                assertThat(f.end()).isLessThanOrEqualTo(length);
                for (Fix x : f.fixes()) {
                    assertThat(x.start()).isBetween(0, x.end());
                    assertThat(x.end()).isLessThanOrEqualTo(length);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void findingsNeverGrow(String text) {
        assertThat(check(fix(text).text()).size()).isLessThanOrEqualTo(check(text).size());
    }

    /**
     * Every line that no finding or fix touches comes through byte for byte (its line ending
     * included) and in order: text nobody flagged is never changed.
     */
    @ParameterizedTest
    @MethodSource("articles")
    void linesNobodyFlaggedAreUntouched(String text) {
        List<String> after = List.of(fix(text).text().split("(?<=\n)"));
        List<int[]> flagged = new ArrayList<>();
        for (Finding f : check(text)) {
            flagged.add(new int[] {f.start(), f.end()});
            for (Fix x : f.fixes()) {
                flagged.add(new int[] {x.start(), x.end()});
            }
        }
        int from = 0;
        int searchFrom = 0;
        for (String line : text.split("(?<=\n)")) {
            int start = text.codePointCount(0, from);
            int end = start + line.codePointCount(0, line.length());
            from += line.length();
            boolean touched = flagged.stream().anyMatch(s -> s[0] <= end && start <= s[1]);
            if (touched || line.isBlank()) {
                continue;
            }
            int at = after.subList(searchFrom, after.size()).indexOf(line);
            assertThat(at).as("untouched line %s kept in order in the fixed text of %s", line, text).isNotNegative();
            searchFrom += at + 1;
        }
    }
}
