package dev.mtqa.report.html;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Findings grouped by the site a document came from, for corpus auditors who want to know which
 * scraper or source is worst. The site is a JSONL record's {@code source} (or {@code site},
 * {@code domain}) field, else the host of its {@code url} without {@code www.}; documents with
 * neither are not counted here.
 *
 * <p>Bounded: at most {@link #MAX_SITES} sites are told apart (the last of them "other sites");
 * documents of further sites are added up under "other sites", so a corpus with a million hosts
 * does not fill the heap.
 */
final class SiteTally {
    static final int MAX_SITES = 10_000;
    static final int SHOWN = 30;
    static final String OTHER = "other sites";
    static final int MAX_NAME = 100;
    /** Fields that name the site outright, in order of preference; else the host of {@code url}. */
    private static final List<String> NAME_FIELDS = List.of("source", "site", "domain");

    /** One site's row in the index. */
    record Site(String name, String documents, String words, String findings, String rate, String topCategory) {
    }

    private static final class Counts {
        int documents;
        long words;
        int findings;
        final int[] byCategory = new int[Category.values().length];
    }

    private final Map<String, Counts> sites = new HashMap<>();

    /** Adds one checked document with {@code words} words. */
    void add(FileResult result, int words) {
        String site = siteOf(result.metadata());
        if (site == null) {
            return;
        }
        Counts counts = sites.get(site);
        if (counts == null) {
            counts = sites.computeIfAbsent(sites.size() < MAX_SITES - 1 ? site : OTHER, k -> new Counts());
        }
        counts.documents++;
        counts.words += words;
        for (Finding f : result.findings()) {
            counts.findings++;
            counts.byCategory[f.category().ordinal()]++;
        }
    }

    /** The sites with the most findings per 1,000 words first (at least one document each), at most {@link #SHOWN}. */
    List<Site> worst() {
        List<Map.Entry<String, Counts>> entries = new ArrayList<>(sites.entrySet());
        entries.sort(Comparator.comparingDouble((Map.Entry<String, Counts> e) -> -rate(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        List<Site> out = new ArrayList<>();
        for (Map.Entry<String, Counts> e : entries.subList(0, Math.min(SHOWN, entries.size()))) {
            Counts c = e.getValue();
            out.add(new Site(DisplayText.visible(e.getKey()), Labels.number(c.documents), Labels.number(c.words),
                    Labels.number(c.findings), Labels.decimal(rate(c)), topCategory(c)));
        }
        return out;
    }

    /** Number of sites told apart. */
    int size() {
        return sites.size();
    }

    private static double rate(Counts c) {
        return c.words == 0 ? 0 : c.findings * 1000.0 / c.words;
    }

    private static String topCategory(Counts c) {
        int best = -1;
        for (int i = 0; i < c.byCategory.length; i++) {
            if (c.byCategory[i] > 0 && (best < 0 || c.byCategory[i] > c.byCategory[best])) {
                best = i;
            }
        }
        return best < 0 ? "" : Labels.of(Category.values()[best]);
    }

    /**
     * The site named by a document's metadata, or null. Cut to {@link #MAX_NAME} characters: the
     * field comes from scraped data, and ten thousand megabyte-long names would fill the heap.
     */
    static String siteOf(Map<String, String> metadata) {
        for (String field : NAME_FIELDS) {
            String value = metadata.get(field);
            if (value != null && !value.isBlank()) {
                String name = value.strip();
                if (name.length() <= MAX_NAME) {
                    return name;
                }
                int cut = Character.isHighSurrogate(name.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME;
                return name.substring(0, cut) + "\u2026";
            }
        }
        String url = metadata.get("url");
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null; // not a URL: no site rather than a made-up one
        }
    }
}
