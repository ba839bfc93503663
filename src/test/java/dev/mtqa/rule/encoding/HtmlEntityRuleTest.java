package dev.mtqa.rule.encoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlEntityRuleTest {
    private final HtmlEntityRule rule = new HtmlEntityRule();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "Johnson &amp; Johnson|Johnson & Johnson",
        "It&#8217;s over|It\u2019s over",
        "It&#x2019;s over|It\u2019s over",
        "It&rsquo;s &hellip; over|It\u2019s \u2026 over",
        "&quot;Yes&quot;, he said|\"Yes\", he said",
        "He said &amp;quot;yes&amp;quot;|He said \"yes\"",
        "Triple &amp;amp;amp; escaped|Triple & escaped",
        "&lt;p&gt;Text&lt;/p&gt;|<p>Text</p>",
        "Rock &amp roll|Rock & roll",
        "It&#39s fine|It's fine",
        "a dash&#150;in Windows-1252|a dash\u2013in Windows-1252",
        "&apos;quoted&apos;|'quoted'",
        "soft&shy;hyphen|softhyphen"})
    void entitiesAreDecoded(String text, String expected) {
        assertThat(RuleRun.fixed(rule, text)).isEqualTo(expected);
    }

    @Test
    void noBreakSpaceEntitiesFollowTheNoBreakSpacePolicy() {
        assertThat(RuleRun.fixed(rule, "were&nbsp;attacking, 10&nbsp;km, Ukraine.&nbsp; Russia, the end.&nbsp;\nNext"))
                .isEqualTo("were attacking, 10\u00a0km, Ukraine. Russia, the end.\nNext");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AT&T, R&D, Q&A, S&P 500, M&S; B&Q; P&O, H&M, AT&T; and rock&roll.",
        "Tom & Jerry &c. and a URL example.com/?id=1&page=2&lt=3&amp=4",
        "An ampersand at the end &",
        "Not an entity: &notanentity; &x; &#; &#x; &#1"})
    void ampersandsThatAreNotReferencesAreLeftAlone(String text) {
        assertThat(RuleRun.flagged(rule, text)).isEmpty();
    }

    @Test
    void referencesToNoCharacterAreFlaggedForReview() {
        var matches = RuleRun.matches(rule, "bad &#0; and &#xD800; and &#1114112;");
        assertThat(matches).hasSize(3).allMatch(m -> !m.edits().get(0).safe());
    }
}
