package dev.mtqa.rule.boilerplate;

import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.finding.Finding;
import dev.mtqa.input.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clean, well-edited news English must give no boilerplate finding: headlines, bylines inside
 * sentences, times and dates in sentences, quotes that mention agencies, slashes, dashes, short
 * repeated replies, a timeline, words such as "share", "photo", "posted" and "read more" in prose.
 * Written for this test; not taken from any site.
 */
class CleanNewsPrecisionTest {

    static final String GRID = """
            Ukraine Secures $2 Billion for Power Grid Repairs as Winter Nears

            Donors meeting in Kyiv pledged new money for transformers, gas turbines and repair crews

            KYIV, Ukraine (AP) \u2014 International donors pledged $2 billion on Tuesday to rebuild Ukraine's battered power grid, the energy ministry said, as engineers raced to restore supply before the first frost.

            The pledges were announced at 10:33 a.m. local time, minutes after Prime Minister Denys Shmyhal opened the conference. Updated figures were published at 4 p.m. on the ministry's website.

            "We spoke to AFP and Reuters this morning, and the message was simple: every transformer counts," Energy Minister Herman Halushchenko told reporters. "Every single one."

            By Friday, crews had reconnected 1,200 homes in the Kharkiv region, according to the regional governor. By March, officials hope to restore most of the capacity lost last winter.

            Ukraine's share of electricity imported from the European Union rose to 8% in October, the grid operator Ukrenergo said in a statement posted on Telegram.

            A photo published by the ministry showed technicians in orange helmets lifting a transformer on to a flatbed truck near Dnipro.

            What the money buys

            Most of the money will go to gas turbines that can be spread across the country, making them harder to hit. The rest is earmarked for repair crews, spare parts and the Kyiv/Kharkiv high-voltage line, which was damaged three times last year.

            "Is it enough? No. Will it help? Yes," said Olena Kovalenko, an analyst at the Kyiv School of Economics, who has studied the grid since 2014.

            Posted to Kyiv in 2019, the German ambassador said Berlin would add another 300 million euros \u2013 the country's largest single pledge so far.

            Timeline

            February 24, 2022

            Russian troops crossed the border before dawn, and the first strikes on power stations followed within weeks.

            October 10, 2022

            A wave of missile strikes knocked out about 30% of the country's generating capacity in a single morning.

            Read more about the plan in the ministry's 40-page report, which also lists the 14 substations that remain out of service.

            The conference ends on Wednesday. Jane Doe reported from Kyiv; John Smith contributed from London.

            Reuters contributed to this report.
            """;

    static final String COURT = """
            Court Rules on Mayor's Appeal

            By the time the verdict was read at 2.15pm, the public gallery in Lviv had emptied.

            The appeal court upheld the ruling against the former mayor, who was found guilty last year of misusing 3.4 million hryvnias of city funds, his lawyer, Taras Melnyk, said on Thursday.

            "We will take this to the Supreme Court," Mr Melnyk told the Ukrainska Pravda news site. "My client is innocent. He was, is and will remain innocent."

            The mayor, who did not attend, posted a short video on Facebook in which he thanked his supporters and said he would "read the judgment carefully".

            Prosecutors, speaking to the Kyiv Independent, said they were satisfied. "Justice took its time," one of them said. "But it came."

            The case began in 2021, when auditors flagged payments to a company registered to the mayor's brother-in-law. The company, Zakhidbud, denies wrongdoing.

            Hearings were postponed six times \u2014 twice because of air-raid alerts \u2014 before the court sat again in September.

            Click-through rates on the city's e-services portal, which the mayor had championed, fell by half after his arrest, city data show.

            Sign language interpreters were present throughout the hearing, a first for the court.

            Next steps

            The Supreme Court has 30 days to decide whether to hear the case. Until then, the deputy mayor, Iryna Bondar, remains in charge.

            Yes, the court said, the sentence stands. No, it added, the fine will not be reduced.
            """;

    @Test
    void cleanArticlesGiveNoBoilerplateFinding() {
        for (String article : List.of(GRID, COURT)) {
            List<Finding> findings = Boilerplate.check(article);
            assertThat(findings).as("boilerplate findings on clean text").isEmpty();
        }
    }

    @Test
    void cleanArticlesInACorpusThatSharesABackgroundSentenceGiveNoFinding() {
        String background = "Russia launched its full-scale invasion of Ukraine on 24 February 2022.";
        List<String> texts = List.of(
                GRID + "\n" + background + "\n",
                COURT + "\n" + background + "\n",
                "Grain Ships Leave Odesa\n\nThree ships left Odesa on Monday.\n\n" + background + "\n",
                "Schools Reopen in Kharkiv\n\nPupils returned to 40 schools on Monday.\n\n" + background + "\n",
                "Rail Link Restored\n\nTrains ran between Kyiv and Chernihiv again on Sunday.\n");
        CorpusProfiler profiler = new CorpusProfiler();
        for (int i = 0; i < texts.size(); i++) {
            profiler.add(Document.of("doc" + i + ".txt", texts.get(i)));
        }
        CorpusProfile profile = profiler.build();
        for (int i = 0; i < texts.size(); i++) {
            List<Finding> findings = Boilerplate.check(Document.of("doc" + i + ".txt", texts.get(i)), profile);
            assertThat(findings).as("findings on clean document %d", i).isEmpty();
        }
    }
}
