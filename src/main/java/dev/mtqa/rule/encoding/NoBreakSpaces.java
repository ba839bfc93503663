package dev.mtqa.rule.encoding;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a no-break space is deliberate. Editors put one where a line must not wrap: between a
 * number and its unit or currency ("10 km", "€ 5"), after a title or an initial ("Mr Smith",
 * "J. Smith"), before a Roman numeral or a single letter ("World War II", "Plan B"), and in French
 * typography next to punctuation (« », :). All of these have a digit, a symbol, punctuation, a
 * title, an initial or a numeral on one side. A no-break space between two ordinary words is
 * scraping residue ({@code &nbsp;} in the HTML): it stops the line wrapping and hides the word
 * boundary from search and spell checking. So: stray means "between two Latin letters, and neither word
 * is one of those exceptions", or "after the full stop, comma or other punctuation that ends an
 * ordinary word's sentence or clause, before the next word" (where an abbreviation such as "Mr."
 * or "U.S." is not an ordinary word). Shared by the no-break space and HTML entity rules.
 */
final class NoBreakSpaces {
    /**
     * Titles, after which a no-break space binds the name ("Mr Smith", "St. Petersburg"). Words that
     * bind a number ("No. 5", "page 12") need no entry: a digit after the space is never stray.
     */
    private static final Set<String> BINDING_BEFORE = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "st", "mt", "fr", "rev", "gen",
            "col", "capt", "cpt", "lt", "sgt", "maj", "adm", "gov", "sen", "rep", "pres", "hon", "messrs", "mme",
            "mlle", "mgr", "herr", "frau", "vs", "v");
    /** Unit symbols that may follow a number written in words ("ten km"); not those that are also English words. */
    private static final Set<String> UNITS = Set.of(
            "km", "cm", "mm", "kg", "mg", "mi", "ft", "yd", "lb", "lbs", "oz", "ha", "kph",
            "mph", "kmh", "ml", "kw", "mw", "gw", "kwh", "mwh", "gwh", "hz", "khz", "mhz", "ghz", "bn", "tn");
    /** Punctuation that ends a clause or sentence; not ":", before which French puts a no-break space. */
    private static final String CLAUSE_END = ".!?,;";
    private static final String CLOSING = "\u201D\u2019\"')]";
    private static final String OPENING = "\u201C\u2018\"'(";
    private static final Pattern ROMAN = Pattern.compile("(?=[MDCLXVI])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})");

    private NoBreakSpaces() {
    }

    static boolean isNoBreakSpace(char c) {
        return c == '\u00A0' || c == '\u202F';
    }

    /**
     * True if a no-break space between {@code text[before]} (the last character before it, or -1)
     * and {@code text[after]} (the first after it, or text length) is stray residue between two
     * ordinary words, or after the punctuation that ends an ordinary word's clause or sentence
     * ("Ukraine.&nbsp;Russia", "war,&nbsp;which"): an abbreviation ("Mr.", "U.S.") is not ordinary.
     */
    static boolean strayBetweenWords(String text, int before, int after) {
        if (before < 0 || after >= text.length()) {
            return false;
        }
        char next = text.charAt(after);
        if (!isLatinLetter(next) && !(OPENING.indexOf(next) >= 0 && after + 1 < text.length()
                && isLatinLetter(text.charAt(after + 1)))) {
            return false;
        }
        int last = before;
        boolean punctuated = false;
        boolean period = false;
        if (!isLatinLetter(text.charAt(last))) {
            while (last >= 0 && before - last < 3 && CLOSING.indexOf(text.charAt(last)) >= 0) {
                last--;
            }
            if (last < 1 || CLAUSE_END.indexOf(text.charAt(last)) < 0) {
                return false;
            }
            period = text.charAt(last) == '.';
            last--;
            while (last >= 0 && before - last < 6 && CLOSING.indexOf(text.charAt(last)) >= 0) {
                last--; // "“no”, and": a quotation closed before the comma
            }
            if (last < 0 || !isLatinLetter(text.charAt(last))) {
                return false;
            }
            punctuated = true;
        }
        if (!isLatinLetter(next)) {
            after++; // past the opening quote
        }
        String previous = wordEndingAt(text, last);
        String following = wordStartingAt(text, after);
        String previousLower = previous.toLowerCase(Locale.ROOT);
        if (BINDING_BEFORE.contains(previousLower) && (!punctuated || period)) {
            return false;
        }
        if (previous.length() == 1 && (punctuated || Character.isUpperCase(previous.charAt(0)))) {
            return false; // an initial or a one-letter abbreviation: "J. Smith", "U.S. Army", "e.g. this"
        }
        if (punctuated) {
            return true;
        }
        if (following.length() == 1 && Character.isUpperCase(following.charAt(0))) {
            return false;
        }
        if (following.length() <= 7 && ROMAN.matcher(following).matches()) {
            return false;
        }
        return !UNITS.contains(following.toLowerCase(Locale.ROOT));
    }

    /**
     * The rule is about English running text: other writing systems have their own conventions
     * (CLDR binds multi-word Cree day names with no-break spaces, French binds « »).
     */
    private static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static String wordEndingAt(String text, int last) {
        int start = last;
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) && last - start < 40) {
            start--;
        }
        return text.substring(start, last + 1);
    }

    private static String wordStartingAt(String text, int first) {
        int end = first;
        while (end < text.length() && Character.isLetter(text.charAt(end)) && end - first < 40) {
            end++;
        }
        return text.substring(first, end);
    }
}
