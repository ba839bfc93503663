package dev.mtqa.text;

import dev.mtqa.RandomText;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class AsciiWordMapTest {
    private static final Map<String, Integer> KEYS = Map.of("colour", 1, "organise", 2, "defence", 3, "eon", 4,
            "ko", 5);

    @Test
    void findsAWordInsideATextWithOrWithoutFoldingCase() {
        AsciiWordMap<Integer> map = new AsciiWordMap<>(KEYS);
        String text = "The Colour of defence, ORGANISE it";
        assertThat(map.get(text, 4, 10, true)).isEqualTo(1);
        assertThat(map.get(text, 4, 10, false)).isNull();
        assertThat(map.get(text, 14, 21, false)).isEqualTo(3);
        assertThat(map.get(text, 23, 31, true)).isEqualTo(2);
        assertThat(map.get(text, 0, 3, true)).isNull();
    }

    @Test
    void nonAsciiSpansAreLookedUpAsStringsAre() {
        // KELVIN SIGN lower-cases to an ASCII k; DOTTED CAPITAL I to two characters.
        Map<String, Integer> keys = new HashMap<>(KEYS);
        keys.put("encyclop\u00e6dia", 6);
        AsciiWordMap<Integer> map = new AsciiWordMap<>(keys);
        assertThat(map.get("\u212Ao", 0, 2, true)).isEqualTo(5);
        assertThat(map.get("Encyclop\u00c6dia", 0, 12, true)).isEqualTo(6);
        assertThat(map.get("\u0130on", 0, 3, true)).isNull();
        AsciiWordMap<Integer> asciiOnly = new AsciiWordMap<>(KEYS);
        assertThat(asciiOnly.get("\u212Ao", 0, 2, true)).isEqualTo(5);
        assertThat(asciiOnly.get("colo\u212A", 0, 5, true)).isNull();
    }

    @Test
    void answersAsAHashMapOfLowerCasedWordsDoesOnRandomText() {
        // With some keys outside ASCII, and with ASCII keys only (where the quick "no" is used).
        for (String keyAlphabet : new String[] {"abcdeilnorsuz\u00e6\u00e9", "abcdeilnorsuzK"}) {
            Map<String, Integer> keys = new HashMap<>();
            Random random = new Random(7);
            for (int i = 0; i < 400; i++) {
                keys.put(RandomText.of(random, keyAlphabet, 1 + random.nextInt(6)), i);
            }
            AsciiWordMap<Integer> map = new AsciiWordMap<>(keys);
            String alphabet = "abcdeilnorsuzAEIOUKZ\u00e6\u00c6\u0130\u212A\u00e9";
            for (int i = 0; i < 200_000; i++) {
                String word = RandomText.of(random, alphabet, random.nextInt(8));
                String text = "<" + word + ">";
                boolean fold = random.nextBoolean();
                Integer expected = keys.get(fold ? word.toLowerCase(Locale.ROOT) : word);
                assertThat(map.get(text, 1, 1 + word.length(), fold)).as("%s fold=%s", word, fold).isEqualTo(expected);
            }
        }
    }
}
