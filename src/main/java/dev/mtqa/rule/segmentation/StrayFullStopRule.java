package dev.mtqa.rule.segmentation;

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
import java.util.Locale;
import java.util.Set;

/**
 * A full stop inside what is one sentence: "the city ahead. host talks". The rule, in words: a
 * single full stop that follows a word of two or more letters (or a number, or a closing quote or
 * bracket), then spaces on the same line, then directly a lower-case word, is flagged, unless
 * <ul>
 *   <li>the word before the stop is an abbreviation that may stand mid-sentence (etc., vs., No.,
 *       approx., Inc., Jan., Gen., ft., ...), or contains a full stop, slash, colon or @ itself
 *       (e.g., i.e., a.m., U.S., URLs, e-mail addresses, file names), or is a single letter
 *       (initials, list letters), or is a list number at the start of its line ("1. the first");</li>
 *   <li>the stop is part of an ellipsis (... or …);</li>
 *   <li>the next word is not a plain lower-case word: a brand or name written with an inner
 *       capital (iPhone, eBay), a word with a full stop, @, slash or colon (e.g., www.x.org), or a
 *       lower-case name particle (de, van, von, al-, bin, ...);</li>
 *   <li>a quote mark or bracket stands between the stop and the word (". "the…" quotes a fragment,
 *       which may start in lower case);</li>
 *   <li>the document does not capitalise its sentences at all (more than three such full stops and
 *       no fewer than full stops followed by a capital): then lower case says nothing.</li>
 * </ul>
 *
 * <p>Fixes (both need review): deleting the full stop comes first because it is the likelier
 * repair: a translation engine that meant to start a sentence would have capitalised it; a
 * lower-case word after the stop says that one source sentence was cut in two (a segment boundary,
 * or a source abbreviation's dot). Capitalising the word is offered second.
 */
