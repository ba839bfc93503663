package dev.mtqa.rule.grammar;

import org.languagetool.Language;
import org.languagetool.tagging.BaseTagger;
import org.languagetool.tagging.TaggedWord;
import org.languagetool.tagging.Tagger;
import org.languagetool.tagging.WordTagger;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers, per thread, the tags LanguageTool's English tagger found for each word it looked up,
 * so that a word met again is not looked up again.
 *
 * <p>Why: LanguageTool's tagger asks its word tagger for every token of every sentence, often for
 * two or three spellings of it (as written, lower-cased, capitalised), and each question walks the
 * morfologik dictionary and LanguageTool's lists of added and removed tags: 5 % of a full check's
 * checking thread. News vocabulary repeats (a few thousand words are most of the tokens), so
 * nearly every question has been asked before. The answer depends on the word only (the
 * dictionary and the lists are fixed), so a remembered answer is the same answer.
 *
 * <p>How: LanguageTool's {@link BaseTagger} keeps its word tagger in a field, which is swapped for
 * a wrapper asking the original on a miss. Each thread keeps up to {@value #WORDS} words and starts
 * afresh when that is reached (no lock, bounded memory: a few MB per worker). Lists handed out are
 * unmodifiable, so that no caller can change what another will be given. Should an upgrade rename
 * the field, nothing is changed and a test fails.
 */
final class RememberedWordTags implements WordTagger {
    /** Words each thread remembers before it starts afresh. */
    static final int WORDS = 1 << 15;

    private final WordTagger tagger;
    private final ThreadLocal<Map<String, List<TaggedWord>>> remembered =
            ThreadLocal.withInitial(() -> new HashMap<>(WORDS * 2));

    RememberedWordTags(WordTagger tagger) {
        this.tagger = Objects.requireNonNull(tagger);
    }

    @Override
    public List<TaggedWord> tag(String word) {
        Map<String, List<TaggedWord>> known = remembered.get();
        List<TaggedWord> tags = known.get(word);
        if (tags == null) {
            if (known.size() >= WORDS) {
                known.clear();
            }
            tags = Collections.unmodifiableList(new ArrayList<>(tagger.tag(word)));
            known.put(word, tags);
        }
        return tags;
    }

    /** The word tagger asked on a miss. */
    WordTagger tagger() {
        return tagger;
    }

    /**
     * Puts the wrapper around the word tagger of {@code language}'s tagger; true when it is there
     * (now or before), false when the tagger does not keep one where expected.
     */
    static synchronized boolean install(Language language) {
        Tagger tagger = language.getTagger();
        Field field = PrivateFields.find(BaseTagger.class, "wordTagger");
        if (!(tagger instanceof BaseTagger) || field == null) {
            return false;
        }
        try {
            Object current = field.get(tagger);
            if (current instanceof RememberedWordTags) {
                return true;
            }
            if (!(current instanceof WordTagger words)) {
                return false;
            }
            field.set(tagger, new RememberedWordTags(words));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
