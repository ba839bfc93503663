package dev.mtqa.rule.boilerplate;

import dev.mtqa.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The line patterns, one line at a time: what each must flag and what it must leave alone. */
class PatternRulesTest {
    private static final String BODY = "\n\nThe delegations left Geneva without a statement on Friday evening, officials said.\n";

    private static List<String> rulesOn(String line) {
        return Boilerplate.check("Talks stall in Geneva\n\n" + line + BODY).stream().map(Finding::rule).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Posted at 10:33 a.m.", "Updated at 4:16 p.m.", "Published 12 March 2023, 14:05",
            "Last updated: 25.02.2022 14:05 GMT", "Updated on March 12, 2023 at 9:41 am EST", "3 hours ago",
            "Posted 3 hours ago | Updated at 9:41 pm", "14:05, 25.02.2022", "Friday, 25 February 2022, 14:05",
            "2023-03-12T14:05:00Z", "Date: 12.03.2023", "Yesterday, 18:40", "Monday 13 March 2023 10.05 GMT",
            "Thu 2 Mar 2023 18.47 CET"})
    void timestamps(String line) {
        assertThat(rulesOn(line)).containsExactly("BOILERPLATE_TIMESTAMP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"source site-63", "Source: site_7", "doc_id: 88412", "https://example.com/a/b?c=d",
            "Source: https://example.com/news/1"})
    void scraperTags(String line) {
        assertThat(rulesOn(line)).containsExactly("BOILERPLATE_SCRAPER_TAG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photo: Reuters", "(Getty Images)", "AP Photo/Efrem Lukatsky", "Lu Hanxin/Xinhua via AP",
            "\u00a9 AFP 2023 / YURI KADOBNOV", "\u00a9 2023 Example News Ltd. All rights reserved.", "Xinhua"})
    void credits(String line) {
        assertThat(rulesOn(line)).containsExactly("BOILERPLATE_CREDIT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Top topics:", "Tags:", "Filed under:", "Read also:", "Home \u203a News \u203a World",
            "Home / Politics / Ukraine", "Related publications:", "Tags: Ukraine, Biden, Zelensky",
            "Read more: Zelensky asks Congress for more air defence", "READ ALSO: Kyiv hosts donor conference"})
    void sectionLabelsAndPhrases(String line) {
        assertThat(rulesOn(line)).singleElement().isIn("BOILERPLATE_SECTION_LABEL", "BOILERPLATE_PHRASE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"By John Smith", "By JANE DOE", "By Jane Doe and Ivan Petrov, Reuters", "Written by Olena Bylim",
            "Bylim Olena", "Jean-Pierre Dupont", "Jane Doe, AFP"})
    void bylines(String line) {
        assertThat(rulesOn(line)).containsExactly("BOILERPLATE_BYLINE");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The first explosion was heard at 10:33 a.m., residents said.",
            "Updated figures will be published on 12 March.",
            "February 24, 2022",
            "AFP reported that the convoy had reached the border.",
            "\u201cWe told AFP and Reuters everything,\u201d she said.",
            "The source at site 63 said nobody was hurt.",
            "By Friday the army had withdrawn.",
            "Live Updates",
            "Key Points",
            "The minister said:",
            "Kyiv/Kharkiv line reopens",
            "Photo exhibition opens in Lviv",
            "Share prices fell 3% in early trading.",
            "Read more about the plan in the report.",
            "Comments from the minister surprised diplomats.",
            "Subscribers to the state bond issue were paid on time.",
            "Oops, the minister said, was not a word he would use.",
            "Follow the money, investigators say.",
            "(Reporting by Guy Faulconbridge; Editing by Andrew Osborn)",
            "LONDON (Reuters) - Britain's economy grew 0.2% in the third quarter, official data showed on Friday.",
            "25.02.2022",
            "Monday 13 March 2023",
            "See also: the 2019 report, which found the same problems. It was never published.",
            "Related: \u201cWe will rebuild,\u201d the mayor says"})
    void ordinaryLinesAreLeftAlone(String line) {
        assertThat(rulesOn(line)).isEmpty();
    }
}
