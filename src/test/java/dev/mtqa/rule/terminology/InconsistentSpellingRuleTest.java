package dev.mtqa.rule.terminology;

import dev.mtqa.EnglishVariant;
import dev.mtqa.config.HouseStyle;
import dev.mtqa.config.RuleResources;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.RuleContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class InconsistentSpellingRuleTest {
    private static final InconsistentSpellingRule RULE =
            new InconsistentSpellingRule(HouseStyle.load(RuleResources.builtIn()));

    /** The quick "nothing to find" never hides a finding: the rule finds what its full check finds. */
    @Test
    void theQuickAnswerNeverHidesAFinding() {
        String[] names = {"Zelensky", "Zelenskyy", "Zelenskiy", "Podolyak", "Podoliak", "Nebenzya", "Nebenzia",
            "Kharkiv", "Harkiv", "NATO", "Nato", "Russia", "Russian", "M\u00fcller", "Muller", "Shevchenko",
            "Schewtschenko", "Kovalenko", "Kowalenko", "Peskov", "Peskow", "Walesa", "Wa\u0142\u0119sa"};
        Random random = new Random(29);
        int withFindings = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int sentence = random.nextInt(4); sentence >= 0; sentence--) {
                text.append("Officials said ").append(names[random.nextInt(names.length)]).append(" met ")
                        .append(names[random.nextInt(names.length)]).append(" on Monday. ");
            }
            Document document = Document.of("doc", text.toString());
            RuleContext context = new RuleContext(EnglishVariant.US, CorpusProfile.empty());
            List<Match> quick = new ArrayList<>();
            RULE.check(document, context, quick::add);
            List<Match> full = new ArrayList<>();
            RULE.checkSpellings(document, full::add);
            assertThat(quick).as(text.toString()).isEqualTo(full);
            withFindings += full.isEmpty() ? 0 : 1;
        }
        assertThat(withFindings).isBetween(300, 2_700);
    }

    @Test
    void aDocumentWithOneSpellingOfEachNameHasNothingToFind() {
        Document one = Document.of("doc", "Zelensky met Podolyak in Kharkiv. Zelensky left.");
        assertThat(InconsistentSpellingRule.mayHaveTwoSpellings(one.words())).isFalse();
        Document two = Document.of("doc", "Zelensky met Podolyak. Zelenskyy left.");
        assertThat(InconsistentSpellingRule.mayHaveTwoSpellings(two.words())).isTrue();
    }
}
