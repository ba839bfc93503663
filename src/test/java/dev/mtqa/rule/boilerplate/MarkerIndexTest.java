package dev.mtqa.rule.boilerplate;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MarkerIndexTest {
    /** The definition: every whole-word occurrence of every marker; the longest as written, then the first. */
    private static String reference(Map<String, String> markers, String key) {
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Map.Entry<String, String> m : markers.entrySet()) {
            String marker = m.getKey();
            for (int at = key.indexOf(marker); at >= 0; at = key.indexOf(marker, at + 1)) {
                int end = at + marker.length();
                boolean whole = (at == 0 || key.charAt(at - 1) == ' ') && (end == key.length() || key.charAt(end) == ' ');
                if (!whole) {
                    continue;
                }
                String written = m.getValue();
                boolean longer = best == null || written.length() > best.length();
                boolean asLongAndEarlier = best != null && written.length() == best.length() && at < bestStart;
                if (longer || asLongAndEarlier) {
                    best = written;
                    bestStart = at;
                }
                break;
            }
        }
        return best;
    }

    @Test
    void findsMarkersAsWholeWordsOnly() {
        MarkerIndex index = new MarkerIndex(Map.of("subscribe to our telegram", "subscribe to our Telegram",
                "follow us", "follow us"));
        assertThat(index.find("please subscribe to our telegram channel")).isEqualTo("subscribe to our Telegram");
        assertThat(index.find("they resubscribe to our telegrams")).isNull();
        assertThat(index.find("subscribe to our telegrams")).isNull();
        assertThat(index.find("follow us")).isEqualTo("follow us");
        assertThat(index.find("follow usa")).isNull();
        assertThat(index.find("")).isNull();
    }

    @Test
    void prefersTheLongestMarkerThenTheFirst() {
        Map<String, String> markers = new LinkedHashMap<>();
        markers.put("follow us", "follow us");
        markers.put("follow us on telegram", "Follow us on Telegram");
        markers.put("join us now", "Join us, now!");
        markers.put("like us", "like us!!");
        MarkerIndex index = new MarkerIndex(markers);
        assertThat(index.find("follow us on telegram")).isEqualTo("Follow us on Telegram");
        assertThat(index.find("follow us and join us now")).isEqualTo("Join us, now!");
        // "follow us" and "like us!!" are as long as written: the first in the sentence wins.
        assertThat(index.find("like us and follow us")).isEqualTo("like us!!");
        assertThat(index.find("follow us and like us")).isEqualTo("follow us");
    }

    @Test
    void markersOfOtherScriptsAreFound() {
        MarkerIndex index = new MarkerIndex(Map.of("\u043f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c \u043d\u0430",
                "\u041f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c \u043d\u0430"));
        assertThat(index.find("\u043f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c \u043d\u0430 \u043a\u0430\u043d\u0430\u043b"))
                .isNotNull();
        assertThat(index.find("\u043f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c")).isNull();
    }

    @Test
    void answersAsTheDefinitionOnRandomSentences() {
        // Few words, so that markers, their prefixes and near misses occur often.
        List<String> words = List.of("follow", "us", "on", "x", "sign", "up", "for", "our", "news", "letter",
                "newsletter", "0", "\u00e9t\u00e9", "us0", "fol");
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            Map<String, String> markers = new LinkedHashMap<>();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                String key = sentence(random, words, 1 + random.nextInt(3));
                markers.putIfAbsent(key, key + "!".repeat(random.nextInt(3)));
            }
            MarkerIndex index = new MarkerIndex(markers);
            for (int i = 0; i < 30; i++) {
                String key = sentence(random, words, random.nextInt(9));
                assertThat(index.find(key)).as("%s in '%s'", markers, key).isEqualTo(reference(markers, key));
            }
        }
    }

    private static String sentence(Random random, List<String> words, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(words.get(random.nextInt(words.size())));
        }
        return sb.toString();
    }
}
