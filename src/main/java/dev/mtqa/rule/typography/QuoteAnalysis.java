package dev.mtqa.rule.typography;

import dev.mtqa.input.Document;
import dev.mtqa.text.Span;
import dev.mtqa.text.TextIndex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds every quotation mark and apostrophe in a document, decides what each one is (an opening or
 * closing quote, an apostrophe, or a prime as in 5'10"), and pairs the quotes, paragraph by
 * paragraph. The quote rules ({@link UnbalancedQuoteRule}, {@link MismatchedQuotesRule},
 * {@link NestedQuotesRule}, {@link MixedQuoteStyleRule}) read the result.
 *
 * <p>How a mark is read:
 * <ul>
 *   <li>“ and „ open, ” closes a double quotation; « and » are paired with each other only.</li>
 *   <li>A straight " opens after a line start, a space, an opening bracket or a dash, and closes
 *       before a space, punctuation or the line end; where both or neither hold, it closes a
 *       double quotation that is open and opens one otherwise. After a digit, with no double
 *       quotation open, it is an inch mark and ignored.</li>
 *   <li>’ and ' between two letters or digits are apostrophes (Russia’s, it's, rock’n’roll). Before
 *       a letter or digit and after a space they are apostrophes when they start an elision
 *       (’90s, 'em, ’n’, 'cause) and, for the straight ', otherwise an opening quote; ’ never opens.</li>
 *   <li>‘ opens a single quotation, except where it is a misused apostrophe (‘90s); so does the
 *       typewriter ` (`quoted').</li>
 *   <li>A ’ or ' after a word that ends in s, z or "in" and before a space or punctuation may be a
 *       possessive or an elision (the players’ union, goin’) or a closing quote. It closes an open
 *       single quotation only when no other closing single quote follows before the next opening
 *       one; otherwise it is an apostrophe.</li>
 * </ul>
 *
 * <p>Pairing: a closing mark closes the innermost open quotation of its kind (double, single,
 * guillemet); open quotations of another kind inside it are left unclosed. Quotations may span
 * lines of a paragraph; a blank line ends the paragraph and everything still open is unclosed,
 * except for the convention of a quotation that runs over several paragraphs (or lines): each
 * paragraph opens again and only the last one closes, so an open quotation followed by a
 * paragraph or line that starts with an opening mark of the same kind is not unclosed.
 *
 * <p>A paragraph with an even number of straight double quotes is taken to be balanced as far as
 * straight double quotes go, whatever the reading of their directions; that direction guess decides
 * pairs, but never alone makes an "unclosed" finding.
 *
 * <p>Linear in the length of the text. Immutable once built.
 */
public final class QuoteAnalysis {

    /** Which family a mark belongs to: marks only pair within their kind. */
    public enum Kind { DOUBLE, SINGLE, GUILLEMET }

    /** Straight typewriter marks or typographic (curly) ones. */
    public enum Style { STRAIGHT, CURLY }

    /** What a mark turned out to be. */
    public enum Role { OPEN, CLOSE, APOSTROPHE, IGNORED }

    /** One quotation mark or apostrophe at UTF-16 index {@code index}. */
    public record Mark(int index, char glyph, Kind kind, Style style, Role role) {
    }

    /**
     * A quotation: its opening and closing marks and how deep it sits inside other quotations
     * ({@code parent} is the quotation it is directly inside, or null).
     */
    public record Pair(Mark open, Mark close, Pair parent) {
        /** True when the two marks are of different styles: “…" or "…”. */
        public boolean mismatched() {
            return open.style() != close.style();
        }
    }

    /** Words that begin with an apostrophe standing for left-out letters. */
    private static final Set<String> ELISIONS = Set.of(
            "em", "til", "tis", "twas", "cause", "cos", "n", "round", "bout", "nuff", "neath", "kay", "sup", "ere", "ow",
            "s", "d", "ll", "re", "ve", "m", "t");

    private final List<Mark> marks;
    private final List<Pair> pairs;
    private final List<Mark> unclosed;
    private final List<Mark> unopened;
    private final List<int[]> quotedRanges;

