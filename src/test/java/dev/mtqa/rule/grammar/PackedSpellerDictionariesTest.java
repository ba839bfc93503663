package dev.mtqa.rule.grammar;

import dev.mtqa.EnglishVariant;
import morfologik.stemming.Dictionary;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class PackedSpellerDictionariesTest {

    /** The packed dictionaries by LanguageTool's key, as the build wrote them (file name, bytes). */
    private static Map<String, byte[]> packed() throws IOException {
        ClassLoader loader = PackedSpellerDictionaries.class.getClassLoader();
        InputStream index = loader.getResourceAsStream(
                PackedSpellerDictionaries.FOLDER + "/" + PackedSpellerDictionaries.INDEX);
        assertThat(index).as("the build packs the dictionaries (run the tests through Maven)").isNotNull();
        Map<String, byte[]> packed = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.split("\t");
                try (InputStream fsa = loader.getResourceAsStream(PackedSpellerDictionaries.FOLDER + "/" + parts[1])) {
                    packed.put(parts[0], Objects.requireNonNull(fsa, parts[1]).readAllBytes());
                }
            }
        }
        return packed;
    }

    @Test
    void eachEnglishVariantHasItsWordListsPackedAndInstalled() throws IOException {
        Map<String, byte[]> packed = packed();
        assertThat(packed.keySet()).as("one dictionary for each English variant's metadata")
                .anyMatch(key -> key.endsWith("/en_US.info")).anyMatch(key -> key.endsWith("/en_GB.info"));
        assertThat(PackedSpellerDictionaries.install()).isTrue();
        Map<String, Dictionary> cache = PackedSpellerDictionaries.cache();
        assertThat(cache).as("LanguageTool still caches its compiled dictionaries in dicPathToDict").isNotNull();
        assertThat(cache).containsKeys(packed.keySet().toArray(String[]::new));
    }

    @Test
    void thePackedAutomataAreTheOnesLanguageToolCompilesNow() throws IOException {
        // Guards against a LanguageTool upgrade or a changed word list the packed files were not
        // rebuilt for: each is compared with what LanguageTool compiles here, from its own lists.
        Map<String, byte[]> packed = packed();
        Map<String, Dictionary> cache = PackedSpellerDictionaries.cache();
        assertThat(cache).isNotNull();
        Map<String, Dictionary> kept = new LinkedHashMap<>(cache);
        try {
            cache.keySet().removeAll(packed.keySet());
            List<String> compiledSuggestions = new java.util.ArrayList<>();
            for (EnglishVariant variant : EnglishVariant.values()) {
                PackedSpellerDictionaries.compileWordLists(variant);
                compiledSuggestions.add(suggestions(variant));
            }
            for (Map.Entry<String, byte[]> entry : packed.entrySet()) {
                Dictionary compiled = cache.get(entry.getKey());
                assertThat(compiled).as("LanguageTool compiled %s", entry.getKey()).isNotNull();
                // Stale when LanguageTool or its word lists changed since the build packed them.
                assertThat(Arrays.equals(PackedSpellerDictionaries.serialise(compiled), entry.getValue()))
                        .as("%s packed as LanguageTool compiles it now", entry.getKey()).isTrue();
                // Read back, it accepts the same sequences in the same order as LanguageTool's own: the
                // same minimal automaton with its arcs in the same order, which the speller walks
                // in that order (node layout aside, which serialising afresh may change).
                Dictionary reread = Dictionary.read(new ByteArrayInputStream(entry.getValue()),
                        JLanguageTool.getDataBroker().getFromResourceDirAsStream(
                                PackedSpellerDictionaries.metadataPath(entry.getKey())));
                assertThat(sequences(reread)).as(entry.getKey()).isEqualTo(sequences(compiled));
                assertThat(reread.metadata.getEncoding()).isEqualTo(compiled.metadata.getEncoding());
            }
            // And the spellers suggest the same, in the same order, with the packed ones.
            cache.keySet().removeAll(packed.keySet());
            assertThat(PackedSpellerDictionaries.reinstall()).isTrue();
            List<String> packedSuggestions = new java.util.ArrayList<>();
            for (EnglishVariant variant : EnglishVariant.values()) {
                packedSuggestions.add(suggestions(variant));
            }
            assertThat(compiledSuggestions).as("the sentence has misspellings").allMatch(m -> m.contains("MORFOLOGIK"));
            assertThat(packedSuggestions).isEqualTo(compiledSuggestions);
        } finally {
            cache.putAll(kept);
        }
    }

    /** Every sequence the dictionary's automaton accepts, in the order its arcs give them. */
    private static List<String> sequences(Dictionary dictionary) {
        List<String> all = new java.util.ArrayList<>();
        for (java.nio.ByteBuffer sequence : dictionary.fsa) {
            byte[] bytes = new byte[sequence.remaining()];
            sequence.get(bytes);
            all.add(new String(bytes, StandardCharsets.ISO_8859_1));
        }
        return all;
    }

    /** Spelling matches and their suggestions for misspellings of words from the binary and the plain-text lists. */
    private static String suggestions(EnglishVariant variant) throws IOException {
        JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode(variant.code()));
        return tool.check("The negotiatoins with Fraunhofr and the Lamborgini dealers in Bramptn ended on Mondya.")
                .stream().map(m -> m.getRule().getId() + "@" + m.getFromPos() + m.getSuggestedReplacements())
                .toList().toString();
    }

    @Test
    void theMetadataFileIsReadOffTheKey() {
        assertThat(PackedSpellerDictionaries.metadataPath(
                "[en/hunspell/spelling.txt, spelling_global.txt, /en/multiwords.txt]|/en/hunspell/en_US.info"))
                .isEqualTo("/en/hunspell/en_US.info");
        assertThat(PackedSpellerDictionaries.metadataPath("[a.txt]/x/y.info")).isEqualTo("/x/y.info");
    }

    @Test
    void wordsFromEachPlainTextListAreKnownToTheSpellerAndAMisspellingIsNot() throws IOException {
        PackedSpellerDictionaries.install();
        JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        MorfologikSpellerRule speller = tool.getAllRules().stream()
                .filter(MorfologikSpellerRule.class::isInstance).map(MorfologikSpellerRule.class::cast)
                .findFirst().orElseThrow();
        // Words of the binary dictionary and of the packed plain-text lists alike.
        for (String word : List.of("news", "minister", "WandaVision", "Bookmarksgrove")) {
            assertThat(speller.isMisspelled(word)).as(word).isFalse();
        }
        assertThat(speller.isMisspelled("negotiatoins")).isTrue();
    }
}
