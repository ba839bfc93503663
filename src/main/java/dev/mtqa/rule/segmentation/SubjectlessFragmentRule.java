package dev.mtqa.rule.segmentation;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.rule.typography.QuoteAnalysis;
import dev.mtqa.text.Span;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Languages;
import org.languagetool.tagging.Tagger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sentence with no subject, left where machine translation split a clause off the sentence
 * before it: "… including Crimea. Does not remove, which was seized by Russia in 2014."
 *
 * <p>The rule, in words: a sentence ending in a full stop that starts with a capitalised finite
 * auxiliary or modal (Does, Did, Is, Was, Were, Are, Has, Had, Will, Would, Can, Could, Should,
 * Must, Cannot, and their n't forms), followed directly (after at most three adverbs such as not,
 * also, reportedly) by the verb it carries, lower case: a past participle or -ing form after a form
 * of be ("Is expected", "Was being"), a past participle or "been" after have ("Has been"), a base
 * form after do or a modal ("Does not remove", "Will be"). A subject between them ("Does it
 * matter", "Was Kyiv") makes it a question or an inversion, not a fragment. Not flagged: sentences
 * ending in ? or ! (questions), with no final full stop (headlines, list items), inside a quotation
 * (speech may be elliptical), after a list bullet or number; "Do", "Have" and "Be" are left out
 * because they start imperatives, and "May" because it is a month and a name.
 *
 * <p>The part of speech comes from LanguageTool's English tagger, asked only about the one word
 * after the auxiliary, and only for the rare sentences that start with one. There is no fix to
 * propose: the missing subject has to come from the source.
 */
public final class SubjectlessFragmentRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("BROKEN_SENTENCE_NO_SUBJECT",
            Category.BROKEN_SENTENCE, Severity.WARNING,
            "A sentence that starts with its verb and has no subject",
            "This sentence starts with an auxiliary verb and the verb it carries (\"Does not remove…\", \"Was seized…\") "
                    + "but has no subject, and it is not a question: machine translation most likely split a clause off "
                    + "the sentence before it. Compare with the source and rejoin or rewrite it.",
            List.of(
                    Example.flags("Kyiv wants all its territory back, including Crimea. "
                            + "<marker>Does not remove, which was seized by Russia in 2014.</marker>"),
                    Example.flags("The bridge was damaged on Monday. <marker>Is expected to reopen next week.</marker>"),
                    Example.flags("The minister left early. <marker>Has also said that talks would resume.</marker>"),
                    Example.flags("The vote was postponed. <marker>Will be held after the holidays.</marker>"),
                    Example.accepts("Does it matter? Most analysts think so."),
                    Example.accepts("Is Kyiv ready for talks? Was there ever a chance."),
                    Example.accepts("\u201CDid not see anything. Was asleep,\u201D the witness said."),
                    Example.accepts("Should talks fail, sanctions will follow. Were it not for the weather, they would have come."),
                    Example.accepts("Will there be negotiations with Russia"),
                    Example.accepts("Do not cross the line. Have a look at the map."),
                    Example.accepts("May said she would stay. Will Smith was not there."),
                    Example.accepts("1. Is expected to rise.")));

    private enum Aux { BE, HAVE, DO, MODAL }

    private static final Map<String, Aux> AUXILIARIES = auxiliaries();

    /** Adverbs that may stand between the auxiliary and its verb. */
    private static final Set<String> ADVERBS = Set.of(
            "not", "never", "also", "already", "still", "now", "just", "since", "yet", "then", "once", "again", "even",
            "further", "always", "often", "soon", "later", "previously", "reportedly", "allegedly", "currently",
            "recently", "finally", "repeatedly", "widely", "officially", "initially", "originally", "apparently",
            "actually", "certainly", "probably", "likely", "largely", "partly", "fully");

    private static final Pattern LIST_PREFIX = Pattern.compile("\\s*(?:\\d{1,3}[.)]|[a-z][.)]|[-*\u2022\u2013\u2014\u00B7\u25AA])\\s*");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        QuoteAnalysis quotes = null;
        for (Span sentence : document.sentences()) {
            if (!looksLikeFragment(text, sentence)) {
                continue;
            }
            if (isListItem(document, sentence)) {
                continue;
            }
            if (quotes == null) {
                quotes = QuoteAnalysis.of(document);
            }
            if (quotes.isQuoted(sentence.start())) {
                continue;
            }
            out.add(Match.of(sentence, "This sentence has no subject: it starts with '"
                    + text.substring(sentence.start(), wordEnd(text, sentence.start(), sentence.end()))
                    + "' and its verb. Was a clause split off the sentence before it?"));
        }
    }

    private static boolean looksLikeFragment(String text, Span sentence) {
        int end = sentence.end();
        if (text.charAt(end - 1) != '.' || end - 2 < sentence.start() || text.charAt(end - 2) == '.') {
            return false;
        }
        int firstEnd = wordEnd(text, sentence.start(), end);
        if (firstEnd >= end || text.charAt(firstEnd) != ' ') {
            return false;
        }
        Aux aux = AUXILIARIES.get(text.substring(sentence.start(), firstEnd).replace('\u2019', '\''));
        if (aux == null) {
            return false;
        }
        List<String> words = nextWords(text, firstEnd, end, 4);
        int k = 0;
        while (k < words.size() - 1 && k < 3 && isAdverb(words.get(k))) {
            k++;
        }
        if (k >= words.size()) {
            return false;
        }
        String verb = words.get(k);
        if (verb.isEmpty() || !verb.chars().allMatch(Character::isLowerCase)) {
            return false;
        }
        return switch (aux) {
            case BE -> verb.equals("being") || verb.equals("going") || hasTag(verb, "VBN") || hasTag(verb, "VBG");
            case HAVE -> verb.equals("been") || hasTag(verb, "VBN");
            case DO -> hasTag(verb, "VB");
            case MODAL -> verb.equals("be") || verb.equals("have") || hasTag(verb, "VB");
        };
    }

    private static boolean isAdverb(String word) {
        return ADVERBS.contains(word) || word.length() > 4 && word.endsWith("ly") && hasTag(word, "RB");
    }

    /** Whether the sentence sits after a list bullet or number at the start of its line. */
    private static boolean isListItem(Document document, Span sentence) {
        int line = document.index().lineOf(sentence.start());
        Span span = document.index().line(line);
        String prefix = document.text().substring(span.start(), sentence.start());
        return !prefix.isBlank() && LIST_PREFIX.matcher(prefix).matches();
    }

    private static int wordEnd(String text, int from, int limit) {
        int i = from;
        while (i < limit && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
            i++;
        }
        return i;
    }

    /** Up to {@code max} space-separated words after {@code from}, without surrounding punctuation. */
    private static List<String> nextWords(String text, int from, int limit, int max) {
        List<String> words = new ArrayList<>();
        int i = from;
        while (words.size() < max && i < limit) {
            while (i < limit && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < limit && text.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i);
                int e = word.length();
                while (e > 0 && !Character.isLetter(word.charAt(e - 1))) {
                    e--;
                }
                words.add(word.substring(0, e));
                if (e < word.length()) {
                    break; // punctuation ends the verb group
                }
            }
        }
        return words;
    }

    private static boolean hasTag(String word, String tag) {
        try {
            List<AnalyzedTokenReadings> readings = Tagging.TAGGER.tag(List.of(word.toLowerCase(Locale.ROOT)));
            return !readings.isEmpty() && readings.get(0).hasPosTag(tag);
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, Aux> auxiliaries() {
        Map<String, Aux> map = new HashMap<>();
        for (String w : List.of("Is", "Was", "Were", "Are", "Isn't", "Wasn't", "Weren't", "Aren't")) {
            map.put(w, Aux.BE);
        }
        for (String w : List.of("Has", "Had", "Hasn't", "Hadn't")) {
            map.put(w, Aux.HAVE);
        }
        for (String w : List.of("Does", "Did", "Doesn't", "Didn't")) {
            map.put(w, Aux.DO);
        }
        for (String w : List.of("Will", "Would", "Can", "Could", "Should", "Must", "Might", "Cannot", "Won't", "Wouldn't",
                "Can't", "Couldn't", "Shouldn't", "Mustn't")) {
            map.put(w, Aux.MODAL);
        }
        return Map.copyOf(map);
    }

    /** LanguageTool's English tagger, loaded on first use: most documents never need it. */
    private static final class Tagging {
        static final Tagger TAGGER = Languages.getLanguageForShortCode("en-US").getTagger();
    }
}
