package dev.mtqa.rule.boilerplate;

import dev.mtqa.text.AsciiWordMap;
import dev.mtqa.text.Words;
import it.unimi.dsi.fastutil.ints.IntArrayList;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells, without {@link PhraseList#normalise normalising} it, that a span of text cannot be one of
 * the list's whole phrases and holds none of its markers, so that the few spans that might are the
 * only ones normalised. Every sentence of every document is asked; before, each was normalised
 * into a new string, hashed and searched: a sixth of a {@code --no-grammar} check.
 *
 * <p>The rule in words: a span normalises to a whole phrase only if its first word is the first
 * word of some whole phrase and it has no more words than the longest such phrase; it holds a
 * marker only if it has the marker's longest word (each marker's words are all in a sentence that
 * holds it, and the longest is the rarest in news text: "continuing" rather than "by"). The words
 * are read off the text as {@link PhraseList#normalise} would make them: runs of ASCII letters and
 * digits between everything else, lower-cased. Where the text has a character that normalising
 * treats in a way of its own (a letter, digit or combining mark beyond ASCII), the answer is
 * "maybe", and so it is for a word with digits (which normalise to {@code 0}) whenever a word the
 * screen looks for has a digit. So the screen never says "no" of a span that would match; it only
 * saves the work for the rest. Immutable; safe to share.
 *
 * <p>For the sentences of a document, the markers' words are looked up once per document
 * ({@link #sites}), among the words the document's other rules share, rather than once per
 * sentence while reading its characters; each sentence then reads only its first words (for the
 * whole phrases) and a search of those sites.
 */
final class PhraseScreen {
    /** First word of a whole phrase → the most words a whole phrase beginning with it has. */
    private final AsciiWordMap<Integer> wholeFirst;
    /** The longest word of each marker. */
    private final AsciiWordMap<Boolean> markerWords;
    private final boolean wholeFirstHasDigit;
    private final boolean markerWordHasDigit;

    /** From the normalised whole phrases and markers (words joined by single spaces). */
    PhraseScreen(Set<String> wholeKeys, Set<String> markerKeys) {
        Map<String, Integer> whole = new HashMap<>();
        for (String key : wholeKeys) {
            String[] words = key.split(" ");
            whole.merge(words[0], words.length, Math::max);
        }
        Map<String, Boolean> markers = new HashMap<>();
        for (String key : markerKeys) {
            String screened = null;
            for (String word : key.split(" ")) {
                if (screened == null || rarer(word, screened)) {
                    screened = word;
                }
            }
            markers.put(screened, Boolean.TRUE);
        }
        this.wholeFirst = new AsciiWordMap<>(whole);
        this.markerWords = new AsciiWordMap<>(markers);
        this.wholeFirstHasDigit = whole.keySet().stream().anyMatch(PhraseScreen::hasDigit);
        this.markerWordHasDigit = markers.keySet().stream().anyMatch(PhraseScreen::hasDigit);
    }

    /**
     * False only when {@code words.text()[from, to)} is no whole phrase and holds no marker, for a
     * span of the text whose {@code sites} these are.
     */
    boolean mayMatch(Sites sites, int from, int to) {
        String text = sites.words.text();
        if (sites.unscreened) {
            return scan(text, from, to, true);
        }
        return scan(text, from, to, false) || sites.within(from, to) || cutWordHolds(sites.words, from, to);
    }

    /**
     * Where in one text the markers may be: the words (as {@link Words} reads them) that are the
     * longest word of a marker, or that hold a character beyond ASCII. Why a marker in a span of
     * the text is always at one of them: the marker's longest word, when it has no digit, comes
     * from a run of the text's ASCII letters (and of the combining marks that normalising skips)
     * between characters that normalising reads as gaps. {@link Words} reads that run as a word,
     * a longer one only by characters beyond ASCII (marks, and the combining spacing marks that
     * normalising reads as gaps); so the run is a site, or is cut by the span's ends, which
     * {@link #mayMatch(Sites, int, int)} reads on their own. When a marker's longest word has a
     * digit the sites are not used at all ({@code unscreened}): each span is read as before.
     */
    Sites sites(Words words) {
        if (markerWordHasDigit) {
            return new Sites(words, new IntArrayList(), true);
        }
        String text = words.text();
        IntArrayList sites = new IntArrayList();
        for (int w = 0; w < words.size(); w++) {
            // A word beyond ASCII looks up its substring in the slow path: ask it only if it is ASCII.
            if (!words.ascii(w) || markerWords.get(text, words.start(w), words.end(w), true) != null) {
                sites.add(w);
            }
        }
        return new Sites(words, sites, false);
    }

    /** The {@link #sites} of one text: the numbers of its words that are sites, in text order. */
    static final class Sites {
        private final Words words;
        private final IntArrayList sites;
        private final boolean unscreened;

        private Sites(Words words, IntArrayList sites, boolean unscreened) {
            this.words = words;
            this.sites = sites;
            this.unscreened = unscreened;
        }

        /** Whether a site overlaps {@code [from, to)}. */
        boolean within(int from, int to) {
            // The first site ending after from (words do not overlap: their ends are in order too).
            int low = 0;
            int high = sites.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (words.end(sites.getInt(mid)) <= from) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low < sites.size() && words.start(sites.getInt(low)) < to;
        }
    }

    /**
     * Whether a word that {@code [from, to)} cuts at either end is, in the part inside the span,
     * a marker's longest word: the span reads that part as a word of its own, which the sites,
     * made of whole words, do not hold. Sentences end between words, so this is seldom so.
     */
    private boolean cutWordHolds(Words words, int from, int to) {
        return words.cuts(from) && partHolds(words, words.containing(from), from, to)
                || words.cuts(to) && partHolds(words, words.containing(to - 1), from, to);
    }

    /** Whether the part of {@code word} inside {@code [from, to)} is a marker's longest word. */
    private boolean partHolds(Words words, int word, int from, int to) {
        int start = Math.max(from, words.start(word));
        int end = Math.min(to, words.end(word));
        return start < end && markerWords.get(words.text(), start, end, true) != null;
    }

    /** False only when {@code text[from, to)} is no whole phrase (it may still hold a marker). */
    boolean mayBeWhole(String text, int from, int to) {
        return scan(text, from, to, false);
    }

    private boolean scan(String text, int from, int to, boolean markers) {
        int words = 0;
        // The most words the span may have to be a whole phrase; -1 once it cannot be one.
        int wholeLimit = -1;
        int start = -1;
        boolean digits = false;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            if (c >= 128 && (Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK)) {
                // Normalising reads such characters in ways of its own: let it decide.
                return true;
            }
            byte kind = c < 128 ? PhraseList.asciiKind(c) : PhraseList.GAP;
            boolean digit = kind == PhraseList.DIGIT;
            if (kind != PhraseList.GAP) {
                if (start < 0) {
                    start = i;
                    digits = false;
                }
                digits |= digit;
                continue;
            }
            if (start < 0) {
                continue;
            }
            words++;
            if (words == 1) {
                Integer limit = digits ? (wholeFirstHasDigit ? Integer.valueOf(Integer.MAX_VALUE) : null)
                        : wholeFirst.get(text, start, i, true);
                wholeLimit = limit == null ? -1 : limit;
            }
            if (markers && (digits ? markerWordHasDigit : markerWords.get(text, start, i, true) != null)) {
                return true;
            }
            if (words > wholeLimit && !markers) {
                return false;
            }
            start = -1;
        }
        return words > 0 && words <= wholeLimit;
    }

    /**
     * Whether {@code word} is likely rarer in news than {@code than}: a word without digits before
     * one with (digits are everywhere), then the longer.
     */
    private static boolean rarer(String word, String than) {
        if (hasDigit(word) != hasDigit(than)) {
            return !hasDigit(word);
        }
        return word.length() > than.length();
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }
}
