package dev.mtqa.rule.terminology;

import dev.mtqa.config.HouseStyle;
import dev.mtqa.config.Term;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.text.Words;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One name spelled two ways in one document ("Shoigu" and "Shoygu", "Zelenskiy" and "Zelensky"):
 * capitalised words of four or more letters whose transliteration skeletons agree but whose
 * letters differ. The spelling used less often is flagged and the more frequent one suggested
 * (on a tie, the one used first). Names the house style covers are left to
 * {@link HouseStyleRule}; spellings that differ only in capitals ("NATO", "Nato") are not flagged,
 * since headlines in capitals would make that noise.
 */
public final class InconsistentSpellingRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("TERMINOLOGY_INCONSISTENT_SPELLING",
            Category.TERMINOLOGY, Severity.WARNING,
            "One name spelled two ways in one document (Nebenzya and Nebenzia)",
            "Machine translation and copy stitched from several sources spell the same foreign name in different "
                    + "transliterations. A reader cannot tell whether two people are meant. The spelling used less "
                    + "often in the document is flagged and the more frequent one suggested; check which is right "
                    + "(the house style, or the person's own preference) and use it throughout.",
            List.of(
                    Example.flags("Envoy Vasily Nebenzya spoke first. Later, <marker>Nebenzia</marker> left. "
                            + "Nebenzya returned on Monday.", "Nebenzya"),
                    Example.flags("Mykhailo Podolyak said talks had stalled. An aide to <marker>Podoliak</marker> "
                            + "confirmed it. Podolyak later posted a video.", "Podolyak"),
                    Example.accepts("Russia said Russian troops had left. The Russians denied it."),
                    Example.accepts("NATO allies met. The Nato summit ended."),
                    Example.accepts("Troops entered Kiev and later Kyiv.")));

    private static final ThreadLocal<SkeletonHashes> SKELETON_HASHES = ThreadLocal.withInitial(SkeletonHashes::new);

    private final Set<String> houseStyleSkeletons = new HashSet<>();

    public InconsistentSpellingRule(HouseStyle houseStyle) {
        for (Term term : houseStyle.terms()) {
            for (String word : words(term.preferred())) {
                houseStyleSkeletons.add(TransliterationSkeleton.of(word));
            }
            for (String variant : term.variants()) {
                for (String word : words(variant)) {
                    houseStyleSkeletons.add(TransliterationSkeleton.of(word));
                }
            }
        }
    }

    private static List<String> words(String phrase) {
        return List.of(phrase.split("[\\s\\-]+"));
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        if (mayHaveTwoSpellings(document.words())) {
            checkSpellings(document, out);
        }
    }

    /**
     * False only when no two different capitalised words of four letters or more share a
     * skeleton, so that the rule has nothing to find: true of most documents, and told from hashes
     * of the skeletons ({@link SkeletonHashes}) without building a string for any word. A hash
     * shared by chance only costs the full check.
     */
    static boolean mayHaveTwoSpellings(Words words) {
        String text = words.text();
        Long2IntOpenHashMap firstWithSkeleton = new Long2IntOpenHashMap();
        firstWithSkeleton.defaultReturnValue(-1);
        SkeletonHashes skeletons = SKELETON_HASHES.get();
        for (int w = 0; w < words.size(); w++) {
            int length = words.end(w) - words.start(w);
            if (!words.capitalised(w) || length < 4) {
                continue;
            }
            int first = firstWithSkeleton.putIfAbsent(skeletons.of(text, words.start(w), words.end(w)), w);
            if (first >= 0 && (words.end(first) - words.start(first) != length
                    || !text.regionMatches(words.start(first), text, words.start(w), length))) {
                return true;
            }
        }
        return false;
    }

    /** The rule itself, without the quick "nothing to find" of {@link #mayHaveTwoSpellings}. */
    void checkSpellings(Document document, MatchSink out) {
        // First each spelling's occurrences (start offsets), in order of first use; then the
        // spellings grouped by skeleton, again in order of first use. Grouping the words first
        // asks the skeleton and the maps once per distinct word rather than once per occurrence.
        Words words = document.words();
        Map<String, List<Integer>> occurrences = new LinkedHashMap<>(Math.max(16, words.size() / 4));
        for (int w = 0; w < words.size(); w++) {
            if (!words.capitalised(w) || words.end(w) - words.start(w) < 4) {
                continue;
            }
            occurrences.computeIfAbsent(words.word(w), k -> new ArrayList<>(2)).add(words.start(w));
        }
        // Nearly every skeleton has one spelling in a document: find the few with two before
        // building any group.
        Map<String, String> skeletonOf = new LinkedHashMap<>(Math.max(16, occurrences.size() * 2));
        Set<String> seen = new HashSet<>();
        Set<String> contested = new HashSet<>();
        for (String word : occurrences.keySet()) {
            if (isAllCaps(word)) {
                continue;
            }
            String skeleton = TransliterationSkeleton.of(word);
            if (houseStyleSkeletons.contains(skeleton)) {
                continue;
            }
            skeletonOf.put(word, skeleton);
            if (!seen.add(skeleton)) {
                contested.add(skeleton);
            }
        }
        if (contested.isEmpty()) {
            return;
        }
        // skeleton -> spelling -> occurrences, both in order of first use
        Map<String, Map<String, List<Integer>>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : skeletonOf.entrySet()) {
            if (contested.contains(e.getValue())) {
                groups.computeIfAbsent(e.getValue(), key -> new LinkedHashMap<>()).put(e.getKey(), occurrences.get(e.getKey()));
            }
        }
        for (Map<String, List<Integer>> group : groups.values()) {
            if (group.size() < 2 || differOnlyInCase(group.keySet())) {
                continue;
            }
            String majority = null;
            for (Map.Entry<String, List<Integer>> e : group.entrySet()) {
                if (majority == null || e.getValue().size() > group.get(majority).size()) {
                    majority = e.getKey();
                }
            }
            for (Map.Entry<String, List<Integer>> e : group.entrySet()) {
                if (e.getKey().equals(majority)) {
                    continue;
                }
                for (int start : e.getValue()) {
                    int end = start + e.getKey().length();
                    out.add(Match.of(start, end, "'" + e.getKey() + "' is spelled '" + majority + "' "
                                    + group.get(majority).size() + " time(s) elsewhere in this document; use one spelling.",
                            new Edit(start, end, majority, Edit.REVIEW)));
                }
            }
        }
    }

    private static boolean isAllCaps(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80) {
                // Beyond ASCII upper-casing may change the length (ß → SS): ask the JDK.
                return word.equals(word.toUpperCase(Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean differOnlyInCase(Set<String> spellings) {
        Set<String> lower = new HashSet<>();
        for (String s : spellings) {
            lower.add(s.toLowerCase(Locale.ROOT));
        }
        return lower.size() == 1;
    }
}