    private QuoteAnalysis(List<Mark> marks, List<Pair> pairs, List<Mark> unclosed, List<Mark> unopened,
                          List<int[]> quotedRanges) {
        this.marks = Collections.unmodifiableList(marks);
        this.pairs = Collections.unmodifiableList(pairs);
        this.unclosed = Collections.unmodifiableList(unclosed);
        this.unopened = Collections.unmodifiableList(unopened);
        this.quotedRanges = List.copyOf(quotedRanges);
    }

    /** Every quotation mark and apostrophe in text order, with its role decided. */
    public List<Mark> marks() {
        return marks;
    }

    /** Every quotation whose opening and closing marks were found, in order of their opening marks. */
    public List<Pair> pairs() {
        return pairs;
    }

    /** Opening marks with no closing mark in their paragraph. */
    public List<Mark> unclosed() {
        return unclosed;
    }

    /** Closing marks with no opening mark before them in their paragraph. */
    public List<Mark> unopened() {
        return unopened;
    }

    /** True when the UTF-16 index lies inside a quotation (or after an unclosed opening mark in its paragraph). */
    public boolean isQuoted(int index) {
        int lo = 0;
        int hi = quotedRanges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] range = quotedRanges.get(mid);
            if (index <= range[0]) {
                hi = mid - 1;
            } else if (index >= range[1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * The style most quotation marks and apostrophes of the document are in; on a tie, the style of
     * the first one. Null when the document has none.
     */
    public Style majorityStyle() {
        int straight = 0;
        int curly = 0;
        Style first = null;
        for (Mark m : marks) {
            if (!counts(m)) {
                continue;
            }
            if (first == null) {
                first = m.style();
            }
            if (m.style() == Style.STRAIGHT) {
                straight++;
            } else {
                curly++;
            }
        }
        return straight > curly ? Style.STRAIGHT : curly > straight ? Style.CURLY : first;
    }

    /** How many marks that count for the document's style are in {@code style}. */
    public int count(Style style) {
        int n = 0;
        for (Mark m : marks) {
            if (counts(m) && m.style() == style) {
                n++;
            }
        }
        return n;
    }

    /** True for the marks that make a document's quote style: quotes and apostrophes, not primes or guillemets. */
    static boolean counts(Mark m) {
        return m.kind() != Kind.GUILLEMET && m.role() != Role.IGNORED;
    }

    /** The glyph {@code m} would have in {@code style}, keeping its kind and role. */
    static char glyphIn(Mark m, Style style) {
        return glyph(m.kind(), m.role(), style);
    }

    /** The glyph of a mark of {@code kind} and {@code role} in {@code style}. */
    static char glyph(Kind kind, Role role, Style style) {
        boolean open = role == Role.OPEN;
        return switch (kind) {
            case DOUBLE -> style == Style.STRAIGHT ? '"' : open ? '\u201C' : '\u201D';
            case SINGLE -> style == Style.STRAIGHT ? '\'' : open ? '\u2018' : '\u2019';
            case GUILLEMET -> open ? '\u00AB' : '\u00BB';
        };
    }

    /** {@link #describe} with "a" or "an" before it. */
    static String describeWithArticle(Mark m) {
        String d = describe(m);
        return ("aeiou".indexOf(d.charAt(0)) >= 0 ? "an " : "a ") + d;
    }

    /** A short name of a mark for messages: "opening curly double quote “". */
    static String describe(Mark m) {
        String role = switch (m.role()) {
            case OPEN -> "opening ";
            case CLOSE -> "closing ";
            default -> "";
        };
        String what = switch (m.kind()) {
            case DOUBLE -> "double quote";
            case SINGLE -> m.role() == Role.APOSTROPHE ? "apostrophe" : "single quote";
            case GUILLEMET -> "guillemet";
        };
        String style = m.kind() == Kind.GUILLEMET ? "" : m.style() == Style.STRAIGHT ? "straight " : "curly ";
        return role + style + what + " " + m.glyph();
    }

    /** The document's quotes, analysed once and shared by the quote rules. */
    public static QuoteAnalysis of(Document document) {
        return document.analysis(QuoteAnalysis.class, d -> of(d.text(), d.index()));
    }

    static QuoteAnalysis of(String text, TextIndex index) {
        return new Analyzer(text, index).run();
    }

    /** The quote characters below U+0100, by character. */
    private static final boolean[] LATIN1_QUOTE = new boolean[256];

    static {
        for (char c : new char[] {'"', '\'', '`', '\u00AB', '\u00BB'}) {
            LATIN1_QUOTE[c] = true;
        }
    }

    /** True for the characters this analysis looks at. */
    static boolean isQuoteChar(char c) {
        // Every character of every paragraph comes here. A table, not a chain of comparisons, whose
        // branches go one way for letters and another for spaces and capitals: a loop over the
        // 10 MB benchmark corpus asking only this took 2.6 times as long with the chain.
        if (c < 256) {
            return LATIN1_QUOTE[c];
        }
        return c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u201E';
    }

    /**
     * A mark as read from its neighbours, before pairing. {@code role} null: a straight double quote
     * whose direction the pairing decides. {@code maybeApostrophe}: a closing single mark after a
     * word that may end in a possessive or elision apostrophe.
     */
    private record Raw(int index, char glyph, Kind kind, Style style, Role role, boolean maybeApostrophe, int line) {
        Mark as(Role decided) {
            return new Mark(index, glyph, kind, style, decided);
        }
    }

    /** One pass over the text; not thread-safe, used by one call only. */
    private static final class Analyzer {
        private final String text;
        private final TextIndex index;
        private final List<Mark> marks = new ArrayList<>();
        private final List<Pair> pairs = new ArrayList<>();
        private final List<Mark> unclosed = new ArrayList<>();
        private final List<Mark> unopened = new ArrayList<>();
        private final List<int[]> quoted = new ArrayList<>();

        Analyzer(String text, TextIndex index) {
            this.text = text;
            this.index = index;
        }

        QuoteAnalysis run() {
            int first = -1;
            for (int line = 0; line < index.lineCount(); line++) {
                if (isBlank(line)) {
                    if (first >= 0) {
                        paragraph(first, line);
                        first = -1;
                    }
                } else if (first < 0) {
                    first = line;
                }
            }
            if (first >= 0) {
                paragraph(first, index.lineCount());
            }
            quoted.sort((a, b) -> Integer.compare(a[0], b[0]));
            return new QuoteAnalysis(marks, pairs, unclosed, unopened, mergeRanges(quoted));
        }

        private boolean isBlank(int line) {
            Span span = index.line(line);
            for (int i = span.start(); i < span.end(); i++) {
                if (!isSpace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Reads and pairs the marks of the paragraph made of lines {@code [firstLine, endLine)}. */
        private void paragraph(int firstLine, int endLine) {
            List<Raw> raw = new ArrayList<>();
            int straightDoubles = 0;
            for (int line = firstLine; line < endLine; line++) {
                Span span = index.line(line);
                for (int i = span.start(); i < span.end(); i++) {
                    char c = text.charAt(i);
                    // The table read written out for the quick compiler, the launcher's choice for
                    // most runs, which does not inline isQuoteChar: a call per character otherwise.
                    if (c < 256 ? LATIN1_QUOTE[c] : isQuoteChar(c)) {
                        Raw m = classify(i, c, span.start(), span.end(), line);
                        raw.add(m);
                        if (m.kind() == Kind.DOUBLE && m.style() == Style.STRAIGHT && m.role() != Role.IGNORED) {
                            straightDoubles++;
                        }
                    }
                }
            }
            if (raw.isEmpty()) {
                return;
            }
            // For each mark, whether a surely closing single quote follows before the next opening single
            // quote: a possessive-looking s’ closes a quotation only when none does.
            boolean[] laterSingleClose = new boolean[raw.size()];
            boolean seen = false;
            for (int k = raw.size() - 1; k >= 0; k--) {
                laterSingleClose[k] = seen;
                Raw m = raw.get(k);
                if (m.kind() == Kind.SINGLE && m.role() == Role.OPEN) {
                    seen = false;
                } else if (m.kind() == Kind.SINGLE && m.role() == Role.CLOSE && !m.maybeApostrophe()) {
                    seen = true;
                }
            }
            List<Mark> stack = new ArrayList<>();
            List<Mark> paragraphUnclosed = new ArrayList<>();
            List<Mark> paragraphUnopened = new ArrayList<>();
            int firstPair = pairs.size();
            for (int k = 0; k < raw.size(); k++) {
                Raw r = raw.get(k);
                Role role = r.role();
                if (r.kind() == Kind.DOUBLE && role == Role.IGNORED) {
                    // An inch mark after a digit, unless a double quotation is open: then it closes it.
                    role = topIndexOf(stack, Kind.DOUBLE) >= 0 ? Role.CLOSE : Role.IGNORED;
                } else if (r.kind() == Kind.SINGLE && r.style() == Style.STRAIGHT && role == Role.IGNORED) {
                    // A prime after a digit (5'10), unless a single quotation is open.
                    role = isTop(stack, Kind.SINGLE) ? Role.CLOSE : Role.IGNORED;
                } else if (role == null) {
                    role = topIndexOf(stack, Kind.DOUBLE) >= 0 ? Role.CLOSE : Role.OPEN;
                } else if (r.maybeApostrophe()) {
                    role = isTop(stack, Kind.SINGLE) && !laterSingleClose[k] ? Role.CLOSE : Role.APOSTROPHE;
                }
                Mark m = r.as(role);
                marks.add(m);
                if (role == Role.OPEN) {
                    // The convention for a quotation that runs over several paragraphs or lines: each one
                    // opens again, only the last one closes.
                    if (!stack.isEmpty() && stack.get(0).kind() == m.kind() && index.lineOf(stack.get(0).index()) < r.line()
                            && startsLine(m.index(), r.line())) {
                        quoted.add(new int[] {stack.get(0).index(), m.index()});
                        for (int j = 1; j < stack.size(); j++) {
                            paragraphUnclosed.add(stack.get(j));
                        }
                        stack.clear();
                    }
                    stack.add(m);
                } else if (role == Role.CLOSE) {
                    int at = topIndexOf(stack, m.kind());
                    if (at < 0) {
                        paragraphUnopened.add(m);
                    } else {
                        while (stack.size() - 1 > at) {
                            paragraphUnclosed.add(stack.remove(stack.size() - 1));
                        }
                        Mark open = stack.remove(at);
                        pairs.add(new Pair(open, m, null));
                        quoted.add(new int[] {open.index(), m.index()});
                    }
                }
            }
            if (!stack.isEmpty()) {
                Mark bottom = stack.get(0);
                boolean continues = endLine < index.lineCount() && nextParagraphOpens(endLine, bottom.kind());
                int paragraphEnd = index.line(endLine - 1).end();
                for (Mark open : stack) {
                    quoted.add(new int[] {open.index(), paragraphEnd});
                    if (!(continues && open == bottom)) {
                        paragraphUnclosed.add(open);
                    }
                }
            }
            // An even number of straight double quotes is balanced, whatever the direction guess said.
            if (straightDoubles % 2 == 0) {
                paragraphUnclosed.removeIf(QuoteAnalysis::isStraightDouble);
                paragraphUnopened.removeIf(QuoteAnalysis::isStraightDouble);
            }
            paragraphUnclosed.sort((a, b) -> Integer.compare(a.index(), b.index()));
            unclosed.addAll(paragraphUnclosed);
            unopened.addAll(paragraphUnopened);
            linkParents(firstPair);
        }

        /** Sorts this paragraph's pairs by opening mark and links each to the pair it sits directly inside. */
        private void linkParents(int firstPair) {
            List<Pair> mine = new ArrayList<>(pairs.subList(firstPair, pairs.size()));
            mine.sort((a, b) -> Integer.compare(a.open().index(), b.open().index()));
            List<Pair> chain = new ArrayList<>();
            for (int k = 0; k < mine.size(); k++) {
                Pair p = mine.get(k);
                while (!chain.isEmpty() && chain.get(chain.size() - 1).close().index() < p.open().index()) {
                    chain.remove(chain.size() - 1);
                }
                Pair parent = chain.isEmpty() ? null : chain.get(chain.size() - 1);
                Pair linked = new Pair(p.open(), p.close(), parent);
                mine.set(k, linked);
                chain.add(linked);
            }
            pairs.subList(firstPair, pairs.size()).clear();
            pairs.addAll(mine);
        }

        private boolean startsLine(int at, int line) {
            Span span = index.line(line);
            for (int i = span.start(); i < at; i++) {
                if (!isSpace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** True when the first non-blank line from {@code line} on starts with an opening mark of {@code kind}. */
        private boolean nextParagraphOpens(int line, Kind kind) {
            for (int l = line; l < index.lineCount(); l++) {
                Span span = index.line(l);
                int i = span.start();
                while (i < span.end() && isSpace(text.charAt(i))) {
                    i++;
                }
                if (i == span.end()) {
                    continue;
                }
                char c = text.charAt(i);
                if (!isQuoteChar(c)) {
                    return false;
                }
                Raw m = classify(i, c, span.start(), span.end(), l);
                return m.kind() == kind && (m.role() == Role.OPEN || m.role() == null);
            }
            return false;
        }

        /** Reads one mark from its neighbours on its line. */
        private Raw classify(int i, char c, int lineStart, int lineEnd, int line) {
            char prev = i > lineStart ? text.charAt(i - 1) : '\n';
            char next = i + 1 < lineEnd ? text.charAt(i + 1) : '\n';
            switch (c) {
                case '\u201C', '\u201E':
                    return new Raw(i, c, Kind.DOUBLE, Style.CURLY, Role.OPEN, false, line);
                case '\u201D':
                    // After a digit it may be an inch mark (6’2”): it closes only an open quotation.
                    return new Raw(i, c, Kind.DOUBLE, Style.CURLY, Character.isDigit(prev) ? Role.IGNORED : Role.CLOSE,
                            false, line);
                case '\u00AB':
                    return new Raw(i, c, Kind.GUILLEMET, Style.CURLY, Role.OPEN, false, line);
                case '\u00BB':
                    return new Raw(i, c, Kind.GUILLEMET, Style.CURLY, Role.CLOSE, false, line);
                case '"': {
                    if (Character.isDigit(prev)) {
                        return new Raw(i, c, Kind.DOUBLE, Style.STRAIGHT, Role.IGNORED, false, line);
                    }
                    boolean opening = opensAfter(prev);
                    boolean closing = closesBefore(next);
                    Role role = opening && !closing ? Role.OPEN : closing && !opening ? Role.CLOSE : null;
                    return new Raw(i, c, Kind.DOUBLE, Style.STRAIGHT, role, false, line);
                }
                case '\u2018': {
                    boolean apostrophe = Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)
                            || startsElision(i + 1, lineEnd);
                    return new Raw(i, c, Kind.SINGLE, Style.CURLY, apostrophe ? Role.APOSTROPHE : Role.OPEN, false, line);
                }
                case '\u2019', '\'':
                    return single(i, c, prev, next, lineStart, lineEnd, line);
                case '`':
                    // The typewriter convention `quoted' (and ``quoted''): a grave accent opens.
                    return new Raw(i, c, Kind.SINGLE, Style.STRAIGHT,
                            Character.isLetterOrDigit(next) || next == '`' ? Role.OPEN : Role.IGNORED, false, line);
                default:
                    throw new IllegalArgumentException("not a quote character: " + c);
            }
        }

        private Raw single(int i, char c, char prev, char next, int lineStart, int lineEnd, int line) {
            Style style = c == '\'' ? Style.STRAIGHT : Style.CURLY;
            boolean letterBefore = Character.isLetterOrDigit(prev);
            boolean letterAfter = Character.isLetterOrDigit(next);
            Role role;
            boolean maybeApostrophe = false;
            if (Character.isDigit(prev) && Character.isDigit(next)) {
                role = Role.IGNORED; // a prime: 5'10
            } else if (isRockAndRoll(i, lineStart, lineEnd) || letterBefore && letterAfter) {
                role = Role.APOSTROPHE;
            } else if (c == '\'' && Character.isDigit(prev)) {
                role = Role.IGNORED; // a prime, or a closing quote if a single quotation is open
            } else if (letterAfter) {
                // ’ never opens; ' opens unless it starts an elision ('em, '90s).
                role = c == '\u2019' || startsElision(i + 1, lineEnd) || !opensAfter(prev) ? Role.APOSTROPHE : Role.OPEN;
            } else if (letterBefore || isClosingPunctuation(prev)) {
                role = Role.CLOSE;
                maybeApostrophe = letterBefore && mayBePossessive(i, lineStart);
            } else {
                role = Role.IGNORED; // a lone mark between spaces
            }
            return new Raw(i, c, Kind.SINGLE, style, role, maybeApostrophe, line);
        }

        private boolean startsElision(int from, int lineEnd) {
            int end = from;
            while (end < lineEnd && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (end == from) {
                return false;
            }
            String word = text.substring(from, end);
            int digits = 0;
            while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
                digits++;
            }
            if (digits > 0) {
                // ’90s, '22; a four-digit year after a quote mark is quoted text.
                return digits == 2 && (word.length() == 2 || word.substring(2).equals("s"));
            }
            return ELISIONS.contains(word.toLowerCase(Locale.ROOT));
        }

        /** rock ’n’ roll, rock 'n' roll: both marks around the n are apostrophes. */
        private boolean isRockAndRoll(int i, int lineStart, int lineEnd) {
            if (i + 2 < lineEnd && (text.charAt(i + 1) == 'n' || text.charAt(i + 1) == 'N') && isApostrophe(text.charAt(i + 2))
                    && (i + 3 >= lineEnd || !Character.isLetter(text.charAt(i + 3)))) {
                return true;
            }
            return i - 2 >= lineStart && (text.charAt(i - 1) == 'n' || text.charAt(i - 1) == 'N')
                    && isApostrophe(text.charAt(i - 2)) && (i - 3 < lineStart || !Character.isLetter(text.charAt(i - 3)));
        }

        /** The word before {@code i} ends in s, z, x or "in": players’, Jesus’, goin’. */
        private boolean mayBePossessive(int i, int lineStart) {
            char last = Character.toLowerCase(text.charAt(i - 1));
            if (last == 's' || last == 'z' || last == 'x') {
                return true;
            }
            return last == 'n' && i - 2 >= lineStart && Character.toLowerCase(text.charAt(i - 2)) == 'i';
        }
    }

    private static boolean isStraightDouble(Mark m) {
        return m.kind() == Kind.DOUBLE && m.style() == Style.STRAIGHT;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    private static boolean opensAfter(char prev) {
        return isSpace(prev) || "([{<\u2014\u2013-/\u201C\u2018\u00AB\"".indexOf(prev) >= 0;
    }

    private static boolean closesBefore(char next) {
        return isSpace(next)
                || ".,;:!?)]}>\u2026\u2014\u2013-\u201D\u2019'\"".indexOf(next) >= 0;
    }

    private static boolean isClosingPunctuation(char c) {
        return ".,;:!?)]\u2026".indexOf(c) >= 0;
    }

    private static int topIndexOf(List<Mark> stack, Kind kind) {
        for (int j = stack.size() - 1; j >= 0; j--) {
            if (stack.get(j).kind() == kind) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isTop(List<Mark> stack, Kind kind) {
        return !stack.isEmpty() && stack.get(stack.size() - 1).kind() == kind;
    }

    private static List<int[]> mergeRanges(List<int[]> ranges) {
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        return merged;
    }
}
