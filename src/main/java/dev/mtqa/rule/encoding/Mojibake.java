package dev.mtqa.rule.encoding;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import dev.mtqa.text.RareCharacters;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and repairs mojibake: UTF-8 bytes that were decoded as a single-byte charset, so that
 * "’" became "â€™" and "é" became "Ã©".
 *
 * <p>How: the text is cut into regions, maximal runs of non-ASCII characters (mojibake never
 * contains ASCII). In each region, characters are mapped back to the bytes they came from in a
 * candidate charset, and byte runs that form valid UTF-8 multi-byte sequences are decoded. A
 * decoded run is a repair only if it is plausible:
 * <ul>
 *   <li>every character is one real text uses: a letter of some language's alphabet (CLDR
 *       exemplars), a combining mark after a letter, or common punctuation and symbols
 *       ({@link PlausibleText});</li>
 *   <li>its letters fit their neighbours: same script, no lower-case letter after an all-capitals
 *       word, no capital after a lower-case letter (and a run of one or two sequences has letters of
 *       one script);</li>
 *   <li>the evidence is strong: a three- or four-byte sequence, two or more sequences in a row,
 *       a C1 control character among the bytes, or "Â"/"Ã" as the lead (the two leads of all
 *       Latin-1 characters, rare in real text before a symbol). A lone two-byte sequence with
 *       another lead ("Å™", "Ä£") is a repair only inside a lower-case word ("PrÅ¡ut" → "Pršut"),
 *       because a capital Å or Ä before a symbol is ordinary Scandinavian or German text; or when
 *       the same lead byte has been proven mojibake by strong evidence elsewhere in the text
 *       (see {@link Search}).</li>
 * </ul>
 * Windows-1252 (with Latin-1's C1 controls) is tried first and may repair part of a region.
 * The other Windows code pages, ISO-8859-2, Mac OS Roman and code page 437 are tried next, but
 * only a region that decodes entirely, with at least two sequences or a three-byte one, is
 * repaired through them: a Ukrainian capital word such as "ВІКІ" is valid UTF-8 read as
 * Windows-1251 only by accident, and then decodes to a superscript and a modifier letter. When
 * several charsets decode a region plausibly but differently, the result with fewer oddities wins,
 * Windows-1252 wins a tie, and a tie between the others is ambiguous: no repair.
 *
 * <p>Two more patterns: a curly apostrophe that ends a sequence but is followed by {@code s},
 * {@code t}, {@code ll}… is an apostrophe ("Ã’s" is the plural of "Ã"); and "Ã" or "Â" before a
 * space, after a lower-case letter, is "à" or a no-break space whose second byte (0xA0, a
 * no-break space) was turned into a space on the way. A sequence whose missing byte became
 * U+FFFD ("â€�") is repaired to a single U+FFFD, the honest remainder.
 *
 * <p>Repairs are applied up to three times, so doubly encoded text ("Ã¢â‚¬â„¢") comes back in one fix.
 */
final class Mojibake {
    /**
     * Replace {@code [start, end)} of the text with {@code replacement}; {@code misreadAs} names the
     * charset; {@code safe} is false for a guess (a truncated sequence).
     */
    record Repair(int start, int end, String replacement, String misreadAs, boolean safe) {
    }

    private static final SingleByteCharset WINDOWS_1252 = new SingleByteCharset("Windows-1252", "windows-1252");
    /** The primary charset first; the others repair only whole regions. */
    private static final List<SingleByteCharset> CHARSETS = loadCharsets();
    private static final int PASSES = 3;
    /** Characters of context kept on each side of a region when it is repaired again. */
    private static final int CONTEXT = 4;

    private Mojibake() {
    }

    /** Every repair in {@code text}, in text order, non-overlapping. */
    static List<Repair> find(String text) {
        return find(text, RareCharacters.of(text));
    }

    /** {@link #find(String)}, given where the text's rare characters are (mojibake is made of them). */
    static List<Repair> find(String text, RareCharacters rare) {
        return new Search(text, rare).run();
    }

    /**
     * One search over one text. Mojibake rarely comes alone: a text decoded with the wrong charset
     * is damaged throughout. So a lead byte that strong evidence has shown to be mojibake somewhere
     * in the text ("Î" in "Î‘Î¸Î®Î½Î±", Greek) makes a lone two-byte sequence with the same lead
     * ("Î·", the Greek article) a repair too, if it is plausible where it stands: the regions held
     * back for weak evidence alone are tried again once the whole text has been seen.
     */
    private static final class Search {
        final String text;
        final RareCharacters rare;
        /** Windows-1252 lead bytes that strong evidence proved to be mojibake in this text. */
        final boolean[] provenLeads = new boolean[256];
        boolean anyProven;
        /** Second phase: lone sequences with a proven lead are accepted. */
        boolean boost;
        /** Set when the current region had a plausible run refused only for weak evidence. */
        boolean weakRejected;

        Search(String text, RareCharacters rare) {
            this.text = text;
            this.rare = rare;
        }

        List<Repair> run() {
            List<int[]> regions = new ArrayList<>();
            int n = text.length();
            // Regions are runs of non-ASCII characters, all of them rare: jump between rare characters.
            int i = rare.next(0);
            while (i < n) {
                if (text.charAt(i) < 0x80) {
                    i = rare.next(i + 1);
                    continue;
                }
                int start = i;
                while (i < n && text.charAt(i) >= 0x80) {
                    i++;
                }
                regions.add(new int[] {start, i});
                i = rare.next(i);
            }
            Repair[] repaired = new Repair[regions.size()];
            List<Integer> retry = new ArrayList<>();
            for (int k = 0; k < regions.size(); k++) {
                weakRejected = false;
                repaired[k] = repairRegion(this, regions.get(k)[0], regions.get(k)[1]);
                if (weakRejected) {
                    retry.add(k);
                }
            }
            if (anyProven) {
                boost = true;
                for (int k : retry) {
                    repaired[k] = repairRegion(this, regions.get(k)[0], regions.get(k)[1]);
                }
            }
            List<Repair> repairs = new ArrayList<>();
            int covered = 0;
            for (int k = 0; k < regions.size(); k++) {
                int start = regions.get(k)[0];
                int end = regions.get(k)[1];
                Repair repair = repaired[k];
                if (repair != null && repair.start() >= covered) {
                    repairs.add(repair);
                    covered = repair.end();
                }
                Repair truncated = truncatedQuote(text, start, end);
                if (truncated != null && truncated.start() >= covered) {
                    repairs.add(truncated);
                    covered = truncated.end();
                }
            }
            return repairs;
        }
    }

    /**
     * "â€" at the end of a region, before a space, punctuation or the end of the text: the UTF-8 of
     * U+2018–U+201F and other punctuation misread as Windows-1252, with the third byte lost. That
     * byte was one Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90 or 0x9D), which many
     * decoders drop; of those, 0x9D gives "”", the only one that is common before a space. A
     * likely reading, not a certain one: offered for review.
     */
    private static Repair truncatedQuote(String text, int start, int end) {
        if (end - start < 2 || text.charAt(end - 2) != '\u00E2' || text.charAt(end - 1) != '\u20AC') {
            return null;
        }
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            return null;
        }
        return new Repair(end - 2, end, "\u201D", WINDOWS_1252.name, false);
    }

    /** Repairs the region {@code [start, end)} of non-ASCII characters, or returns null. */
    private static Repair repairRegion(Search search, int start, int end) {
        String text = search.text;
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        String original = text.substring(from, to);
        String window = original;
        int regionStart = start - from;
        int regionEnd = end - from;
        String misreadAs = null;
        // What the first pass replaced, in the original's coordinates: the finding covers at least
        // that, even where a repaired character happens to equal the mojibake's last one.
        int firstStart = Integer.MAX_VALUE;
        int firstEnd = -1;
        for (int pass = 0; pass < PASSES; pass++) {
            PassResult result = repairPass(search, window, regionStart, regionEnd);
            if (result == null) {
                break;
            }
            if (misreadAs == null) {
                misreadAs = result.charset;
                firstStart = result.editStart;
                firstEnd = result.editEnd;
            }
            int growth = result.text.length() - window.length();
            window = result.text;
            regionEnd = Math.min(window.length(), Math.max(regionStart, result.regionEnd + growth));
        }
        if (misreadAs == null || window.equals(original)) {
            return null;
        }
        int prefix = 0;
        while (prefix < original.length() && prefix < window.length() && original.charAt(prefix) == window.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < original.length() - prefix && suffix < window.length() - prefix
                && original.charAt(original.length() - 1 - suffix) == window.charAt(window.length() - 1 - suffix)) {
            suffix++;
        }
        prefix = Math.min(prefix, firstStart);
        suffix = Math.min(suffix, original.length() - firstEnd);
        // Never cut a surrogate pair in two.
        if (prefix > 0 && Character.isLowSurrogate(original.charAt(prefix))) {
            prefix--;
        }
        if (suffix > 0 && Character.isHighSurrogate(original.charAt(original.length() - suffix - 1))) {
            suffix--;
        }
        return new Repair(from + prefix, from + original.length() - suffix,
                window.substring(prefix, window.length() - suffix), misreadAs, true);
    }

    /** A pass's result; {@code editStart} and {@code editEnd} bound what it replaced, in its input's coordinates. */
    private record PassResult(String text, int regionEnd, String charset, int editStart, int editEnd) {
    }

    /** One repair pass over {@code s[start, end)}; null if nothing changes. */
    private static PassResult repairPass(Search search, String s, int start, int end) {
        List<Edit> edits = null;
        String charset = null;
        List<Run> primary = null;
        // Every charset through which the whole region decodes plausibly. If they disagree, the
        // one whose result has the fewest oddities (a capital inside a lower-case word, a change of
        // script inside a word) wins; Windows-1252, by far the most common misreading, wins a tie;
        // a tie between the others is ambiguous, and nothing is repaired.
        String bestText = null;
        int bestScore = Integer.MAX_VALUE;
        boolean tie = false;
        for (SingleByteCharset cs : CHARSETS) {
            Parse parse = parse(s, start, end, cs);
            boolean isPrimary = cs == WINDOWS_1252;
            if (isPrimary) {
                primary = parse.runs;
            }
            if (parse.runs.isEmpty() || !parse.fullCoverage) {
                continue;
            }
            boolean all = true;
            for (Run run : parse.runs) {
                all &= accept(search, s, run, isPrimary, true, 0);
            }
            if (!all) {
                continue;
            }
            List<Edit> candidate = edits(parse.runs);
            String result = apply(s, candidate);
            int score = oddities(result, start, end + result.length() - s.length());
            if (bestText == null || score < bestScore) {
                edits = candidate;
                charset = cs.name;
                bestText = result;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && !result.equals(bestText) && !charset.equals(WINDOWS_1252.name)) {
                tie = true;
            }
        }
        if (tie) {
            return null;
        }
        if (edits == null) {
            edits = new ArrayList<>();
            if (primary != null) {
                for (Run run : primary) {
                    if (accept(search, s, run, true, false, 0)) {
                        edits.add(run.edit());
                    }
                }
            }
            charset = WINDOWS_1252.name;
        }
        Edit lost = lostNoBreakSpace(s, start, end, edits);
        if (lost != null) {
            edits.add(lost);
        }
        if (edits.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        int at = 0;
        int newEnd = end;
        for (Edit e : edits) {
            out.append(s, at, e.start).append(e.replacement);
            at = e.end;
            if (e.end > newEnd) {
                newEnd = e.end;
            }
        }
        out.append(s, at, s.length());
        return new PassResult(out.toString(), newEnd, charset, edits.get(0).start, edits.get(edits.size() - 1).end);
    }

    /** {@code s} with the sorted, disjoint {@code edits} applied. */
    private static String apply(String s, List<Edit> edits) {
        StringBuilder out = new StringBuilder(s.length());
        int at = 0;
        for (Edit e : edits) {
            out.append(s, at, e.start).append(e.replacement);
            at = e.end;
        }
        return out.append(s, at, s.length()).toString();
    }

    /**
     * Oddities in {@code s[start, end)} and at its edges: a capital right after a lower-case letter,
     * or two adjacent letters of different scripts. Real words have few; a wrong charset's do not.
     */
    private static int oddities(String s, int start, int end) {
        int count = 0;
        int from = start > 0 ? start - Character.charCount(s.codePointBefore(start)) : start;
        int to = Math.min(s.length(), end < s.length() ? end + Character.charCount(s.codePointAt(end)) : end);
        int previous = -1;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (previous >= 0 && UCharacter.isLetter(previous) && UCharacter.isLetter(cp)) {
                if (UCharacter.isLowerCase(previous) && UCharacter.isUpperCase(cp)) {
                    count++;
                }
                if (!PlausibleText.sameScript(previous, cp)) {
                    count++;
                }
            }
            previous = cp;
        }
        return count;
    }

    private static List<Edit> edits(List<Run> runs) {
        List<Edit> edits = new ArrayList<>(runs.size());
        for (Run run : runs) {
            edits.add(run.edit());
        }
        return edits;
    }

    /**
     * "Ã" or "Â" at the end of a region, before a space or the end of a line: the UTF-8 of "à"
     * (C3 A0) or of a no-break space (C2 A0) whose second byte, itself a no-break space when
     * misread, became a plain space or was trimmed away. Accepted where a capital Ã or Â cannot
     * be: "Ã" after a lower-case letter ("voilÃ le"), or as a word of its own followed by two
     * spaces and a lower-case word ("Ã  la"); "Â" after anything but a space or a capital
     * ("Ukraine.Â  Russia"). A capital Ã between spaces is Portuguese ("S Ã O"). When two spaces
     * follow, the first was the no-break space and goes too.
     */
    private static Edit lostNoBreakSpace(String s, int start, int end, List<Edit> edits) {
        int last = end - 1;
        if (last < start) {
            return null;
        }
        char c = s.charAt(last);
        if (c != '\u00C3' && c != '\u00C2') {
            return null;
        }
        for (Edit e : edits) {
            if (e.end > last) {
                return null;
            }
        }
        boolean lineEnd = end >= s.length() || s.charAt(end) == '\n' || s.charAt(end) == '\r';
        if (!lineEnd && s.charAt(end) != ' ') {
            return null;
        }
        boolean twoSpaces = !lineEnd && end + 1 < s.length() && s.charAt(end + 1) == ' ';
        int before = last > 0 ? s.codePointBefore(last) : -1;
        boolean fits;
        if (c == '\u00C3') {
            boolean afterLowerCase = before >= 0 && UCharacter.isLowerCase(before) && UScript.getScript(before) == UScript.LATIN;
            boolean wordOfItsOwn = (before < 0 || UCharacter.isWhitespace(before)) && twoSpaces && end + 2 < s.length()
                    && UCharacter.isLowerCase(s.codePointAt(end + 2));
            fits = afterLowerCase || wordOfItsOwn;
        } else {
            fits = before >= 0 && !UCharacter.isWhitespace(before) && !UCharacter.isUpperCase(before) && before != 0xA0;
        }
        if (!fits) {
            return null;
        }
        return new Edit(last, twoSpaces ? end + 1 : end, c == '\u00C3' ? "\u00E0" : "");
    }

    private record Edit(int start, int end, String replacement) {
    }

    /** One decoded UTF-8 sequence: text {@code [start, end)} read as bytes. */
    private record Sequence(int start, int end, int codePoint, int length, int lead, boolean c1, boolean lost) {
    }

    /** Adjacent sequences: one candidate repair. */
    private record Run(List<Sequence> sequences) {
        int start() {
            return sequences.get(0).start;
        }

        int end() {
            return sequences.get(sequences.size() - 1).end;
        }

        String decoded() {
            StringBuilder b = new StringBuilder();
            for (Sequence q : sequences) {
                // A byte-order mark decoded from "ï»¿" is never wanted inside text.
                if (q.codePoint != 0xFEFF) {
                    b.appendCodePoint(q.codePoint);
                }
            }
            return b.toString();
        }

        /** The decoding as it is, byte-order marks included: input to a further pass. */
        String decodedRaw() {
            StringBuilder b = new StringBuilder();
            for (Sequence q : sequences) {
                b.appendCodePoint(q.codePoint);
            }
            return b.toString();
        }

        Edit edit() {
            return new Edit(start(), end(), decoded());
        }
    }

    private record Parse(List<Run> runs, boolean fullCoverage) {
    }

    /** Reads {@code s[start, end)} as bytes of {@code cs} and finds the valid UTF-8 multi-byte sequences. */
    private static Parse parse(String s, int start, int end, SingleByteCharset cs) {
        List<Run> runs = new ArrayList<>();
        List<Sequence> current = new ArrayList<>();
        boolean full = true;
        int i = start;
        while (i < end) {
            Sequence q = sequenceAt(s, i, end, cs);
            if (q == null) {
                full = false;
                if (!current.isEmpty()) {
                    runs.add(new Run(current));
                    current = new ArrayList<>();
                }
                i++;
                continue;
            }
            current.add(q);
            i = q.end;
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current));
        }
        return new Parse(runs, full);
    }

    private static Sequence sequenceAt(String s, int i, int end, SingleByteCharset cs) {
        char c = s.charAt(i);
        int lead = cs.byteOf(c);
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0) {
            return null;
        }
        int cp = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
        boolean c1 = isC1(c);
        int j = i + 1;
        for (int k = 1; k < length; k++) {
            if (j >= end) {
                return null;
            }
            char cc = s.charAt(j);
            if (cc == '\uFFFD') {
                // A byte the first decoder could not map: the character is lost, but the garbage
                // before it is recognisably part of it. Only with enough of the sequence to be sure.
                boolean sure = k >= 2 || lead == 0xC2 || lead == 0xC3;
                return sure ? new Sequence(i, j + 1, 0xFFFD, length, lead, c1, true) : null;
            }
            int b = cs.byteOf(cc);
            int low = 0x80;
            int high = 0xBF;
            if (k == 1) {
                if (lead == 0xE0) {
                    low = 0xA0;
                } else if (lead == 0xED) {
                    high = 0x9F;
                } else if (lead == 0xF0) {
                    low = 0x90;
                } else if (lead == 0xF4) {
                    high = 0x8F;
                }
            }
            if (b < low || b > high) {
                return null;
            }
            if (k == length - 1 && cc == '\u2019' && isApostrophe(s, j + 1)) {
                return null;
            }
            cp = cp << 6 | b & 0x3F;
            c1 |= isC1(cc);
            j++;
        }
        return new Sequence(i, j, cp, length, lead, c1, false);
    }

    /** A curly apostrophe followed by the end of an English contraction or possessive: "’s", "’ll". */
    private static boolean isApostrophe(String s, int after) {
        int n = s.length();
        int letters = 0;
        while (after + letters < n && letters < 3 && Character.isLetter(s.charAt(after + letters))) {
            letters++;
        }
        if (letters == 0 || letters == 3 || after + letters < n && Character.isLetterOrDigit(s.charAt(after + letters))) {
            return false;
        }
        String tail = s.substring(after, after + letters).toLowerCase(java.util.Locale.ROOT);
        return switch (tail) {
            case "s", "t", "d", "m", "ll", "re", "ve" -> true;
            default -> false;
        };
    }

    private static boolean isC1(char c) {
        return c >= 0x80 && c <= 0x9F;
    }

    /** Whether a decoded run is a repair; see the class comment. {@code depth} counts encodings undone so far. */
    private static boolean accept(Search search, String s, Run run, boolean primary, boolean fullCoverage, int depth) {
        List<Sequence> qs = run.sequences;
        boolean longSequence = false;
        boolean strongLead = false;
        boolean c1 = false;
        for (Sequence q : qs) {
            longSequence |= q.length >= 3;
            strongLead |= q.lead == 0xC2 || q.lead == 0xC3;
            c1 |= q.c1;
        }
        boolean plausible = isPlausible(s, run) && fitsContext(s, run);
        if (!primary) {
            return plausible && fullCoverage && (longSequence || qs.size() >= 2);
        }
        boolean strong = longSequence || qs.size() >= 2 || c1 || strongLead;
        if (strong) {
            if (plausible) {
                if (search != null) {
                    for (Sequence q : qs) {
                        search.provenLeads[q.lead] = true;
                    }
                    search.anyProven = true;
                }
                return true;
            }
            // Encoded twice ("ÃƒÂ©"): the first decoding is itself mojibake, implausible as text
            // but repairable as a whole.
            return depth < PASSES - 1 && repairsCompletely(s, run, depth + 1);
        }
        // A lone two-byte sequence with a weak lead: a letter inside a lower-case word, or one
        // whose lead byte this text has already shown to be mojibake.
        Sequence q = qs.get(0);
        if (!plausible || q.lost || !UCharacter.isLetter(q.codePoint)) {
            return false;
        }
        int before = run.start() > 0 ? s.codePointBefore(run.start()) : -1;
        int after = run.end() < s.length() ? s.codePointAt(run.end()) : -1;
        if (before >= 0 && UCharacter.isLowerCase(before) && PlausibleText.sameScript(before, q.codePoint)
                || after >= 0 && UCharacter.isLowerCase(after) && PlausibleText.sameScript(after, q.codePoint)) {
            return true;
        }
        if (search == null) {
            return false;
        }
        if (search.boost && search.provenLeads[q.lead]) {
            return true;
        }
        search.weakRejected = true;
        return false;
    }

    /** True if the run's decoding, put in its place, is itself mojibake that repairs completely. */
    private static boolean repairsCompletely(String s, Run run, int depth) {
        String decoded = run.decodedRaw();
        String next = s.substring(0, run.start()) + decoded + s.substring(run.end());
        Parse parse = parse(next, run.start(), run.start() + decoded.length(), WINDOWS_1252);
        if (!parse.fullCoverage || parse.runs.isEmpty()) {
            return false;
        }
        for (Run r : parse.runs) {
            if (!accept(null, next, r, true, true, depth)) {
                return false;
            }
        }
        return true;
    }

    /** Every decoded character is one real text uses; a short run's letters are of one script. */
    private static boolean isPlausible(String s, Run run) {
        int script = UScript.COMMON;
        int previous = run.start() > 0 ? s.codePointBefore(run.start()) : -1;
        boolean checkScript = run.sequences.size() < 3;
        for (Sequence q : run.sequences) {
            int cp = q.codePoint;
            if (q.lost) {
                previous = cp;
                continue;
            }
            if (UCharacter.isLetter(cp)) {
                if (!PlausibleText.isPlausibleLetter(cp)) {
                    return false;
                }
                int sc = PlausibleText.scriptOf(cp);
                if (checkScript && sc != UScript.COMMON && sc != UScript.INHERITED) {
                    if (script != UScript.COMMON && script != sc) {
                        return false;
                    }
                    script = sc;
                }
            } else if (PlausibleText.isMark(cp)) {
                boolean emojiMark = cp >= 0xFE00 && cp <= 0xFE0F || cp == 0x20E3;
                boolean afterLetter = previous >= 0 && UCharacter.isLetter(previous)
                        && PlausibleText.sameScript(previous, cp);
                if (!(emojiMark && previous >= 0 && !UCharacter.isWhitespace(previous) || afterLetter)) {
                    return false;
                }
            } else if (!PlausibleText.isPlausibleSymbol(cp)) {
                return false;
            }
            previous = cp;
        }
        return true;
    }

    /** The decoded run's first and last letters agree with the letters around it in script and case. */
    private static boolean fitsContext(String s, Run run) {
        Sequence first = run.sequences.get(0);
        Sequence last = run.sequences.get(run.sequences.size() - 1);
        if (run.start() > 0 && !first.lost && UCharacter.isLetter(first.codePoint)) {
            int before = s.codePointBefore(run.start());
            if (UCharacter.isLetter(before)) {
                int d = first.codePoint;
                if (!PlausibleText.sameScript(before, d)) {
                    return false;
                }
                int beforeThat = run.start() - Character.charCount(before) > 0
                        ? s.codePointBefore(run.start() - Character.charCount(before)) : -1;
                if (UCharacter.isLowerCase(d) && UCharacter.isUpperCase(before)
                        && beforeThat >= 0 && UCharacter.isUpperCase(beforeThat)) {
                    return false;
                }
                if (UCharacter.isUpperCase(d) && UCharacter.isLowerCase(before)) {
                    return false;
                }
            }
        }
        if (run.end() < s.length() && !last.lost && UCharacter.isLetter(last.codePoint)) {
            int after = s.codePointAt(run.end());
            if (UCharacter.isLetter(after)) {
                if (!PlausibleText.sameScript(last.codePoint, after)) {
                    return false;
                }
                if (UCharacter.isLowerCase(last.codePoint) && UCharacter.isUpperCase(after)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The charsets UTF-8 is commonly misread as, the primary first; the same list python-ftfy
     * tries. A charset the JVM lacks is skipped.
     */
    private static List<SingleByteCharset> loadCharsets() {
        List<SingleByteCharset> list = new ArrayList<>();
        list.add(WINDOWS_1252);
        String[][] others = {
            {"Windows-1250", "windows-1250"}, {"ISO-8859-2", "ISO-8859-2"}, {"Windows-1251", "windows-1251"},
            {"Windows-1253", "windows-1253"}, {"Windows-1254", "windows-1254"}, {"Windows-1257", "windows-1257"},
            {"Mac OS Roman", "x-MacRoman"}, {"code page 437", "IBM437"}};
        for (String[] cs : others) {
            if (Charset.isSupported(cs[1])) {
                list.add(new SingleByteCharset(cs[0], cs[1]));
            }
        }
        return List.copyOf(list);
    }

    /**
     * A single-byte charset seen backwards: which byte each character came from. Bytes the charset
     * leaves undefined map to the C1 control of the same number, as lenient decoders (and Latin-1)
     * produce them; so Windows-1252 here also covers text misread as ISO-8859-1.
     */
    static final class SingleByteCharset {
        final String name;
        /** For each BMP character, the byte it came from (always 0x80 or above); 0 if none. */
        private final byte[] bytes = new byte[0x10000];

        SingleByteCharset(String name, String javaName) {
            this.name = name;
            CharsetDecoder decoder = Charset.forName(javaName).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            for (int b = 0x80; b <= 0xFF; b++) {
                // Latin-1's view of the byte: its C1 control or Latin-1 character.
                if (b <= 0x9F) {
                    bytes[b] = (byte) b;
                }
                try {
                    CharBuffer chars = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                    if (chars.length() == 1 && chars.charAt(0) != '\uFFFD') {
                        bytes[chars.charAt(0)] = (byte) b;
                    }
                } catch (CharacterCodingException e) {
                    // Undefined in this charset: only the C1 control stands for it.
                }
            }
            if (javaName.equals("windows-1252")) {
                for (int b = 0xA0; b <= 0xFF; b++) {
                    bytes[b] = (byte) b;
                }
            }
        }

        /** The byte {@code c} came from, or -1 if none. */
        int byteOf(char c) {
            int b = bytes[c] & 0xFF;
            return b == 0 ? -1 : b;
        }
    }
}
