package dev.mtqa.engine;

import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every enabled rule over one document and turns their matches into sorted, fingerprinted
 * findings. A rule that throws does not stop the others: its failure is recorded as a problem of
 * this document.
 */
public final class DocumentChecker {
    static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    private final List<Rule> rules;
    private final RuleContext context;

    public DocumentChecker(List<Rule> rules, RuleContext context) {
        this.rules = List.copyOf(rules);
        this.context = context;
    }

    public FileResult check(Document document) {
        List<Finding> findings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                rule.check(document, context, match -> findings.add(FindingFactory.create(document, rule.metadata(), match)));
            } catch (RuntimeException | StackOverflowError e) {
                problems.add("rule " + rule.metadata().id() + " failed: " + e);
            }
        }
        findings.sort(ORDER);
        return new FileResult(document.path(), document.record(), FileResult.Status.CHECKED, null, document.text(),
                document.decoded().charset(), Fingerprints.assign(document.text(), findings), problems);
    }
}
