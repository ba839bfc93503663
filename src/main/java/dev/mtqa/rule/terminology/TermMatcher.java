package dev.mtqa.rule.terminology;

import dev.mtqa.config.HouseStyle;
import dev.mtqa.config.Term;
import dev.mtqa.input.Document;
import dev.mtqa.text.AsciiWordMap;
import dev.mtqa.text.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the variant spellings of a house style in a text, in one pass over its words: each
 * capitalised word is looked up by itself and the longest variant starting with it wins, as a
 * whole word. A variant matches as written or in capitals ("KIEV"
 * in a headline), followed by anything that is not a letter or digit, so possessives and
 * compounds match ("Kiev's", "Kiev-based", "pro-Kiev"). Occurrences inside an exception phrase
 * ("Chicken Kiev") or inside a URL or e-mail address are skipped.
 */
final class TermMatcher {
    /** A variant found in a text: where, which spelling, and what to write instead. */
    record Hit(int start, int end, String found, String replacement, Term term) {
    }

    /**
     * Spellings to find, by their first word, longest first; looked up with the word in place, as
     * every capitalised word of every document is asked for.
     */
    private final AsciiWordMap<List<String>> spellingsByFirstWord;
    private final Map<String, Term> termOfSpelling = new HashMap<>();
    private final Map<Term, Pattern> exceptions = new HashMap<>();

    TermMatcher(HouseStyle houseStyle) {
        Map<String, List<String>> spellingsByFirstWord = new HashMap<>();
        for (Term term : houseStyle.terms()) {
            for (String variant : term.variants()) {
                for (String spelling : List.of(variant, variant.toUpperCase(Locale.ROOT))) {
                    if (termOfSpelling.putIfAbsent(spelling, term) == null) {
                        Words words = Words.of(spelling);
                        if (words.size() > 0 && words.start(0) == 0) {
                            spellingsByFirstWord.computeIfAbsent(words.word(0), k -> new ArrayList<>()).add(spelling);
                        }
                    }
                }
            }
            if (!term.exceptions().isEmpty()) {
                exceptions.put(term, Pattern.compile(term.exceptions().stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(Pattern::quote)
                        .reduce((a, b) -> a + "|" + b).orElseThrow(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        spellingsByFirstWord.values().forEach(list ->
                list.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())));
        this.spellingsByFirstWord = new AsciiWordMap<>(spellingsByFirstWord);
    }

    /** Finds every variant in the document: one pass over its words, a map lookup per capitalised word. */
    void find(Document document, Consumer<Hit> out) {
        String text = document.text();
        Words words = document.words();
        int consumed = 0;
        for (int w = 0; w < words.size(); w++) {
            int start = words.start(w);
            if (start < consumed || !words.capitalised(w)) {
                continue;
            }
            List<String> candidates = spellingsByFirstWord.get(text, start, words.end(w), false);
            if (candidates == null || (start > 0 && isWordPart(text.codePointBefore(start)))) {
                continue;
            }
            for (String spelling : candidates) {
                int end = start + spelling.length();
                if (text.startsWith(spelling, start) && (end == text.length() || !isWordPart(text.codePointAt(end)))) {
                    Term term = termOfSpelling.get(spelling);
                    if (!insideException(text, start, end, term) && !insideAddress(text, start, end)) {
                        boolean capitals = !term.variants().contains(spelling);
                        String replacement = capitals ? term.preferred().toUpperCase(Locale.ROOT) : term.preferred();
                        out.accept(new Hit(start, end, spelling, replacement, term));
                    }
                    consumed = end;
                    break;
                }
            }
        }
    }

    private static boolean isWordPart(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private boolean insideException(String text, int start, int end, Term term) {
        Pattern exception = exceptions.get(term);
        if (exception == null) {
            return false;
        }
        int longest = term.exceptions().stream().mapToInt(String::length).max().orElse(0);
        int from = Math.max(0, start - longest);
        int to = Math.min(text.length(), end + longest);
        Matcher m = exception.matcher(text).region(from, to);
        while (m.find()) {
            if (m.start() <= start && m.end() >= end) {
                return true;
            }
        }
        return false;
    }

    /** True inside a URL, e-mail address or file path: the token around the match holds "/", "@" or "www.". */
    static boolean insideAddress(String text, int start, int end) {
        int s = start;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        int e = end;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        String token = text.substring(s, e);
        return token.contains("/") || token.contains("@") || token.toLowerCase(Locale.ROOT).startsWith("www.");
    }
}
