package dev.mtqa.input;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecoderTest {
    private static final String NEWS = "Talks in Kyiv \u2013 \u201cno return\u201d, caf\u00e9 owners said.";

    private static DecodedText text(byte[] bytes) {
        TextDecoder.Result result = TextDecoder.decode(bytes);
        assertThat(result).isInstanceOf(TextDecoder.Text.class);
        return ((TextDecoder.Text) result).decoded();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithoutBomIsNotAGuess() {
        DecodedText d = text(NEWS.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(NEWS);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.bom()).isFalse();
        assertThat(d.guessed()).isFalse();
    }

    @Test
    void utf8BomIsRemovedFromTheText() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, NEWS.getBytes(StandardCharsets.UTF_8));
        DecodedText d = text(bytes);
        assertThat(d.text()).isEqualTo(NEWS);
        assertThat(d.bom()).isTrue();
    }

    @Test
    void utf16InBothByteOrdersByBom() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, NEWS.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, NEWS.getBytes(StandardCharsets.UTF_16BE));
        assertThat(text(le).text()).isEqualTo(NEWS);
        assertThat(text(le).charset()).isEqualTo("UTF-16LE");
        assertThat(text(be).text()).isEqualTo(NEWS);
        assertThat(text(be).charset()).isEqualTo("UTF-16BE");
    }

    @Test
    void utf32ByBomIsNotMistakenForUtf16() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, NEWS.getBytes(Charset.forName("UTF-32LE")));
        DecodedText d = text(le);
        assertThat(d.text()).isEqualTo(NEWS);
        assertThat(d.charset()).isEqualTo("UTF-32LE");
    }

    @Test
    void windows1252IsGuessedAndSaysSo() {
        String english = "Prices rose \u2013 again \u2013 as the caf\u00e9 owners said: \u201cwe cannot go on\u201d. "
                + "The na\u00efve plan failed, and the r\u00e9sum\u00e9 of the minister was short.";
        DecodedText d = text(english.getBytes(Charset.forName("windows-1252")));
        assertThat(d.guessed()).isTrue();
        assertThat(d.charset()).isIn("windows-1252", "ISO-8859-1");
        assertThat(d.text()).contains("caf\u00e9", "r\u00e9sum\u00e9");
    }

    @Test
    void windows1251RussianIsGuessed() {
        String russian = "\u041c\u043e\u0441\u043a\u0432\u0430 \u0438 \u041a\u0438\u0435\u0432 \u043d\u0430\u0447\u0430\u043b\u0438 "
                + "\u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u043e \u043c\u0438\u0440\u0435 \u0432 "
                + "\u043f\u044f\u0442\u043d\u0438\u0446\u0443, \u0441\u043e\u043e\u0431\u0449\u0438\u043b \u043f\u0440\u0435\u0441\u0441-"
                + "\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044c.";
        DecodedText d = text(russian.getBytes(Charset.forName("windows-1251")));
        assertThat(d.guessed()).isTrue();
        assertThat(d.charset()).isEqualTo("windows-1251");
        assertThat(d.text()).isEqualTo(russian);
    }

    @Test
    void mostlyUtf8WithBrokenBytesStaysUtf8AndCountsTheDamage() {
        byte[] good = NEWS.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(good, new byte[] {' ', (byte) 0xC3, ' ', (byte) 0xFF});
        DecodedText d = text(bytes);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.guessed()).isFalse();
        assertThat(d.malformed()).isEqualTo(2);
        assertThat(d.text()).startsWith(NEWS).contains("\uFFFD");
    }

    @Test
    void nulBytesWithoutBomAreBinary() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 1, 2};
        assertThat(TextDecoder.decode(bytes)).isInstanceOf(TextDecoder.Binary.class);
    }

    @Test
    void emptyInputIsEmptyText() {
        assertThat(text(new byte[0]).text()).isEmpty();
    }
}
