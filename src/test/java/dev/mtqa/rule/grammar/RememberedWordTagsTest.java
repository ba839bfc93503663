package dev.mtqa.rule.grammar;

import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.tagging.BaseTagger;
import org.languagetool.tagging.TaggedWord;
import org.languagetool.tagging.WordTagger;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedWordTagsTest {

    private static Field wordTaggerField() {
        Field field = PrivateFields.find(BaseTagger.class, "wordTagger");
        assertThat(field).as("LanguageTool's BaseTagger still keeps its word tagger in 'wordTagger'").isNotNull();
        return field;
    }

    private static List<String> analyses(Language language, List<String> sentences) throws IOException {
        JLanguageTool tool = new JLanguageTool(language);
        List<String> analysed = new ArrayList<>();
        for (String sentence : sentences) {
            analysed.add(tool.getAnalyzedSentence(sentence).toString());
        }
        return analysed;
    }

    @Test
    void installsOnBothEnglishVariantsTaggers() throws IllegalAccessException {
        for (String code : List.of("en-US", "en-GB")) {
            Language language = Languages.getLanguageForShortCode(code);
            assertThat(RememberedWordTags.install(language)).as(code).isTrue();
            assertThat(wordTaggerField().get(language.getTagger())).isInstanceOf(RememberedWordTags.class);
            assertThat(RememberedWordTags.install(language)).as("installing twice wraps once").isTrue();
            Object installed = wordTaggerField().get(language.getTagger());
            assertThat(((RememberedWordTags) installed).tagger()).isNotInstanceOf(RememberedWordTags.class);
        }
    }

    @Test
    void sentencesAreAnalysedAsWithoutIt() throws Exception {
        Language language = Languages.getLanguageForShortCode("en-US");
        RememberedWordTags.install(language);
        Field field = wordTaggerField();
        RememberedWordTags remembered = (RememberedWordTags) field.get(language.getTagger());
        // Every word twice or more, in several spellings: as written, capitalised, at a sentence's
        // start, upper case, with apostrophes and hyphens, and words no dictionary has.
        List<String> sentences = new ArrayList<>(TestSentences.seedsAndMqm(150));
        sentences.addAll(List.of("The talks resumed. THE TALKS RESUMED. Talks resume today.",
                "Zelenskyy's aides met Kyiv's well-known mayor; the mayor's aides didn't.",
                "Shahed drones hit Odesa's port, officials said, and the port's cranes burned."));
        List<String> with = analyses(language, sentences);
        List<String> again = analyses(language, sentences);
        field.set(language.getTagger(), remembered.tagger());
        try {
            List<String> without = analyses(language, sentences);
            assertThat(with).isEqualTo(without);
            assertThat(again).as("answered from what was remembered").isEqualTo(without);
        } finally {
            field.set(language.getTagger(), remembered);
        }
    }

    @Test
    void answersAreTheTaggersUnmodifiableAndTheMemoryIsBounded() {
        List<String> asked = new ArrayList<>();
        WordTagger counting = word -> {
            asked.add(word);
            return new ArrayList<>(List.of(new TaggedWord(word.toLowerCase(java.util.Locale.ROOT), "NN")));
        };
        RememberedWordTags tags = new RememberedWordTags(counting);

        assertThat(tags.tag("Talks")).containsExactly(new TaggedWord("talks", "NN"));
        assertThat(tags.tag("Talks")).containsExactly(new TaggedWord("talks", "NN"));
        assertThat(asked).as("the second answer was remembered").containsExactly("Talks");
        assertThatThrownBy(() -> tags.tag("Talks").clear()).isInstanceOf(UnsupportedOperationException.class);

        for (int i = 0; i < RememberedWordTags.WORDS + 10; i++) {
            tags.tag("word" + i);
        }
        asked.clear();
        tags.tag("Talks");
        assertThat(asked).as("forgotten once the memory was full").containsExactly("Talks");
    }
}
