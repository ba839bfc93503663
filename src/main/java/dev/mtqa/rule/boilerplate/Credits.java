package dev.mtqa.rule.boilerplate;

import dev.mtqa.config.RuleResources;
import dev.mtqa.text.Span;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises photo credits, copyright notices and image metadata, wherever they stand in a
 * line: alone, glued before a caption ({@code "© AFP 2023 / YURI KADOBNOVA man walks…"}) or
 * after one ({@code "… Guangzhou, China. - Lu Hanxin/Xinhua via AP"}). Shared by the credit and
 * metadata rules and by the duplicate-line rule, which compares captions without them.
 *
 * <p>A <b>credit</b> is short and made of names, never of ordinary words:
 * <ul>
 *   <li>a copyright line: {@code ©} or {@code (c)}, or {@code Copyright} followed by {@code ©}, a
 *       year or {@code by}, and at most 30 words;</li>
 *   <li>a photo word and names: {@code Photo: Reuters}, {@code Photo by Jane Doe/AFP},
 *       {@code Image: Getty Images};</li>
 *   <li>names around a slash, one side a known agency or a full name:
 *       {@code Lu Hanxin/Xinhua}, {@code AP Photo/Efrem Lukatsky};</li>
 *   <li>names {@code via} an agency: {@code AFP via Getty Images}, {@code Lu Hanxin/Xinhua via AP};</li>
 *   <li>only where a credit is expected (a line of its own, or in brackets at the end of a
 *       caption): a known agency alone, {@code (Getty Images)}.</li>
 * </ul>
 * Names are capitalised words, initials, years and the particles of names ({@code de}, {@code van},
 * {@code of}…). The known agencies are read from {@code rules/*boilerplate-agencies.txt}.
 *
 * <p><b>Image metadata</b> is what some sites print under an image: the publisher, the image
 * width in pixels and a date ({@code Sputnik International, 1920, 25.02.2022}); or an image file
 * name ({@code IMG_0412.jpg}) or size ({@code 1920x1080}) on a line of its own.
 */
final class Credits {
    static final String FILE_SUFFIX = "boilerplate-agencies.txt";

    private static final Map<RuleResources, Credits> CACHE = new WeakHashMap<>();

    /** Credits are short; a longer line end is not searched for one. */
    private static final int MAX_CREDIT = 100;
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "del", "della", "dos", "das", "van",
            "von", "der", "den", "ter", "al", "el", "bin", "ibn", "la", "le", "y", "of", "the", "and", "for", "&", "via");
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'\u2019]*(?:-\\p{L}[\\p{L}\\p{M}'\u2019]*)*|(?:19|20)\\d\\d|[a-z]+\\p{Lu}[\\p{L}]*");
    private static final Pattern PHOTO_WORD = Pattern.compile(
            "(?i)(?:photo(?:graph)?s?|pictures?|pics?|images?|illustrations?|fotos?|credits?|photo credits?|"
                    + "image credits?|image source|photo source|courtesy)\\s*(?:by|courtesy of|:|/|-|\u2013|\u2014)\\s*");
    /** A copyright notice's start. A new alternative must keep {@link #mayBeginCopyright} true of its first character. */
    static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:\u00a9|\\(c\\)|copyright\\s*(?:\u00a9|\\(c\\)|(?:19|20)\\d\\d|by\\b))");
    private static final Pattern NOTICE = Pattern.compile(
            "(?i)all rights reserved|rights reserved|may not be (?:re)?published|without (?:prior )?(?:written )?permission"
                    + "|reproduction (?:is )?(?:prohibited|forbidden)");
    /** A separator between a caption and its credit: a spaced dash or bar, or a wide gap. */
    /** Between a caption and its credit. A new alternative must keep {@link #maySeparate} true of it. */
    static final Pattern SEPARATOR = Pattern.compile("\\s[-\u2013\u2014|]\\s+|\\s{2,}|\u00a0[-\u2013\u2014]\\s");
    private static final Pattern METADATA = Pattern.compile(
            "(\\p{Lu}[\\p{L}.&'-]*(?:\\s\\p{Lu}[\\p{L}.&'-]*){0,3}),\\s?\\d{3,4},\\s?\\d{1,2}\\.\\d{1,2}\\.\\d{4}$");
    private static final Pattern IMAGE_FILE = Pattern.compile(
            "(?i)[\\w.()-]{1,80}\\.(?:jpe?g|png|gif|webp|avif|tiff?|bmp|svg|heic)(?:\\s*\\(?\\d{2,5}\\s*[x\u00d7]\\s*\\d{2,5}\\)?)?"
                    + "|\\d{2,5}\\s*[x\u00d7]\\s*\\d{2,5}(?:\\s*px)?");

    private final Set<String> agencies;
    private final int longestAgency;

    private Credits(Set<String> agencies) {
        this.agencies = Set.copyOf(agencies);
        this.longestAgency = agencies.stream().mapToInt(String::length).max().orElse(0);
    }

    static Credits of(RuleResources resources) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(resources, r -> parse(r.files(FILE_SUFFIX)));
        }
    }

    static Credits parse(List<RuleResources.Resource> files) {
        Set<String> agencies = new HashSet<>();
        for (RuleResources.Resource file : files) {
            for (String raw : file.content().split("\r\n|\r|\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("!")) {
                    agencies.remove(key(line.substring(1)));
                } else {
                    agencies.add(key(line));
                }
            }
        }
        return new Credits(agencies);
    }

    private static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Lines.isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    boolean isAgency(String name) {
        return name.length() <= longestAgency + 8 && agencies.contains(key(name));
    }

    /** What a credit or metadata finding covers, as UTF-16 indices into the document's text. */
    record Part(Span span, boolean guessed) {
    }

    // ---------------------------------------------------------------- credits

    /** True if all of {@code line} (already trimmed) is a credit or copyright notice. */
    boolean isWholeCredit(String line) {
        if (line.isEmpty() || line.length() > 200) {
            return false;
        }
        if (startsWithCopyright(line)) {
            return isCopyrightLine(line);
        }
        return endsLikeACredit(line, line.length()) && isCredit(line, true);
    }

    /**
     * A line that starts with a copyright sign and is only a notice: names and years
     * ({@code © AFP 2023 / YURI KADOBNOV}), or the words of a notice ({@code All rights reserved}),
     * at most 30 words. A caption after the sign ({@code © Sputnik / Sergey Guneev Russian
     * President Vladimir Putin chairs a meeting}) has lower-case words and is not a notice.
     */
    private static boolean isCopyrightLine(String line) {
        if (Lines.words(line, 30) > 30) {
            return false;
        }
        if (NOTICE.matcher(line).find()) {
            return true;
        }
        Matcher copyright = COPYRIGHT.matcher(line);
        if (!copyright.lookingAt()) {
            return false;
        }
        String rest = line.substring(copyright.end()).replaceAll("[\\u00a9()/.,|:;\\u2013\\u2014]|\\s-\\s", " ").strip();
        return rest.isEmpty() || names(rest, 12) > 0;
    }

    /**
     * A credit glued before a caption: {@code "© AFP 2023 / YURI KADOBNOVA man walks…"}. Only a
     * copyright sign opens one. The credit's names end where the capitals end; when the caption
     * is glued to them ({@code KADOBNOVRussian}, {@code KADOBNOVA man}), the last capital letter
     * is the caption's first (the article "A" in the second case): {@link Part#guessed()} says so.
     *
     * @return the credit, or null if the line does not start with one followed by more text
     */
    Part prefix(String text, Span line) {
        if (line.length() == 0 || "\u00a9(Cc".indexOf(text.charAt(line.start())) < 0) {
            return null;
        }
        String s = text.substring(line.start(), Math.min(line.end(), line.start() + MAX_CREDIT + 60));
        Matcher copyright = COPYRIGHT.matcher(s);
        if (!copyright.lookingAt()) {
            return null;
        }
        int i = skipSpaces(s, copyright.end());
        // The holder: up to five capitalised words or years.
        int holderEnd = i;
        int words = 0;
        int j = i;
        while (words < 5) {
            int end = tokenEnd(s, j);
            if (end == j || !NAME.matcher(s.substring(j, end)).matches()) {
                break;
            }
            holderEnd = end;
            words++;
            j = skipSpaces(s, end);
        }
        if (words == 0) {
            return null;
        }
        int k = skipSpaces(s, holderEnd);
        if (k >= s.length() || s.charAt(k) != '/') {
            return null;
        }
        // The photographer, in capitals as Sputnik and RIA print them.
        int p = skipSpaces(s, k + 1);
        int nameEnd = -1;
        boolean guessed = false;
        int names = 0;
        while (names < 4 && p < s.length()) {
            int run = p;
            while (run < s.length() && (Character.isUpperCase(s.charAt(run)) || s.charAt(run) == '-' || s.charAt(run) == '.')) {
                run++;
            }
            if (run - p < 2) {
                break;
            }
            names++;
            if (run < s.length() && Character.isLowerCase(s.charAt(run))) {
                // "KADOBNOVRussian": the caption's first word starts at the last capital.
                nameEnd = run - 1;
                guessed = true;
                break;
            }
            if (run + 1 < s.length() && s.charAt(run) == ' ' && Character.isLowerCase(s.charAt(run + 1))
                    && s.charAt(run - 1) == 'A' && run - p > 2) {
                // "KADOBNOVA man": a caption starting with the article "A" glued to the name.
                nameEnd = run - 1;
                guessed = true;
                break;
            }
            nameEnd = run;
            p = skipSpaces(s, run);
        }
        // Without a caption after it, the line is a credit of its own: see isWholeCredit.
        if (nameEnd < 0 || !guessed && skipSpaces(s, nameEnd) >= s.length()) {
            return null;
        }
        return new Part(new Span(line.start(), line.start() + nameEnd), guessed);
    }

    /**
     * A credit after a caption, behind a separator ({@code " - Lu Hanxin/Xinhua via AP"}), after a
     * full stop ({@code ". Photo: Reuters"}) or in brackets ({@code " (Getty Images)"}).
     *
     * @return the credit without its separator, or null
     */
    Part suffix(String text, Span line) {
        if (!endsLikeACredit(text, line.end())) {
            return null;
        }
        int windowStart = Math.max(line.start(), line.end() - MAX_CREDIT);
        String s = text.substring(windowStart, line.end());
        // In brackets at the end.
        if (s.endsWith(")") || s.endsWith("]")) {
            char open = s.endsWith(")") ? '(' : '[';
            int at = s.lastIndexOf(open);
            if (at > 0 && Lines.isSpace(s.charAt(at - 1)) && windowStart + at > line.start()) {
                String inner = s.substring(at + 1, s.length() - 1).strip();
                if (startsWithCopyright(inner) || isCredit(inner, true)) {
                    return new Part(new Span(windowStart + at, line.end()), false);
                }
            }
        }
        // Behind the last separator.
        int after = lastSeparatorEnd(s);
        if (after > 0 && after < s.length() && windowStart + after > line.start()) {
            String credit = s.substring(after);
            if (startsWithCopyright(credit) || isCredit(credit, false)) {
                return new Part(new Span(windowStart + after, line.end()), false);
            }
        }
        // After a sentence: ". Photo: Reuters".
        Matcher photo = PHOTO_WORD.matcher(s);
        for (int at = 2; at < s.length(); at++) {
            if (s.charAt(at - 1) == ' ' && ".!?".indexOf(s.charAt(at - 2)) >= 0 && Character.isUpperCase(s.charAt(at))
                    && windowStart + at > line.start() && photo.region(at, s.length()).lookingAt()
                    && isCredit(s.substring(at), false)) {
                return new Part(new Span(windowStart + at, line.end()), false);
            }
        }
        return null;
    }

    /** A credit ends in a name, a year or a bracket; a sentence's full stop or quote mark is not that. */
    /** Where the last {@link #SEPARATOR} in {@code s} ends, or -1 when it has none. */
    static int lastSeparatorEnd(String s) {
        if (!maySeparate(s)) {
            // Most line ends: searching them with the pattern was a thirtieth of a --no-grammar check.
            return -1;
        }
        Matcher separator = SEPARATOR.matcher(s);
        int after = -1;
        while (separator.find()) {
            after = separator.end();
        }
        return after;
    }

    /**
     * False only when {@code s} has no {@link #SEPARATOR}: each of its alternatives begins with a
     * whitespace character ({@code \s} or a no-break space) followed by a dash, a bar or another
     * whitespace character, and this looks for such a pair.
     */
    static boolean maySeparate(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00a0' || isRegexSpace(c)) {
                char next = s.charAt(i + 1);
                if (next == '-' || next == '\u2013' || next == '\u2014' || next == '|' || isRegexSpace(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What {@code \s} matches in a pattern without the Unicode flag: {@code [ \t\n\x0B\f\r]}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean endsLikeACredit(String text, int end) {
        char last = text.charAt(end - 1);
        return Character.isLetterOrDigit(last) || last == ')' || last == ']';
    }

    static boolean startsWithCopyright(String s) {
        return !s.isEmpty() && mayBeginCopyright(s.charAt(0)) && COPYRIGHT.matcher(s).lookingAt();
    }

    /** {@link #startsWithCopyright(String)} of {@code text[start, end)}, copied only when it may. */
    static boolean startsWithCopyright(String text, int start, int end) {
        return start < end && mayBeginCopyright(text.charAt(start))
                && COPYRIGHT.matcher(text.substring(start, Math.min(end, start + 20))).lookingAt();
    }

    /**
     * False only when no {@link #COPYRIGHT} notice begins with {@code c}: each begins with the sign,
     * "(c)" or "copyright" (in ASCII case only, as the pattern is not Unicode-case-insensitive).
     * Asked of every line: most begin otherwise and skip the pattern.
     */
    private static boolean mayBeginCopyright(char c) {
        return c == '\u00a9' || c == '(' || c == 'c' || c == 'C';
    }

    /** True if {@code s} is a credit; a bare agency name counts only if {@code bareAgency}. */
    private boolean isCredit(String s, boolean bareAgency) {
        String c = s.strip();
        if (c.isEmpty() || c.length() > MAX_CREDIT) {
            return false;
        }
        if ((c.startsWith("(") && c.endsWith(")")) || (c.startsWith("[") && c.endsWith("]"))) {
            c = c.substring(1, c.length() - 1).strip();
            bareAgency = true;
        }
        Matcher photo = PHOTO_WORD.matcher(c);
        if (photo.lookingAt() && photo.end() < c.length()) {
            String rest = c.substring(photo.end());
            return names(rest, 8) > 0 || isAgency(rest) || isCredit(rest, false);
        }
        int via = c.lastIndexOf(" via ");
        if (via > 0) {
            String agency = c.substring(via + 5).strip();
            return isAgency(agency) && creditNames(c.substring(0, via));
        }
        if (c.indexOf('/') > 0) {
            return creditNames(c);
        }
        return bareAgency && isAgency(c);
    }

    /** Names around slashes, with a known agency or a name of two words or more on one side. */
    private boolean creditNames(String s) {
        String[] sides = s.split("\\s*/\\s*", -1);
        if (sides.length > 4) {
            return false;
        }
        boolean anchored = false;
        for (String side : sides) {
            int n = names(side, 5);
            if (n <= 0) {
                return false;
            }
            anchored |= n >= 2 || isAgency(side);
        }
        return anchored;
    }

    /** The number of name words in {@code s}, or -1 if it holds anything else or more than {@code max}. */
    private static int names(String s, int max) {
        String[] tokens = s.strip().split("\\s+");
        if (tokens.length == 0 || tokens.length > max || tokens[0].isEmpty()) {
            return -1;
        }
        int names = 0;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (NAME.matcher(t).matches()) {
                names++;
            } else if (i == 0 || !PARTICLES.contains(t) && !t.equals("/") && !t.equals(",")) {
                return -1;
            }
        }
        return names;
    }

    private static int tokenEnd(String s, int from) {
        int i = from;
        while (i < s.length() && !Lines.isSpace(s.charAt(i)) && s.charAt(i) != '/') {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && Lines.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    // ---------------------------------------------------------------- image metadata

    /**
     * Image metadata at the end of {@code line} (the whole line, or behind a separator), or a
     * line that is only an image file name or size.
     *
     * @return the metadata without its separator, or null
     */
    static Part metadata(String text, Span line) {
        if (line.length() == 0) {
            return null;
        }
        char last = text.charAt(line.end() - 1);
        boolean digitEnd = Character.isDigit(last);
        if (!digitEnd && !Character.isLetter(last) && last != ')') {
            return null;
        }
        int windowStart = Math.max(line.start(), line.end() - MAX_CREDIT);
        String s = text.substring(windowStart, line.end());
        if (windowStart == line.start() && (s.indexOf('.') > 0 || digitEnd) && IMAGE_FILE.matcher(s).matches()) {
            return new Part(line, false);
        }
        if (!digitEnd) {
            return null;
        }
        Matcher m = METADATA.matcher(s);
        while (m.find()) {
            int at = m.start(1);
            boolean lineStart = windowStart + at == line.start();
            boolean separated = at > 0 && (SEPARATOR.matcher(s.substring(Math.max(0, at - 4), at)).find());
            if (lineStart || separated) {
                return new Part(new Span(windowStart + at, line.end()), false);
            }
            if (m.start() + 1 >= s.length()) {
                break;
            }
            m.region(m.start() + 1, s.length());
        }
        return null;
    }
}
