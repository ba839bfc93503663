package dev.mtqa.report.html;

import com.ibm.icu.text.Transliterator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * File names for the per-input pages: readable, safe and stable. A page is named after the
 * input's path below the folder named on the command line ({@code seeds/000_68b0.txt} →
 * {@code 000_68b0.txt.html}; a JSONL record adds its id: {@code news.jsonl_42.html}). Letters
 * outside ASCII are transliterated (Київ → Kyiv), every other character outside
 * {@code [A-Za-z0-9._-]} becomes {@code _}, so a name can hold no path separator, cannot start
 * with a dot and cannot leave the report folder. Two inputs that would get the same name (also
 * when only letter case differs, for case-insensitive file systems) are told apart by a short
 * hash of the full input name, so the same inputs always get the same names.
 */
final class PageNames {
    /** Long enough to read, short enough for every file system. */
    static final int MAX_STEM = 100;
    private static final String SUFFIX = ".html";

    private final List<String> roots;
    private final Set<String> files = new HashSet<>();
    private final Set<String> taken = new HashSet<>();
    private final Transliterator toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    /**
     * @param folders  the folders named on the command line, as they appear at the start of the
     *                 inputs' display paths
     * @param files    the files named on the command line: their pages are named after the file name
     * @param reserved names the report uses for itself (index.html)
     */
    PageNames(List<String> folders, List<String> files, Set<String> reserved) {
        List<String> cleaned = new ArrayList<>();
        for (String folder : folders) {
            String r = displayed(folder);
            while (r.endsWith("/") && r.length() > 1) {
                r = r.substring(0, r.length() - 1);
            }
            if (!r.isEmpty() && !r.equals(".")) {
                cleaned.add(r);
            }
        }
        for (String file : files) {
            this.files.add(displayed(file));
        }
        cleaned.sort(Comparator.comparingInt(String::length).reversed());
        this.roots = List.copyOf(cleaned);
        reserved.forEach(name -> taken.add(name.toLowerCase(Locale.ROOT)));
    }

    /** The page name for an input, unique among the names this instance has given. */
    String next(String path, String record) {
        String full = record == null ? path : path + "#" + record;
        String stem = stem(belowRoot(path) + (record == null ? "" : "/" + record));
        String name = stem + SUFFIX;
        if (!taken.add(name.toLowerCase(Locale.ROOT))) {
            String hashed = stem + "-" + shortHash(full);
            name = hashed + SUFFIX;
            for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
                name = hashed + "-" + i + SUFFIX;
            }
        }
        return name;
    }

    /** A path as inputs show it: forward slashes, no leading "./". */
    private static String displayed(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    private String belowRoot(String path) {
        String p = displayed(path);
        if (files.contains(p)) {
            return p.substring(p.lastIndexOf('/') + 1);
        }
        for (String root : roots) {
            if (p.length() > root.length() + 1 && p.startsWith(root) && p.charAt(root.length()) == '/') {
                return p.substring(root.length() + 1);
            }
            if (root.equals("/") && p.startsWith("/")) {
                return p.substring(1);
            }
        }
        return p;
    }

    /** {@code relative} as a safe, readable file name stem. */
    String stem(String relative) {
        // Segments such as "." and ".." say where to go, not what the input is called: drop them.
        List<String> segments = new ArrayList<>();
        for (String segment : relative.split("[/\\\\]")) {
            String s = segment.replaceFirst("^\\.+", "");
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        String joined = String.join("_", segments);
        String ascii = joined;
        if (!joined.chars().allMatch(c -> c < 0x80)) {
            ascii = toAscii.transliterate(joined);
        }
        StringBuilder sb = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_';
            char out = safe ? c : '_';
            // One underscore for a run of unsafe characters ("a / b" → "a_b"), and no ".." at all.
            if ((out == '_' && sb.length() > 0 && sb.charAt(sb.length() - 1) == '_')
                    || (out == '.' && sb.length() > 0 && sb.charAt(sb.length() - 1) == '.')) {
                continue;
            }
            sb.append(out);
        }
        int from = 0;
        while (from < sb.length() && (sb.charAt(from) == '.' || sb.charAt(from) == '_' || sb.charAt(from) == '-')) {
            from++;
        }
        int to = sb.length();
        while (to > from && (sb.charAt(to - 1) == '_' || sb.charAt(to - 1) == '.')) {
            to--;
        }
        String stem = sb.substring(from, to);
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM - 9) + "-" + shortHash(relative);
        }
        return stem.isEmpty() ? "document" : stem;
    }

    static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
