package dev.mtqa.input;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 as mtqa reads it: malformed bytes become U+FFFD, never an error. */
final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /** {@code bytes} decoded, each malformed sequence replaced by U+FFFD as the JDK's decoder does. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }

    /**
     * True when {@code bytes} are well-formed UTF-8 as the Unicode standard defines it (and the
     * JDK's decoder reads it): no stray continuation bytes, no truncated or overlong sequences, no
     * surrogates, nothing past U+10FFFF. Then every decoder reads the same characters from them.
     */
    static boolean wellFormed(byte[] bytes) {
        int n = bytes.length;
        int i = 0;
        while (i < n) {
            // Eight bytes at a time while they are ASCII: most of a news corpus is.
            while (i + Long.BYTES <= n && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
            }
            if (i >= n) {
                break;
            }
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xff;
            if (b < 0xc2 || b > 0xf4) {
                // A continuation byte, an overlong two-byte lead (C0, C1), or a lead past U+10FFFF.
                return false;
            }
            int length = b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
            if (i + length > n) {
                return false;
            }
            for (int k = 1; k < length; k++) {
                if ((bytes[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            int second = bytes[i + 1] & 0xff;
            if (b == 0xe0 && second < 0xa0 || b == 0xed && second > 0x9f
                    || b == 0xf0 && second < 0x90 || b == 0xf4 && second > 0x8f) {
                // Overlong three- and four-byte forms, surrogates (ED A0..BF), past U+10FFFF.
                return false;
            }
            i += length;
        }
        return true;
    }
}
