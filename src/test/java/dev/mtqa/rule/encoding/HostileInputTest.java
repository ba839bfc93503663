package dev.mtqa.rule.encoding;

import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.script.ForeignScriptRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ENCODING and UNTRANSLATED rules never throw and keep their spans inside the text, whatever
 * the input: random mixes of the characters they care about, lone surrogates, NULs.
 */
class HostileInputTest {
    private static final List<Rule> RULES = List.of(new MojibakeRule(), new ReplacementCharacterRule(),
            new ControlCharacterRule(), new InvisibleCharacterRule(), new NoBreakSpaceRule(), new NotNfcRule(),
            new HtmlEntityRule(), new LookalikeLetterRule(), new ForeignScriptRule());

    /** Characters the rules look at, and their neighbours. */
    private static final String ALPHABET = "aZ \n\r\t.,;&#x;0123456789\u00a0\u202f\u00ad\u200b\u200d\u200e\u202e\ufeff"
            + "\uFFFD\u001a\u0000\u001b[m\u0085\u0092\u00c3\u00c2\u00a9\u00e2\u20ac\u2122\u0153\u00c5\u00e9\u0301\u212b"
            + "\u0430\u0456\u0416\u03bf\u03a9\u4e2d\u05d0\u0645\ud83d\ude00\ud800\udc00()[]\u201c\u201d\u2019'\"";

    @Test
    void randomTextNeverBreaksARule() {
        Random random = new Random(20240229L);
        for (int round = 0; round < 3_000; round++) {
            int length = random.nextInt(60);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = b.toString();
            for (Rule rule : RULES) {
                for (Match m : RuleRun.matches(rule, text)) {
                    assertThat(m.end()).as("%s on %s", rule.metadata().id(), text).isLessThanOrEqualTo(text.length());
                    for (Edit e : m.edits()) {
                        assertThat(e.end()).as("%s on %s", rule.metadata().id(), text).isLessThanOrEqualTo(text.length());
                        assertThat(e.start()).isLessThanOrEqualTo(e.end());
                    }
                }
            }
        }
    }
}
