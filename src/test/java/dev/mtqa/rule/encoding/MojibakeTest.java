package dev.mtqa.rule.encoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mojibake repair as a round trip: clean text must come through untouched; the same text, UTF-8
 * encoded and decoded with the wrong charset, must come back exactly.
 */
class MojibakeTest {
    /** Clean text in many languages and with typographic characters; written for this test. */
    static List<String> sentences() {
        return List.of(
                "The minister\u2019s \u201cpeace plan\u201d \u2014 unveiled on Friday \u2013 costs \u20ac5bn\u2026",
                "Caf\u00e9 owners in S\u00e3o Paulo, M\u00fcnchen and Krak\u00f3w met Fran\u00e7ois at the \u00c9lys\u00e9e.",
                "D\u00e9j\u00e0 vu: the na\u00efve r\u00e9sum\u00e9 of a \u00fcber-fan, 25\u00b0C, \u00bd price, \u00a9 2024 \u00ae \u2122.",
                "Zaj\u0105c, \u0141\u00f3d\u017a, \u017b\u00f3\u0142w, Wroc\u0142aw and Gda\u0144sk voted; \u0160koda and \u010capek too.",
                "Dvo\u0159\u00e1k, Ji\u0159\u00ed, \u0158\u00edmsk\u00e1, Pr\u0161ut, Ivanovi\u0107 and \u0110okovi\u0107 played.",
                "\u0130stanbul\u2019da ya\u011fmur ya\u011f\u0131yor; \u015eanl\u0131urfa ve I\u011fd\u0131r da.",
                "Nguy\u1ec5n Th\u1ecb Minh Khai v\u00e0 H\u1ed3 Ch\u00ed Minh.",
                "\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a \u043e\u0442\u043a\u0440\u044b\u0432\u0430\u0435\u043c\u043e\u0433\u043e \u043c\u0430\u0442\u0435\u0440\u0438\u0430\u043b\u0430",
                "\u0421\u043b\u0430\u0432\u0430 \u0423\u043a\u0440\u0430\u0457\u043d\u0456! \u0413\u0435\u0440\u043e\u044f\u043c \u0441\u043b\u0430\u0432\u0430.",
                "\u0397 \u0391\u03b8\u03ae\u03bd\u03b1 \u03b5\u03af\u03bd\u03b1\u03b9 \u03b7 \u03c0\u03c1\u03c9\u03c4\u03b5\u03cd\u03bf\u03c5\u03c3\u03b1.",
                "\u05e9\u05dc\u05d5\u05dd \u05e2\u05dc\u05d9\u05db\u05dd and \u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645.",
                "\u4e60\u8fd1\u5e73\u8bf4\uff0c\u4e2d\u56fd\u652f\u6301\u548c\u5e73\u3002\u6771\u4eac\u30bf\u30ef\u30fc\u3068\ud55c\uad6d\uc5b4.",
                "Emoji: \ud83d\ude00 \ud83d\udc4d\ud83c\udffd \ud83c\uddfa\ud83c\udde6 \u2764\ufe0f and \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67.",
                "Math: x \u2264 5, y \u2265 3, \u221a2 \u2248 1.414, \u00b15%, 3\u00d74 \u00f7 2, \u2116 7, \u00a7 12.");
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void cleanTextIsLeftAlone(String clean) {
        assertThat(Mojibake.find(clean)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void utf8ReadAsWindows1252IsRepaired(String clean) {
        assertThat(repair(misread(clean, "windows-1252"))).isEqualTo(clean);
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void utf8ReadAsLatin1IsRepaired(String clean) {
        assertThat(repair(misread(clean, "ISO-8859-1"))).isEqualTo(clean);
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void doubleMojibakeIsRepairedInOneFix(String clean) {
        String twice = misread(misread(clean, "windows-1252"), "windows-1252");
        assertThat(repair(twice)).isEqualTo(clean);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a \u043e\u0442\u043a\u0440\u044b\u0432\u0430\u0435\u043c\u043e\u0433\u043e",
        "\u05e9\u05dc\u05d5\u05dd \u05e2\u05dc\u05d9\u05db\u05dd",
        "\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645",
        "It\u2019s \u201cfine\u201d \u2014 really."})
    void wholeWordsMisreadAsOtherCharsetsAreRepairedOrLeftAlone(String clean) {
        // Windows-1250 and ISO-8859-2 share most characters at different bytes: where both decode a
        // word plausibly but differently, the repair is ambiguous and not made. A word is never
        // repaired wrongly.
        int repaired = 0;
        for (String charset : List.of("windows-1250", "ISO-8859-2", "windows-1251", "windows-1253", "windows-1254",
                "windows-1257", "x-MacRoman", "IBM437")) {
            String misread = misread(clean, charset);
            if (!misread.equals(clean)) {
                String result = repair(misread);
                String[] words = result.split(" ");
                String[] cleanWords = clean.split(" ");
                String[] misreadWords = misread.split(" ");
                assertThat(words).as(charset + ": " + misread).hasSameSizeAs(cleanWords);
                for (int w = 0; w < words.length; w++) {
                    assertThat(words[w]).as(charset + ": " + misread).isIn(cleanWords[w], misreadWords[w]);
                }
                repaired += result.equals(clean) ? 1 : 0;
            }
        }
        assertThat(repaired).as("charsets repaired").isGreaterThanOrEqualTo(5);
    }

    @Test
    void oneRepairPerMojibakeRunWithTheRightSpan() {
        String text = "Talks in M\u00c3\u00a9xico and Krak\u00c3\u00b3w.";
        List<Mojibake.Repair> repairs = Mojibake.find(text);
        assertThat(repairs).extracting(Mojibake.Repair::replacement).containsExactly("\u00e9", "\u00f3");
        assertThat(text.substring(repairs.get(0).start(), repairs.get(0).end())).isEqualTo("\u00c3\u00a9");
        assertThat(repairs).allMatch(Mojibake.Repair::safe);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A capital letter before a symbol is ordinary text, not a lead byte.
        "The HAL\u00c5\u2122 chair and a gap of 3 \u00c5\u2014 wide.",
        "S\u00c9\u00ae brand, NESTL\u00c9\u2122 and BJ\u00d6RK\u2026 all good.",
        "ALL CAPS FINNISH: SELK\u00c4\u00a0EDELL\u00c4 and M\u00c4\u00a3\u00c4M.",
        // Portuguese capitals, on their own and before punctuation.
        "S\u00c3O PAULO, IRM\u00c3, N\u00c3O and C O N C L U S \u00c3 O.",
        "A word about \u00c3\u2019s and \u00c9\u2019s in all-caps names.",
        // Symbols next to accented letters.
        "5\u00d7\u00a335, a \u201c\u00d7\u201d sign, 4288\u00d7\u2026 and caf\u00e9\u2026\u201d at the end.",
        "Bront\u00eb\u2026\u201d, na\u00efve\u2014\u201cwhy\u201d, \u00fcber\u2019s.",
        // Other scripts that happen to be valid UTF-8 when read as bytes.
        "\u0412\u0406\u041a\u0406 and \u0414\u0406\u0414\u0406; \u041f\u043e\u0437\u0434\u0440\u0430\u0432\u0402\u0430\u0432\u043e.",
        "\u221a\u03c0 and \u2206\u00b0 and 2012\u2014\u221e."})
    void plausibleTextIsNotMojibake(String text) {
        assertThat(Mojibake.find(text)).isEmpty();
    }

    @Test
    void aLostByteBecomesOneReplacementCharacter() {
        String text = "\u00e2\u20ac\u0153lossy\u00e2\u20ac\uFFFD";
        assertThat(repair(text)).isEqualTo("\u201clossy\uFFFD");
    }

    @Test
    void aNoBreakSpaceTurnedIntoASpaceIsRepaired() {
        assertThat(repair("voil\u00c3 le travail, d\u00c3\u00a9j\u00c3  vu")).isEqualTo("voil\u00e0 le travail, d\u00e9j\u00e0 vu");
        assertThat(repair("Il est all\u00c3\u00a9 \u00c3  la gare.")).isEqualTo("Il est all\u00e9 \u00e0 la gare.");
        assertThat(repair("It ended.\u00c2  Then it began.")).isEqualTo("It ended. Then it began.");
    }

    @Test
    void aTruncatedQuoteIsOfferedForReview() {
        List<Mojibake.Repair> repairs = Mojibake.find("He said \u00e2\u20ac\u0153yes,\u00e2\u20ac and left.");
        assertThat(repairs).hasSize(2);
        assertThat(repairs.get(1).replacement()).isEqualTo("\u201d");
        assertThat(repairs.get(1).safe()).isFalse();
    }

    @Test
    void hugeAndHostileInputDoesNotThrow() {
        String noise = "\u00c3\u00a9\uFFFD\u0000\u00e2\u20ac".repeat(50_000) + "\ud800" + "\u4e2d".repeat(100_000);
        assertThat(Mojibake.find(noise)).isNotEmpty();
        assertThat(Mojibake.find("\ud800\udc00\u00c3")).isEmpty();
    }

    /** UTF-8 bytes of {@code text} decoded as {@code charset}, undefined bytes as their C1 controls. */
    static String misread(String text, String charset) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder();
        Charset cs = Charset.forName(charset);
        for (byte x : bytes) {
            if (x >= 0) {
                b.append((char) x);
                continue;
            }
            String s = cs.decode(ByteBuffer.wrap(new byte[] {x})).toString();
            b.append(s.equals("\uFFFD") ? (char) (x & 0xFF) : s);
        }
        return b.toString();
    }

    /** Applies every repair. */
    static String repair(String text) {
        StringBuilder b = new StringBuilder(text);
        List<Mojibake.Repair> repairs = Mojibake.find(text);
        for (int i = repairs.size() - 1; i >= 0; i--) {
            Mojibake.Repair r = repairs.get(i);
            if (r.safe()) {
                b.replace(r.start(), r.end(), r.replacement());
            }
        }
        return b.toString();
    }
}
