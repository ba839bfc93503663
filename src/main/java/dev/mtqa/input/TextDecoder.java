package dev.mtqa.input;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns bytes into text, in this order of trust:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16 and UTF-32 in either byte order) names the charset;</li>
 *   <li>a NUL byte without a BOM means the input is binary, not text;</li>
 *   <li>bytes that are valid UTF-8 are UTF-8;</li>
 *   <li>bytes that are mostly UTF-8 (valid multi-byte sequences, a few broken ones) are UTF-8 with
 *       the broken sequences replaced by U+FFFD, so a scrape with a few bad bytes is not turned
 *       into mojibake by a wrong guess;</li>
 *   <li>anything else is a legacy 8-bit charset, guessed by ICU's {@link CharsetDetector}.</li>
 * </ol>
 * Never throws on any input.
 */
public final class TextDecoder {
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    /** The result of decoding: text, or the fact that the bytes are binary. */
    public sealed interface Result permits Text, Binary {
    }

    public record Text(DecodedText decoded) implements Result {
    }

    public record Binary(String reason) implements Result {
    }

    private TextDecoder() {
    }

    public static Result decode(byte[] bytes) {
        Optional<DecodedText> byBom = decodeByBom(bytes);
        if (byBom.isPresent()) {
            return new Text(byBom.get());
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            return new Binary("contains a NUL byte at offset " + nul + " and no byte-order mark");
        }
        if (isValidUtf8(bytes)) {
            return new Text(new DecodedText(new String(bytes, StandardCharsets.UTF_8), "UTF-8", false, false, 100, 0));
        }
        Utf8Census census = Utf8Census.of(bytes);
        if (census.validMultiByte() > census.invalid()) {
            return new Text(new DecodedText(new String(bytes, StandardCharsets.UTF_8), "UTF-8", false, false, 100,
                    census.invalid()));
        }
        return new Text(guess(bytes));
    }

    private static Optional<DecodedText> decodeByBom(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(withBom(b, 3, StandardCharsets.UTF_8));
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(withBom(b, 4, UTF_32LE));
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(withBom(b, 4, UTF_32BE));
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return Optional.of(withBom(b, 2, StandardCharsets.UTF_16LE));
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return Optional.of(withBom(b, 2, StandardCharsets.UTF_16BE));
        }
        return Optional.empty();
    }

    private static DecodedText withBom(byte[] bytes, int bomLength, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, bomLength, bytes.length - bomLength)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
        return new DecodedText(text, charset.name(), true, false, 100, countReplacements(text));
    }

    private static DecodedText guess(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match != null && Charset.isSupported(match.getName())) {
            Charset charset = Charset.forName(match.getName());
            String text = new String(bytes, charset);
            return new DecodedText(text, charset.name(), false, true, match.getConfidence(), 0);
        }
        // Nothing better known: Windows-1252 maps every byte, so no text is lost.
        return new DecodedText(new String(bytes, Charset.forName("windows-1252")), "windows-1252", false, true, 0, 0);
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int countReplacements(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                n++;
            }
        }
        return n;
    }

    /** Counts well-formed multi-byte UTF-8 sequences and bytes that fit no sequence. */
    record Utf8Census(int validMultiByte, int invalid) {
        static Utf8Census of(byte[] b) {
            int valid = 0;
            int invalid = 0;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                int need;
                if (c < 0x80) {
                    i++;
                    continue;
                } else if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                } else {
                    invalid++;
                    i++;
                    continue;
                }
                int j = 1;
                while (j <= need && i + j < b.length && (b[i + j] & 0xC0) == 0x80) {
                    j++;
                }
                if (j == need + 1) {
                    valid++;
                    i += need + 1;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Census(valid, invalid);
        }
    }
}
