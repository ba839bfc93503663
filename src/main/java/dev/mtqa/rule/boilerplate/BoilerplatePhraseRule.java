package dev.mtqa.rule.boilerplate;

import dev.mtqa.config.RuleResources;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.text.Span;
import dev.mtqa.text.TextIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * UI strings from the boilerplate phrase list ({@link PhraseList}, {@code rules/boilerplate-phrases.txt}):
 * buttons, banners, comment and login prompts, promotions that a scraper copied with the article.
 *
 * <p>The rule in words:
 * <ul>
 *   <li>a line that says exactly a listed phrase (ignoring case, punctuation, bullets and
 *       numbers) is flagged whole, and its fix deletes the line;</li>
 *   <li>a line made only of listed phrases, one per sentence ({@code "Your email address will not
 *       be published. Required fields are marked *"}), is flagged whole in the same way;</li>
 *   <li>inside a line of article text, a sentence that is exactly a listed phrase of five words
 *       or more ("Please enable JavaScript to view the comments.") is flagged and deleted on its
 *       own; shorter phrases ("Something went wrong.", "I agree.") are ordinary sentences of
 *       news prose too often;</li>
 *   <li>a sentence of at most 40 words that contains a marker ({@code ...subscribe to our Telegram
 *       channel...}) is a promotion and is flagged whole.</li>
 * </ul>
 * A UI string glued to article text without a sentence break ({@code "Advertisement The president
 * said…"}) is never matched, so article text is never deleted. Quoted speech is not chrome: in a
 * line with quotation marks, sentences are not compared with the whole phrases, and a sentence
 * with quotation marks is never taken for a promotion.
 */
public final class BoilerplatePhraseRule implements Rule {
    static final String ID = "BOILERPLATE_PHRASE";
    /** A promotion is a sentence, not a paragraph. */
    private static final int MAX_PROMO_WORDS = 40;
    private static final int MIN_SENTENCE_PHRASE_WORDS = 5;
    /** Longer sentences are not compared with the list at all (a promotion is at most 40 words). */
    private static final int MAX_SENTENCE_CHARS = 1000;

    private static final RuleMetadata METADATA = new RuleMetadata(ID, Category.BOILERPLATE, Severity.ERROR,
            "A UI string from the boilerplate phrase list (button, banner, prompt, promotion)",
            "This line or sentence is part of the web page, not of the article: a button, a cookie or error banner, "
                    + "a comment or login prompt, a newsletter or channel promotion. Scrapers copy it along with the "
                    + "text. Delete it; the phrases are listed in rules/boilerplate-phrases.txt.",
            List.of(
                    Example.flags("The ministry confirmed the figures on Monday.\n\n<marker>Share this article</marker>\n\n"
                            + "Talks resume next week.", ""),
                    Example.flags("Talks resume next week.\n<marker>\u2022 Loading comments\u2026</marker>\n", ""),
                    Example.flags("Prices rose by 4%. <marker>Please enable JavaScript to view the comments.</marker> "
                            + "Analysts expect a cut.", ""),
                    Example.flags("The council will meet again on Tuesday. <marker>Follow us on Telegram for the latest "
                            + "updates.</marker>\n", ""),
                    Example.flags("The council met on Tuesday.\n<marker>Already have an account? Log in</marker>\n", ""),
                    Example.accepts("Advertisement The president said the talks would resume."),
                    Example.accepts("\u201cPlease try again later,\u201d the clerk told the crowd outside the embassy."),
                    Example.accepts("Read more about the plan in the ministry's report, which runs to 40 pages."),
                    Example.accepts("\u201cI agree. We must act now,\u201d she said."),
                    Example.accepts("Something went wrong. The plane lost contact with air traffic control at 10:02.")));

    private final PhraseList phrases;

    public BoilerplatePhraseRule(RuleResources resources) {
        this.phrases = PhraseList.of(resources);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        TextIndex index = document.index();
        List<Span> sentences = document.sentences();
        int lines = index.lineCount();
        // First what each line is; then the findings, so that a block of UI lines forming a whole
        // paragraph ("To participate in the discussion" / "log in or register") goes with one blank line.
        String[] whole = new String[lines];
        // The boilerplate sentences inside lines of text, in order; few, so one list for the document.
        List<Part> parts = new ArrayList<>();
        int s = 0;
        PhraseScreen.Sites sites = null;
        for (int line = 0; line < lines; line++) {
            Span visible = LineDeletion.visible(document, line);
            while (s < sentences.size() && sentences.get(s).start() < visible.start()) {
                s++;
            }
            int first = s;
            while (s < sentences.size() && sentences.get(s).end() <= visible.end()) {
                s++;
            }
            if (visible.length() == 0) {
                continue;
            }
            String phrase = phrases.whole(text, visible.start(), visible.end());
            if (phrase != null) {
                whole[line] = "UI string \u201c" + phrase + "\u201d";
            } else if (!Credits.startsWithCopyright(text, visible.start(), visible.end())) {
                // A copyright line ("© 2023 Example News. All rights reserved.") is BOILERPLATE_CREDIT's.
                if (sites == null) {
                    sites = phrases.sites(document.words());
                }
                whole[line] = checkSentences(text, sites, visible, sentences.subList(first, s), parts);
            }
        }
        int part = 0;
        for (int line = 0; line < lines; line++) {
            if (whole[line] != null) {
                int first = line;
                int last = line;
                while (first > 0 && whole[first - 1] != null) {
                    first--;
                }
                while (last + 1 < lines && whole[last + 1] != null) {
                    last++;
                }
                out.add(Match.of(LineDeletion.visible(document, line), whole[line] + ": delete the line.",
                        LineDeletion.deleteLineOfBlock(document, line, first, last, Edit.SAFE)));
                continue;
            }
            int end = LineDeletion.visible(document, line).end();
            for (; part < parts.size() && parts.get(part).sentence().end() <= end; part++) {
                Part p = parts.get(part);
                out.add(Match.of(p.sentence(), p.message() + " inside the text: delete the sentence.",
                        LineDeletion.deletePart(document, p.sentence(), Edit.SAFE)));
            }
        }
    }

    /** A boilerplate sentence inside a line of article text, and what it is. */
    private record Part(Span sentence, String message) {
    }

    /**
     * Matches the sentences of one line. Returns the message for the whole line if every sentence
     * is boilerplate; otherwise adds the boilerplate sentences to {@code parts} and returns null.
     */
    private String checkSentences(String text, PhraseScreen.Sites sites, Span visible, List<Span> sentences,
                                  List<Part> parts) {
        // Whether the line has quotation marks; read only when a sentence of it is a phrase.
        Boolean quoted = null;
        int count = sentences.size();
        String[] found = new String[count];
        String[] keys = new String[count];
        boolean all = count > 0;
        for (int i = 0; i < count; i++) {
            Span sentence = sentences.get(i);
            if (!phrases.mayMatch(sites, sentence.start(), sentence.end())) {
                // Nearly every sentence: no word of it begins a phrase or a marker.
                all = false;
                continue;
            }
            // Normalised once for both questions; a sentence this long is neither a phrase nor a promotion.
            String key = PhraseList.normalise(text, sentence.start(), sentence.end(), MAX_SENTENCE_CHARS);
            keys[i] = key;
            String phrase = key == null ? null : phrases.wholeOfKey(key);
            if (phrase != null) {
                if (quoted == null) {
                    quoted = Lines.hasQuote(text, visible);
                }
                phrase = quoted ? null : phrase;
            }
            String marker = null;
            if (phrase == null && key != null && !Lines.hasQuote(text, sentence)
                    && Lines.words(text, sentence, MAX_PROMO_WORDS) <= MAX_PROMO_WORDS) {
                marker = phrases.markerOfKey(key);
            }
            found[i] = phrase != null ? "UI string \u201c" + phrase + "\u201d"
                    : marker != null ? "Promotion (\u201c" + marker + "\u201d)" : null;
            all &= found[i] != null;
        }
        if (all) {
            return String.join(" + ", found);
        }
        for (int i = 0; i < count; i++) {
            String what = found[i];
            if (what == null || what.startsWith("UI") && Lines.words(keys[i]) < MIN_SENTENCE_PHRASE_WORDS) {
                continue;
            }
            parts.add(new Part(sentences.get(i), what));
        }
        return null;
    }
}
