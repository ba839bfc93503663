package dev.mtqa.report.html;

import dev.mtqa.config.HouseStyle;
import dev.mtqa.config.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which spellings of the house-style names a text uses, the preferred one included: the corpus
 * section of the report says "Kyiv: 12 documents, Kiev: 3" from it. A spelling counts as a whole
 * word, as written or in capitals, and not inside one of its term's exception phrases
 * ("Chicken Kiev"); a longer spelling wins over a shorter one ("Vladimir Zelensky" over
 * "Zelensky"), as in the house-style rule.
 */
final class SpellingCensus {
    private static final String LETTER = "[\\p{L}\\p{M}\\p{N}]";

    /** One spelling of one term. */
    record Spelling(Term term, String spelling, boolean preferred) {
    }

    private final Pattern spellings;
    private final Map<String, Spelling> bySpelling = new HashMap<>();
    private final Pattern exceptions;

    SpellingCensus(HouseStyle houseStyle) {
        List<String> all = new ArrayList<>();
        List<String> exceptionPhrases = new ArrayList<>();
        for (Term term : houseStyle.terms()) {
            add(new Spelling(term, term.preferred(), true), all);
            for (String variant : term.variants()) {
                add(new Spelling(term, variant, false), all);
            }
            exceptionPhrases.addAll(term.exceptions());
        }
        all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        spellings = all.isEmpty() ? null : Pattern.compile("(?<!" + LETTER + ")(?:"
                + String.join("|", all.stream().map(Pattern::quote).toList()) + ")(?!" + LETTER + ")");
        exceptionPhrases.sort(Comparator.comparingInt(String::length).reversed());
        exceptions = exceptionPhrases.isEmpty() ? null : Pattern.compile(
                String.join("|", exceptionPhrases.stream().map(Pattern::quote).toList()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private void add(Spelling spelling, List<String> all) {
        for (String form : List.of(spelling.spelling(), spelling.spelling().toUpperCase(Locale.ROOT))) {
            if (bySpelling.putIfAbsent(form, spelling) == null) {
                all.add(form);
            }
        }
    }

    /** How often each spelling occurs in {@code text}, in order of first occurrence. */
    Map<Spelling, Integer> count(String text) {
        Map<Spelling, Integer> counts = new LinkedHashMap<>();
        if (spellings == null) {
            return counts;
        }
        List<int[]> excluded = new ArrayList<>();
        if (exceptions != null) {
            Matcher e = exceptions.matcher(text);
            while (e.find()) {
                excluded.add(new int[] {e.start(), e.end()});
            }
        }
        Matcher m = spellings.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (excluded.stream().anyMatch(x -> x[0] <= start && end <= x[1])) {
                continue;
            }
            counts.merge(bySpelling.get(m.group()), 1, Integer::sum);
        }
        return counts;
    }
}
