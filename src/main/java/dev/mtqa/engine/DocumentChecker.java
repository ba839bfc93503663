package dev.mtqa.engine;

import dev.mtqa.EnglishVariant;
import dev.mtqa.config.Severities;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.text.EnglishVariantDetector;
import dev.mtqa.text.Span;
import dev.mtqa.text.TextIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the enabled rules over one document and turns their matches into sorted, fingerprinted
 * findings. Rules that look at the text as text (boilerplate, encoding, scripts) run first; rules
 * that check prose (LanguageTool) run after them, told which lines are not prose, and their
 * findings inside already-flagged damage are dropped. A rule that throws does not stop the
 * others: its failure is recorded as a problem of this document.
 *
 * <p>The user's {@link Severities} are applied to every finding as it is made. A finding switched
 * off is not reported but still counts as evidence: boilerplate that the user does not want
 * reported is still not prose, so LanguageTool stays quiet on it whatever is switched off.
 */
public final class DocumentChecker {
    static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    /** Categories whose findings mark text that is not the article's prose. */
    private static final Set<Category> NOT_PROSE = EnumSet.of(Category.BOILERPLATE, Category.UNTRANSLATED);
    /** Categories whose findings make a prose rule's finding on the same text redundant. */
    private static final Set<Category> SUPERSEDES_PROSE = EnumSet.of(Category.BOILERPLATE, Category.UNTRANSLATED,
            Category.ENCODING, Category.BROKEN_SENTENCE);

    private final List<Rule> textRules;
    private final List<Rule> proseRules;
    private final CorpusProfile profile;
    private final EnglishVariant forcedVariant;
    private final Severities severities;

    /**
     * @param forcedVariant the English variant to check every document against, or null to decide
     *                      per document from its spelling (falling back to the corpus's, then en-US)
     */
    public DocumentChecker(List<Rule> rules, CorpusProfile profile, EnglishVariant forcedVariant) {
        this(rules, profile, forcedVariant, Severities.defaults());
    }

    /** As above, with the user's severity overrides applied to every finding. */
    public DocumentChecker(List<Rule> rules, CorpusProfile profile, EnglishVariant forcedVariant,
                           Severities severities) {
        this.textRules = rules.stream().filter(r -> !r.checksProse()).toList();
        this.proseRules = rules.stream().filter(Rule::checksProse).toList();
        this.profile = profile;
        this.forcedVariant = forcedVariant;
        this.severities = severities;
    }

    public FileResult check(Document document) {
        RuleContext context = RuleContext.deciding(() -> variantOf(document), profile);
        List<Finding> findings = new ArrayList<>();
        List<Finding> switchedOff = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        run(textRules, document, context, findings, switchedOff, problems);
        if (!proseRules.isEmpty()) {
            List<Finding> evidence = new ArrayList<>(findings);
            evidence.addAll(switchedOff);
            List<Finding> prose = new ArrayList<>();
            run(proseRules, document, context.withNonProse(nonProseLines(document, evidence)), prose, new ArrayList<>(),
                    problems);
            SpanSet damage = new SpanSet(evidence.stream().filter(f -> SUPERSEDES_PROSE.contains(f.category()))
                    .map(f -> new int[] {f.start(), Math.max(f.end(), f.start() + 1)}).toList());
            prose.removeIf(p -> damage.overlaps(p.start(), Math.max(p.end(), p.start() + 1)));
            findings.addAll(prose);
        }
        findings.sort(ORDER);
        return new FileResult(document.path(), document.record(), FileResult.Status.CHECKED, null, document.text(),
                document.decoded().charset(), Fingerprints.assign(document.index(), findings), problems, document.metadata());
    }

    private EnglishVariant variantOf(Document document) {
        if (forcedVariant != null) {
            return forcedVariant;
        }
        return EnglishVariantDetector.get().detect(document.words())
                .or(profile::dominantVariant)
                .orElse(EnglishVariant.US);
    }

    private void run(List<Rule> rules, Document document, RuleContext context, List<Finding> findings,
                     List<Finding> switchedOff, List<String> problems) {
        for (Rule rule : rules) {
            String producer = rule.metadata().id();
            try {
                rule.check(document, context, match -> {
                    Finding found = FindingFactory.create(document, rule.metadata(), match);
                    Finding wanted = severities.apply(found, producer);
                    if (wanted == null) {
                        switchedOff.add(found);
                    } else {
                        findings.add(wanted);
                    }
                });
            } catch (RuntimeException | StackOverflowError e) {
                problems.add("rule " + rule.metadata().id() + " failed: " + e);
            }
        }
    }

    /** The lines that a boilerplate or untranslated finding covers whole (UTF-16 spans, without line breaks). */
    private static List<Span> nonProseLines(Document document, List<Finding> findings) {
        TextIndex index = document.index();
        String text = document.text();
        List<Span> lines = new ArrayList<>();
        for (Finding f : findings) {
            if (!NOT_PROSE.contains(f.category())) {
                continue;
            }
            int start = index.toCharIndex(f.start());
            int end = index.toCharIndex(f.end());
            int first = index.lineOf(start);
            int last = index.lineOf(Math.max(start, end - 1));
            Span from = trimmed(text, index.line(first));
            Span to = trimmed(text, index.line(last));
            if (start <= from.start() && end >= to.end()) {
                lines.add(new Span(index.line(first).start(), index.line(last).end()));
            }
        }
        lines.sort(Comparator.comparingInt(Span::start));
        return lines;
    }

    private static Span trimmed(String text, Span line) {
        int s = line.start();
        int e = line.end();
        while (s < e && (Character.isWhitespace(text.charAt(s)) || Character.isSpaceChar(text.charAt(s)))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || Character.isSpaceChar(text.charAt(e - 1)))) {
            e--;
        }
        return new Span(s, e);
    }
}
