package dev.mtqa.rule.boilerplate;

import dev.mtqa.EnglishVariant;
import dev.mtqa.config.RuleResources;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.engine.DocumentChecker;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Fix;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleRegistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs the BOILERPLATE rules without LanguageTool, and applies edits, for the tests of this package. */
final class Boilerplate {
    static final List<Rule> RULES = RuleRegistry.customRules(RuleResources.builtIn()).stream()
            .filter(r -> r.metadata().category() == Category.BOILERPLATE)
            .toList();

    private Boilerplate() {
    }

    /** The findings of the BOILERPLATE rules on {@code text} checked on its own. */
    static List<Finding> check(String text) {
        Document document = Document.of("test.txt", text);
        return check(document, CorpusProfiler.of(document));
    }

    static List<Finding> check(Document document, CorpusProfile profile) {
        return new DocumentChecker(RULES, profile, EnglishVariant.US).check(document).findings();
    }

    /** {@code text} with {@code edits} applied (they must not overlap). */
    static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).reversed());
        StringBuilder sb = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Edit e : sorted) {
            if (e.end() > limit) {
                throw new IllegalArgumentException("overlapping edits: " + edits);
            }
            sb.replace(e.start(), e.end(), e.replacement());
            limit = e.start();
        }
        return sb.toString();
    }

    /**
     * {@code text} with the first fix of each finding applied, as a simple fixer would: a fix that
     * overlaps one already taken is skipped (offsets are code points; the tests' texts are in the BMP).
     */
    static String fixAll(String text, List<Finding> findings) {
        List<Fix> fixes = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.fixes().isEmpty()) {
                fixes.add(f.fixes().get(0));
            }
        }
        fixes.sort(Comparator.comparingInt((Fix f) -> f.end() - f.start()).reversed());
        List<Edit> taken = new ArrayList<>();
        for (Fix fix : fixes) {
            boolean overlaps = taken.stream().anyMatch(t -> t.start() < fix.end() && fix.start() < t.end());
            if (!overlaps) {
                taken.add(new Edit(fix.start(), fix.end(), fix.replacement(), fix.safe()));
            }
        }
        return apply(text, taken);
    }
}
