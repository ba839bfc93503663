package dev.mtqa.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON that can sit inside an HTML {@code <script type="application/json">} element whatever the
 * strings in it hold. The HTML parser ends a script element at {@code </script} and treats
 * {@code <!--} specially, and nothing inside it is unescaped; so {@code <}, {@code >} and {@code &}
 * are written as {@code \u003C}-style escapes, which JSON.parse turns back into the same
 * characters. U+2028 and U+2029 are escaped too, so the text is also a valid JavaScript literal,
 * and so are surrogates: a lone one (invalid UTF-16 that a JSONL escape can produce) would not
 * survive the page's UTF-8, and the script must see the very text the offsets count in.
 */
final class ScriptJson {
    private static final ObjectMapper MAPPER = new ObjectMapper(
            new JsonFactory().setCharacterEscapes(new ScriptSafeEscapes()));

    private ScriptJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write report data as JSON", e);
        }
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] ascii;

        ScriptSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == '\u2028') {
                return LINE_SEPARATOR;
            }
            if (ch == '\u2029') {
                return PARAGRAPH_SEPARATOR;
            }
            if (ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE) {
                // Written as escapes, a lone surrogate survives the page's UTF-8 and reaches the script.
                return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch));
            }
            return null;
        }
    }
}
