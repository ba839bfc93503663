package dev.mtqa.rule.terminology;

import dev.mtqa.config.HouseStyle;
import dev.mtqa.config.Term;

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
 * Finds the variant spellings of a house style in a text, in one pass: one alternation of all
 * variants, longest first, as whole words. A variant matches as written or in capitals ("KIEV"
 * in a headline), followed by anything that is not a letter or digit, so possessives and
 * compounds match ("Kiev's", "Kiev-based", "pro-Kiev"). Occurrences inside an exception phrase
 * ("Chicken Kiev") or inside a URL or e-mail address are skipped.
 */
final class TermMatcher {
    private static final String LETTER = "[\\p{L}\\p{M}\\p{N}]";

    /** A variant found in a text: where, which spelling, and what to write instead. */
    record Hit(int start, int end, String found, String replacement, Term term) {
    }

    private final Pattern variants;
    private final Map<String, Term> termOfSpelling = new HashMap<>();
    private final Map<Term, Pattern> exceptions = new HashMap<>();

    TermMatcher(HouseStyle houseStyle) {
        List<String> spellings = new ArrayList<>();
        for (Term term : houseStyle.terms()) {
            for (String variant : term.variants()) {
                for (String spelling : List.of(variant, variant.toUpperCase(Locale.ROOT))) {
                    if (termOfSpelling.putIfAbsent(spelling, term) == null) {
                        spellings.add(spelling);
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
        spellings.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.variants = spellings.isEmpty() ? null : Pattern.compile("(?<!" + LETTER + ")(?:"
                + spellings.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow()
                + ")(?!" + LETTER + ")");
    }

    void find(String text, Consumer<Hit> out) {
        if (variants == null) {
            return;
        }
        Matcher m = variants.matcher(text);
        while (m.find()) {
            String found = m.group();
            Term term = termOfSpelling.get(found);
            if (insideException(text, m.start(), m.end(), term) || insideAddress(text, m.start(), m.end())) {
                continue;
            }
            boolean capitals = found.equals(found.toUpperCase(Locale.ROOT)) && !found.equals(found.toLowerCase(Locale.ROOT))
                    && !term.variants().contains(found);
            String replacement = capitals ? term.preferred().toUpperCase(Locale.ROOT) : term.preferred();
            out.accept(new Hit(m.start(), m.end(), found, replacement, term));
        }
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