public final class StrayFullStopRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("BROKEN_SENTENCE_STRAY_FULL_STOP",
            Category.BROKEN_SENTENCE, Severity.ERROR,
            "A full stop inside a sentence, followed by a lower-case word",
            "A full stop is followed by a word in lower case, so the sentence was most likely cut in two by "
                    + "machine translation or segmentation (\"the city ahead. host talks\"). Read it against the source: "
                    + "usually the full stop must go (the first fix); if a new sentence really starts there, capitalise "
                    + "it (the second fix).",
            List.of(
                    Example.flags("They disagreed over the city<marker>. host</marker> talks.", " host"),
                    Example.flags("The army said on Monday<marker>. that</marker> it had withdrawn.", " that"),
                    Example.flags("Prices rose in 2022<marker>. the</marker> bank said.", " the"),
                    Example.accepts("Apples, pears, etc. are on sale, e.g. at 10 a.m. on weekdays, vs. none on Sundays."),
                    Example.accepts("He bought an iPhone. eBay sold it. iOS updated. Visit www.example.org. mail news@example.org."),
                    Example.accepts("The U.S. economy grew. It was approx. three times the No. 2 forecast."),
                    Example.accepts("He paused... and went on. Then he said… nothing."),
                    Example.accepts("J. smith and the file report.pdf. both matter."),
                    Example.accepts("He called it \"fine\". \"the rest,\" he said, \"is noise.\""),
                    Example.accepts("The visit to the Netherlands. van Gogh's paintings were shown."),
                    Example.accepts("1. the first item\n2. the second item")));

    /** Abbreviations that may stand in the middle of a sentence, lower case, without their full stop. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "gov",
            "sen", "rep", "rev", "fr", "st", "jr", "sr", "hon", "pres", "supt", "insp", "amb", "no", "nos", "vol", "vols",
            "art", "fig", "figs", "pp", "para", "ch", "chap", "sec", "sect", "ed", "eds", "approx", "est", "etc", "vs",
            "cf", "al", "ca", "co", "corp", "inc", "ltd", "llc", "plc", "bros", "dept", "div", "univ", "assn", "assoc",
            "ave", "blvd", "rd", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "min", "max", "mins",
            "hr", "hrs", "secs", "km", "kg", "lb", "lbs", "oz", "yd", "yds", "mi", "mph", "pt", "pts", "tel", "ext",
            "op", "cit", "ibid", "viz", "incl", "excl", "esp", "govt", "intl", "natl", "misc", "nr", "tbsp", "tsp",
            "sq", "cu", "dist", "mln", "bln", "bn", "mn", "pct", "resp", "ref", "attn", "abbr", "atty", "messrs", "brig",
            "cmdr", "cdr", "gens", "sens", "reps", "govs", "inst", "mgr", "asst", "bldg", "apt", "ste", "hwy", "rte");

    /** Lower-case particles of names, which may follow a real sentence end. */
    private static final Set<String> NAME_PARTICLES = Set.of(
            "de", "da", "di", "del", "della", "der", "den", "van", "von", "le", "la", "du", "dos", "das", "ter", "ten",
            "bin", "ibn", "al", "el", "ben", "af", "zu", "y");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        TextIndex index = document.index();
        List<Match> found = new ArrayList<>();
        int upperStarts = 0;
        for (int line = 0; line < index.lineCount(); line++) {
            Span span = index.line(line);
            for (int dot = text.indexOf('.', span.start()); dot >= 0 && dot < span.end(); dot = text.indexOf('.', dot + 1)) {
                int next = dot + 1;
                while (next < span.end() && (text.charAt(next) == ' ' || text.charAt(next) == '\u00A0')) {
                    next++;
                }
                if (next == dot + 1 || next >= span.end() || dot == span.start() || text.charAt(dot - 1) == '.') {
                    continue;
                }
                char first = text.charAt(next);
                if (Character.isUpperCase(first)) {
                    upperStarts++;
                    continue;
                }
                if (!Character.isLowerCase(first)) {
                    continue;
                }
                Match match = candidate(text, span, dot, next);
                if (match != null) {
                    found.add(match);
                }
            }
        }
        if (found.size() > 3 && found.size() >= upperStarts) {
            return; // the text does not capitalise its sentences
        }
        found.forEach(out::add);
    }

    /** A stray full stop at {@code dot}, the next word starting at {@code next}; null if it is not one. */
    private static Match candidate(String text, Span line, int dot, int next) {
        // The token before the stop: back to the previous space.
        int tokenStart = dot;
        while (tokenStart > line.start() && !isSpace(text.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        String token = text.substring(tokenStart, dot);
        String word = stripClosers(token);
        if (word.isEmpty() || !Character.isLetterOrDigit(word.charAt(word.length() - 1))) {
            return null;
        }
        if (word.indexOf('.') >= 0 || word.indexOf('/') >= 0 || word.indexOf(':') >= 0 || word.indexOf('@') >= 0) {
            return null; // e.g, a.m, U.S, a URL, an e-mail address, a file name
        }
        String bare = stripOpeners(word);
        if (bare.length() == 1 && Character.isLetter(bare.charAt(0))) {
            return null; // an initial or a list letter
        }
        if (ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (bare.chars().allMatch(Character::isDigit) && isFirstOnLine(text, line, tokenStart)) {
            return null; // a numbered list item
        }
        // The word after the stop.
        int end = next;
        while (end < line.end() && !isSpace(text.charAt(end))) {
            end++;
        }
        String after = text.substring(next, end);
        int wordEnd = next;
        while (wordEnd < end && (Character.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-'
                || text.charAt(wordEnd) == '\'' || text.charAt(wordEnd) == '\u2019')) {
            wordEnd++;
        }
        String nextWord = text.substring(next, wordEnd);
        String plainNext = stripClosers(after);
        if (plainNext.indexOf('.') >= 0 || after.indexOf('@') >= 0 || after.indexOf('/') >= 0 || after.indexOf(':') >= 0) {
            return null; // e.g., www.example.org, an e-mail address
        }
        for (int i = 1; i < nextWord.length(); i++) {
            if (Character.isUpperCase(nextWord.charAt(i))) {
                return null; // iPhone, eBay, mRNA
            }
        }
        String particle = nextWord.toLowerCase(Locale.ROOT);
        int hyphen = particle.indexOf('-');
        if (NAME_PARTICLES.contains(particle) || hyphen > 0 && NAME_PARTICLES.contains(particle.substring(0, hyphen))) {
            return null;
        }
        String between = text.substring(dot, next);
        String capitalised = nextWord.substring(0, 1).toUpperCase(Locale.ROOT) + nextWord.substring(1);
        return Match.of(dot, wordEnd,
                "A full stop inside a sentence: '" + nextWord + "' goes on in lower case. Delete the full stop, "
                        + "or capitalise '" + nextWord + "' if a new sentence really starts here.",
                new Edit(dot, wordEnd, between.substring(1) + nextWord, Edit.REVIEW),
                new Edit(dot, wordEnd, between + capitalised, Edit.REVIEW));
    }

    private static boolean isFirstOnLine(String text, Span line, int at) {
        for (int i = line.start(); i < at; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String stripClosers(String s) {
        int end = s.length();
        while (end > 0 && ")]\"'\u201D\u2019\u00BB".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripOpeners(String s) {
        int start = 0;
        while (start < s.length() && "([\"'\u201C\u2018\u00AB".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return s.substring(start);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
