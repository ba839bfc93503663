package dev.mtqa.rule.boilerplate;

import dev.mtqa.config.RuleResources;
import dev.mtqa.text.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditsTest {
    private static final Credits CREDITS = Credits.of(RuleResources.builtIn());

    private static String prefix(String line) {
        Credits.Part part = CREDITS.prefix(line, new Span(0, line.length()));
        return part == null ? null : part.span().of(line) + (part.guessed() ? " [guessed]" : "");
    }

    private static String suffix(String line) {
        Credits.Part part = CREDITS.suffix(line, new Span(0, line.length()));
        return part == null ? null : part.span().of(line);
    }

    private static String metadata(String line) {
        Credits.Part part = Credits.metadata(line, new Span(0, line.length()));
        return part == null ? null : part.span().of(line);
    }

    @Test
    void creditGluedBeforeACaption() {
        assertThat(prefix("\u00a9 AFP 2023 / YURI KADOBNOVA man walks in front of a tower."))
                .isEqualTo("\u00a9 AFP 2023 / YURI KADOBNOV [guessed]");
        assertThat(prefix("\u00a9 Sputnik / Sergey GuneevRussian President Vladimir Putin")).isNull();
        assertThat(prefix("\u00a9 RIA Novosti / ALEKSEY NIKOLSKYRussian President Vladimir Putin"))
                .isEqualTo("\u00a9 RIA Novosti / ALEKSEY NIKOLSKY [guessed]");
        assertThat(prefix("\u00a9 Sputnik / ALEKSEY NIKOLSKY Russian President Vladimir Putin"))
                .isEqualTo("\u00a9 Sputnik / ALEKSEY NIKOLSKY");
        assertThat(prefix("\u00a9 AFP 2023 / YURI KADOBNOV")).isNull();
        assertThat(prefix("AFP 2023 / YURI KADOBNOV A man walks")).isNull();
    }

    @Test
    void creditAfterACaption() {
        assertThat(suffix("Kuleba poses with Wang Yi in Guangzhou, China. - Lu Hanxin/Xinhua via AP"))
                .isEqualTo("Lu Hanxin/Xinhua via AP");
        assertThat(suffix("A crane lifts a tram in Odesa (Getty Images)")).isEqualTo("(Getty Images)");
        assertThat(suffix("A crane lifts a tram in Odesa. Photo: Reuters")).isEqualTo("Photo: Reuters");
        assertThat(suffix("Soldiers rest near Bakhmut | AP Photo/Efrem Lukatsky")).isEqualTo("AP Photo/Efrem Lukatsky");
        assertThat(suffix("Firefighters at work \u2014 AFP via Getty Images")).isEqualTo("AFP via Getty Images");
        assertThat(suffix("A destroyed tank in Bucha. Photo: Jane Doe for The Guardian"))
                .isEqualTo("Photo: Jane Doe for The Guardian");
    }

    @Test
    void sentencesThatMentionAgenciesAreNotCredits() {
        assertThat(suffix("Biden Does Not Want to Talk to Putin Now, But Diplomacy Not Ruled Out - White House")).isNull();
        assertThat(suffix("The talks ended, AFP reported - officials in Kyiv/Kharkiv confirmed.")).isNull();
        assertThat(suffix("A photo by Reuters showed the convoy")).isNull();
        assertThat(suffix("He spoke to reporters (Reuters was among them)")).isNull();
        assertThat(suffix("Russia says it is ready for talks - Reuters")).isNull();
        assertThat(CREDITS.isWholeCredit("AFP reported that the convoy had reached the border.")).isFalse();
        assertThat(CREDITS.isWholeCredit("Copyright law was amended in 2021.")).isFalse();
        assertThat(CREDITS.isWholeCredit("Ukraine/Russia")).isFalse();
        assertThat(CREDITS.isWholeCredit("Photo: a man walks past a destroyed building")).isFalse();
        assertThat(CREDITS.isWholeCredit("\u00a9 Sputnik / Sergey Guneev Russian President Vladimir Putin chairs a meeting"))
                .isFalse();
    }

    @Test
    void wholeLineCredits() {
        assertThat(CREDITS.isWholeCredit("Photo: Reuters")).isTrue();
        assertThat(CREDITS.isWholeCredit("(Getty Images)")).isTrue();
        assertThat(CREDITS.isWholeCredit("Reuters")).isTrue();
        assertThat(CREDITS.isWholeCredit("Lu Hanxin/Xinhua via AP")).isTrue();
        assertThat(CREDITS.isWholeCredit("\u00a9 AFP 2023 / YURI KADOBNOV")).isTrue();
        assertThat(CREDITS.isWholeCredit("\u00a9 2023 Example News Ltd. All rights reserved.")).isTrue();
        assertThat(CREDITS.isWholeCredit("Copyright 2023 The Associated Press. All rights reserved.")).isTrue();
        assertThat(CREDITS.isWholeCredit("Photo by Jane Doe/AFP")).isTrue();
    }

    @Test
    void imageMetadata() {
        assertThat(metadata("A man walks in Moscow on September 10, 2020. - Sputnik International, 1920, 25.02.2022"))
                .isEqualTo("Sputnik International, 1920, 25.02.2022");
        assertThat(metadata("Russian Foreign Minister Sergei Lavrov  - Sputnik International, 1920, 25.02.2022"))
                .isEqualTo("Sputnik International, 1920, 25.02.2022");
        assertThat(metadata("Sputnik International, 1920, 25.02.2022")).isEqualTo("Sputnik International, 1920, 25.02.2022");
        assertThat(metadata("IMG_0412.JPG")).isEqualTo("IMG_0412.JPG");
        assertThat(metadata("1920x1080")).isEqualTo("1920x1080");
        assertThat(metadata("The treaty was signed in Paris, 1920, and revised in 1924.")).isNull();
        assertThat(metadata("Turnout in Kharkiv, 1920, 25.02.2022")).isNull();
        assertThat(metadata("See the file report.pdf for details")).isNull();
    }

    @Test
    void theSeparatorPrecheckNeverTurnsAwayALineWithASeparator() {
        String alphabet = "a -|\u2013\u2014\u00a0\t\n\u000b\f\r\u2003\u2012.";
        java.util.Random random = new java.util.Random(41);
        int found = 0;
        for (int round = 0; round < 50_000; round++) {
            String s = dev.mtqa.RandomText.of(random, alphabet, random.nextInt(12));
            java.util.regex.Matcher m = Credits.SEPARATOR.matcher(s);
            int expected = -1;
            while (m.find()) {
                expected = m.end();
            }
            found += expected >= 0 ? 1 : 0;
            assertThat(Credits.lastSeparatorEnd(s)).as("\u201c%s\u201d", s).isEqualTo(expected);
            if (expected >= 0) {
                assertThat(Credits.maySeparate(s)).as("\u201c%s\u201d", s).isTrue();
            }
        }
        // Both answers occur often enough for the comparison to mean something.
        assertThat(found).isBetween(5_000, 45_000);
        assertThat(Credits.maySeparate("Workers repair a power line near Odesa on Monday")).isFalse();
        assertThat(Credits.maySeparate("Odesa on Monday. - Jane Doe/AP")).isTrue();
    }

    @Test
    void theCopyrightPrecheckNeverTurnsAwayANotice() {
        String[] pieces = {"\u00a9", "(c)", "(C)", "Copyright", "COPYRIGHT", "copyright ", "by", " ", "2023", "\u212a",
            "\u0441", "x", "(", "c"};
        java.util.Random random = new java.util.Random(43);
        int notices = 0;
        for (int round = 0; round < 30_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(4); k >= 0; k--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            String line = s.toString();
            boolean expected = Credits.COPYRIGHT.matcher(line).lookingAt();
            notices += expected ? 1 : 0;
            assertThat(Credits.startsWithCopyright(line)).as(line).isEqualTo(expected);
            String inText = "ab" + line + "\n";
            assertThat(Credits.startsWithCopyright(inText, 2, 2 + line.length())).as(line)
                    .isEqualTo(Credits.COPYRIGHT.matcher(line.substring(0, Math.min(line.length(), 20))).lookingAt());
        }
        assertThat(notices).isBetween(3_000, 27_000);
    }
}
