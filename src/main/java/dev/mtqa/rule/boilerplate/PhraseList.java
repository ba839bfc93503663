package dev.mtqa.rule.boilerplate;

import dev.mtqa.config.RuleResources;
import dev.mtqa.text.Words;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The boilerplate phrase list ({@code rules/*boilerplate-phrases.txt}): UI strings that scrapers
 * leave in article text. Each entry is one of:
 *
 * <ul>
 *   <li>a <b>whole phrase</b> ({@code Most Popular}): a line, or a sentence, that says exactly
 *       this and nothing else is boilerplate;</li>
 *   <li>a <b>marker</b>, written between {@code ...} ({@code ...subscribe to our Telegram channel...}):
 *       a sentence that contains these words is a promotion as a whole.</li>
 * </ul>
 *
 * <p>Entries and text are compared after {@link #normalise normalisation}: case folded, only the
 * words kept (letters and digits; punctuation, bullets, quotes and symbols dropped), every run of
 * digits read as {@code 0}. So {@code "  • Oops!"}, {@code "OOPS"} and {@code "Oops…"} are the same
 * line, and {@code "Comments (0)"} covers {@code "Comments (12)"}. An entry that starts with
 * {@code !} removes an earlier entry (a user's list can switch off a built-in phrase).
 *
 * <p>Why no automaton for whole phrases: a whole-line or whole-sentence match is an exact lookup
 * of the normalised line in a hash map, which costs the same for ten phrases or a million and
 * reads each character once. Markers are found inside sentences word by word ({@link MarkerIndex}).
 * Both are immutable once built and safe to share between threads.
 */
public final class PhraseList {
    /** The suffix of the files this list is read from. */
    public static final String FILE_SUFFIX = "boilerplate-phrases.txt";

    private static final Map<RuleResources, PhraseList> CACHE = new WeakHashMap<>();

    /** Normalised whole phrase → the phrase as written in the list. */
    private final Map<String, String> whole;
    private final MarkerIndex markers;
    private final PhraseScreen screen;
    private final int longestWhole;

    private PhraseList(Map<String, String> whole, Map<String, String> markers) {
        this.whole = Map.copyOf(whole);
        int longest = 0;
        for (String key : whole.keySet()) {
            longest = Math.max(longest, key.length());
        }
        this.longestWhole = longest;
        this.markers = new MarkerIndex(markers);
        this.screen = new PhraseScreen(whole.keySet(), markers.keySet());
    }

    /** The list the rules of one configuration share: read once per {@link RuleResources}. */
    public static PhraseList of(RuleResources resources) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(resources, r -> parse(r.files(FILE_SUFFIX)));
        }
    }

    /** Parses phrase files, later files adding to and overriding earlier ones. */
    public static PhraseList parse(List<RuleResources.Resource> files) {
        Map<String, String> whole = new HashMap<>();
        Map<String, String> markers = new HashMap<>();
        for (RuleResources.Resource file : files) {
            for (String raw : file.content().split("\r\n|\r|\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                boolean remove = line.startsWith("!");
                if (remove) {
                    line = line.substring(1).strip();
                }
                boolean marker = line.length() > 6 && line.startsWith("...") && line.endsWith("...");
                String key = normalise(line, Integer.MAX_VALUE);
                // An entry without letters ("404", "1 / 12") would match every line of bare numbers.
                if (key == null || key.isEmpty() || key.chars().noneMatch(Character::isLetter)) {
                    continue;
                }
                Map<String, String> target = marker ? markers : whole;
                if (remove) {
                    whole.remove(key);
                    markers.remove(key);
                } else {
                    target.put(key, marker ? line.substring(3, line.length() - 3).strip() : line);
                }
            }
        }
        return new PhraseList(whole, markers);
    }

    /** The phrase that {@code text} says exactly (after normalisation), or null. */
    public String whole(CharSequence text) {
        String s = text.toString();
        return whole(s, 0, s.length());
    }

    /** The phrase that {@code text[from, to)} says exactly (after normalisation), or null. */
    public String whole(String text, int from, int to) {
        if (!screen.mayBeWhole(text, from, to)) {
            return null;
        }
        String key = normalise(text, from, to, longestWhole);
        return key == null ? null : whole.get(key);
    }

    /** Where in the text of {@code words} markers may be, for {@link #mayMatch(PhraseScreen.Sites, int, int)}. */
    PhraseScreen.Sites sites(Words words) {
        return screen.sites(words);
    }

    /**
     * False only when {@code text[from, to)}, a span of the text whose {@code sites} these are,
     * neither says a whole phrase nor holds a marker ({@link PhraseScreen}): such a span need not
     * be normalised to know it.
     */
    boolean mayMatch(PhraseScreen.Sites sites, int from, int to) {
        return screen.mayMatch(sites, from, to);
    }

    /**
     * The phrase whose {@link #normalise normalised} form is {@code key}, or null: for callers that
     * also ask {@link #markerOfKey} of the same text and should normalise it once.
     */
    String wholeOfKey(String key) {
        return key.length() > longestWhole ? null : whole.get(key);
    }

    /**
     * The marker that occurs in {@code text} as whole words, or null. Text longer than
     * {@code maxChars} is not searched.
     */
    public String marker(CharSequence text, int maxChars) {
        if (markers.size() == 0 || text.length() > maxChars) {
            return null;
        }
        return markerOfKey(normalise(text, Integer.MAX_VALUE));
    }

    /**
     * The marker that occurs as whole words in the normalised text {@code key}, or null; of several,
     * the longest as written, and of equally long ones the first.
     */
    String markerOfKey(String key) {
        return markers.find(key);
    }

    /** Number of whole phrases and markers. */
    public int size() {
        return whole.size() + markers.size();
    }

    /**
     * The words of {@code text}, lower case, joined by single spaces, each run of digits replaced
     * by {@code 0}; null as soon as the result would exceed {@code max} characters (so a 5 MB line
     * costs nothing when it cannot be a phrase).
     */
    static String normalise(CharSequence text, int max) {
        String s = text.toString();
        return normalise(s, 0, s.length(), max);
    }

    /** What {@link #normalise} makes of each ASCII character: a gap between words, a letter or a digit. */
    private static final byte[] ASCII_KIND = new byte[128];
    static final byte GAP = 0;
    /** The only kind with bit 0 set, so that {@code kind & LETTER} counts letters without a branch. */
    static final byte LETTER = 1;
    static final byte DIGIT = 2;

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_KIND[c] = LETTER;
            ASCII_KIND[c - 'a' + 'A'] = LETTER;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII_KIND[c] = DIGIT;
        }
    }

    /** What normalising makes of the ASCII character {@code c}: {@link #GAP}, {@link #LETTER} or {@link #DIGIT}. */
    static byte asciiKind(char c) {
        return ASCII_KIND[c];
    }

    /**
     * How many letters {@link #normalise(String, int, int, int) normalise} keeps of {@code text[from, to)}:
     * the code points of its result other than spaces and the zeros that stand for numbers. So two
     * spans with different counts never normalise to the same key, and a line whose count no other
     * line of its document has need not be normalised to know it has no copy there. Reads each
     * character once and writes nothing.
     */
    static int letters(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; ) {
            char ch = text.charAt(i);
            if (ch < 128) {
                // A table rather than a test: no branch to mispredict at every word's end.
                i++;
                n += ASCII_KIND[ch] & LETTER;
                continue;
            }
            int c = ch;
            if (Character.isHighSurrogate(ch) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                c = Character.toCodePoint(ch, text.charAt(i + 1));
            }
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                n++;
            }
        }
        return n;
    }

    /**
     * {@link #normalise(CharSequence, int)} of {@code text[from, to)}. Written into a char array
     * rather than a StringBuilder: every sentence of every document passes through here, and the
     * builder's per-character bookkeeping was most of the cost.
     */
    static String normalise(String text, int from, int to, int max) {
        char[] out = new char[Math.min(to - from, max == Integer.MAX_VALUE ? to - from : max + 1) + 2];
        int n = 0;
        boolean gap = false;
        boolean digits = false;
        for (int i = from; i < to; ) {
            char ch = text.charAt(i);
            int c;
            boolean letter;
            boolean digit;
            if (ch < 128) {
                // Most news is ASCII: no code point or Unicode table look-ups for it, and what a
                // character is comes from a table (spaces and punctuation are done at once).
                i++;
                byte kind = ASCII_KIND[ch];
                if (kind == GAP) {
                    gap = true;
                    continue;
                }
                letter = kind == LETTER;
                digit = !letter;
                c = letter ? ch | 0x20 : ch;
            } else {
                // A code point of the span only: a surrogate pair cut by its end counts as cut.
                c = ch;
                if (Character.isHighSurrogate(ch) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                    c = Character.toCodePoint(ch, text.charAt(i + 1));
                }
                i += Character.charCount(c);
                letter = Character.isLetter(c);
                digit = !letter && Character.isDigit(c);
                if (letter) {
                    c = Character.toLowerCase(c);
                }
            }
            if (letter || digit) {
                if (out.length - n < 3) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                if (gap && n > 0) {
                    out[n++] = ' ';
                    digits = false;
                }
                gap = false;
                if (digit) {
                    if (!digits) {
                        out[n++] = '0';
                    }
                    digits = true;
                } else {
                    if (c < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                        out[n++] = (char) c;
                    } else {
                        n += Character.toChars(c, out, n);
                    }
                    digits = false;
                }
                if (n > max) {
                    return null;
                }
            } else if (ch < 128 || Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        return new String(out, 0, n);
    }
}
