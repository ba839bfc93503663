package dev.mtqa.input;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8Test {
    @Test
    void wellFormedIsWhatTheJdksStrictDecoderAccepts() {
        // Bytes around every boundary that matters: ASCII, continuation bytes, the leads of
        // two-, three- and four-byte forms and those that are always malformed.
        int[] interesting = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0,
            0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf8, 0xff};
        Random random = new Random(3);
        int wellFormed = 0;
        for (int round = 0; round < 200_000; round++) {
            // Runs of ASCII too, long enough for the eight-bytes-at-a-time path and its ends.
            byte[] bytes = new byte[random.nextInt(24)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(4) == 0 ? interesting[random.nextInt(interesting.length)] : 'a');
            }
            boolean expected = strictlyDecodes(bytes);
            wellFormed += expected ? 1 : 0;
            assertThat(Utf8.wellFormed(bytes)).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
        }
        assertThat(wellFormed).isBetween(10_000, 190_000);
    }

    @Test
    void everyCodePointEncodedIsWellFormed() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue;
            }
            byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            if (!Utf8.wellFormed(bytes)) {
                assertThat(cp).as("U+%04X", cp).isNegative();
            }
        }
    }

    @Test
    void decodingReplacesMalformedBytes() {
        assertThat(Utf8.decode(new byte[] {'a', (byte) 0xe2, (byte) 0x80, 'b', (byte) 0xff}))
                .isEqualTo("a\ufffdb\ufffd");
    }

    private static boolean strictlyDecodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
