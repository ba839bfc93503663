package dev.mtqa.report.html;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Fix;
import dev.mtqa.finding.Severity;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.text.TextIndex;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the page of one input shows, ready for {@code file.peb}: the text cut into highlight
 * pieces, each finding with its fixes as before → after, the findings grouped by category and
 * severity, the explanations of the rules that fired, and the data the page's script needs to
 * apply accepted fixes ({@link Data}).
 */
record FilePage(
        String title,
        String name,
        String charset,
        List<SourceField> source,
        String words,
        String summary,
        List<Count> severities,
        List<Count> categories,
        List<Piece> pieces,
        List<FindingView> findings,
        List<Group> groups,
        String unlisted,
        List<RuleView> rules,
        List<SpellingView> spellings,
        List<String> problems,
        Data data) {

    /** Characters of context shown on each side of a fix. */
    static final int CONTEXT = 32;
    /** Longer flagged text is shortened in the middle. */
    static final int MAX_SHOWN = 160;
    /**
     * The side list stops after this many findings (each one is a few hundred bytes of HTML); every
     * finding is still highlighted, and "accept all of this rule" still covers them all.
     */
    static final int MAX_LISTED = 2_000;

    /** A fact about where the document came from (a JSONL record's url or source), shown as text. */
    record SourceField(String name, String value) {
    }

    /** A piece of the highlighted text for the template: text, or a highlight's start or end. */
    record Piece(String kind, String text, FindingView finding, boolean continuation) {
    }

    /** A filter checkbox: id, label and how many findings it covers, also as a phrase ("4 errors"). */
    record Count(String id, String label, int count, String phrase) {
    }

    /** One finding as the list and the highlight show it. */
    record FindingView(int number, String rule, String category, String categoryLabel, String severity,
                       int line, int column, String message, String flagged, String shows, List<FixView> fixes,
                       String ruleAnchor, boolean languageTool) {
    }

    /**
     * One suggestion as before → after: the changed text between a little unchanged context.
     *
     * @param kind replace, delete or insert
     */
    record FixView(int index, String left, String before, String after, String right, boolean safe, String kind) {
    }

    /** Findings of one category, by severity. */
    record Group(String category, String label, String description, int count, List<SeverityGroup> severities) {
    }

    record SeverityGroup(String severity, List<FindingView> findings) {
    }

    /** A rule that fired in this file and why it matters. */
    record RuleView(String id, String anchor, String category, String summary, String explanation, boolean ours) {
    }

    /** A house-style spelling the text uses and how often. */
    record SpellingView(String spelling, String preferred, boolean isPreferred, int count) {
    }

    /** What the page's script reads from the embedded JSON: the exact text and every fix. */
    record Data(String name, String download, String text, List<DataFinding> findings) {
    }

    /** @param priority 0 for errors, 1 warnings, 2 info: the first key of fix overlap resolution */
    record DataFinding(int n, String rule, String category, String severity, int priority, int start, int end,
                       List<DataFix> fixes) {
    }

    record DataFix(int start, int end, String replacement, boolean safe) {
    }

    static FilePage of(FileResult result, Map<String, RuleMetadata> metadata, String download,
                       Map<SpellingCensus.Spelling, Integer> spellingCounts) {
        String text = result.text() == null ? "" : result.text();
        TextIndex index = new TextIndex(text);
        List<Finding> findings = result.findings();

        List<FindingView> views = new ArrayList<>(findings.size());
        List<DataFinding> data = new ArrayList<>(findings.size());
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        Map<String, RuleView> rules = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            int n = i + 1;
            RuleMetadata rule = metadata.get(f.rule());
            boolean languageTool = rule == null;
            rules.computeIfAbsent(f.rule(), id -> ruleView(id, f.category(), rule, metadata));
            List<FixView> fixes = new ArrayList<>();
            List<DataFix> dataFixes = new ArrayList<>();
            for (int j = 0; j < f.fixes().size(); j++) {
                Fix fix = f.fixes().get(j);
                fixes.add(fixView(j, fix, text, index));
                dataFixes.add(new DataFix(fix.start(), fix.end(), fix.replacement(), fix.safe()));
            }
            views.add(new FindingView(n, f.rule(), f.category().name(), Labels.of(f.category()), f.severity().id(),
                    f.line(), f.column(), DisplayText.visible(f.message()), shorten(DisplayText.marked(f.text())),
                    DisplayText.shows(f.text()), fixes, anchor(f.rule()), languageTool));
            data.add(new DataFinding(n, f.rule(), f.category().name(), f.severity().id(), f.severity().ordinal(),
                    f.start(), f.end(), dataFixes));
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byCategory.merge(f.category(), 1, Integer::sum);
        }

        List<Count> severities = new ArrayList<>();
        for (Severity s : Severity.values()) {
            int n = bySeverity.getOrDefault(s, 0);
            String label = switch (s) {
                case ERROR -> "Errors";
                case WARNING -> "Warnings";
                case INFO -> "Info";
            };
            severities.add(new Count(s.id(), label, n, s == Severity.INFO ? Labels.number(n) + " info" : Labels.count(n, s.id())));
        }
        List<Count> categories = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (Category c : Category.values()) {
            int count = byCategory.getOrDefault(c, 0);
            if (count == 0) {
                continue;
            }
            categories.add(new Count(c.name(), Labels.of(c), count, Labels.count(count, "finding")));
            List<SeverityGroup> bySev = new ArrayList<>();
            for (Severity s : Severity.values()) {
                List<FindingView> these = views.stream().limit(MAX_LISTED)
                        .filter(v -> v.category().equals(c.name()) && v.severity().equals(s.id())).toList();
                if (!these.isEmpty()) {
                    bySev.add(new SeverityGroup(s.id(), these));
                }
            }
            if (!bySev.isEmpty()) {
                groups.add(new Group(c.name(), Labels.of(c), c.description(), count, bySev));
            }
        }
        String unlisted = findings.size() <= MAX_LISTED ? null
                : "This document has " + Labels.count(findings.size(), "finding") + "; the list shows the first "
                + Labels.number(MAX_LISTED) + ". Every one is highlighted in the text, j and k visit them all, and "
                + "the buttons that accept many fixes cover them all.";

        List<SpellingView> spellings = new ArrayList<>();
        spellingCounts.forEach((s, count) -> spellings.add(
                new SpellingView(s.spelling(), s.term().preferred(), s.preferred(), count)));

        String name = result.displayName();
        String summary = findings.isEmpty() ? "No findings"
                : Labels.count(findings.size(), "finding");
        List<SourceField> source = result.metadata().entrySet().stream()
                .map(e -> new SourceField(e.getKey(), DisplayText.visible(e.getValue()))).toList();
        return new FilePage(name, name, result.charset(), source, Labels.number(Labels.words(text)), summary,
                severities, categories, pieces(text, findings, views), views, groups, unlisted,
                List.copyOf(rules.values()), spellings, result.problems().stream().map(DisplayText::visible).toList(),
                new Data(name, download, text, data));
    }

    private static List<Piece> pieces(String text, List<Finding> findings, List<FindingView> views) {
        List<Highlighter.Piece> pieces = Highlighter.pieces(text, findings);
        List<Piece> out = new ArrayList<>(pieces.size());
        for (Highlighter.Piece p : pieces) {
            if (p instanceof Highlighter.Text t) {
                out.add(new Piece("text", t.text(), null, false));
            } else if (p instanceof Highlighter.Open o) {
                out.add(new Piece("open", null, views.get(o.number() - 1), o.continuation()));
            } else {
                out.add(CLOSE);
            }
        }
        return out;
    }

    private static final Piece CLOSE = new Piece("close", null, null, false);

    private static RuleView ruleView(String id, Category category, RuleMetadata rule, Map<String, RuleMetadata> metadata) {
        if (rule != null) {
            return new RuleView(id, anchor(id), category.name(), rule.summary(), rule.explanation(), true);
        }
        RuleMetadata languageTool = metadata.get("LANGUAGETOOL");
        String general = languageTool == null ? "" : " " + languageTool.explanation();
        return new RuleView(id, anchor(id), category.name(), "LanguageTool's rule " + id,
                "This is one of LanguageTool's own rules; the message shown with each finding is LanguageTool's."
                        + general, false);
    }

    /** An id attribute for a rule's explanation; rule ids are upper case with underscores, LanguageTool's too. */
    static String anchor(String rule) {
        return "rule-" + rule.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static FixView fixView(int index, Fix fix, String text, TextIndex textIndex) {
        int length = textIndex.codePointLength();
        int start = textIndex.toCharIndex(Math.min(fix.start(), length));
        int end = textIndex.toCharIndex(Math.min(Math.max(fix.end(), fix.start()), length));
        int left = start;
        for (int k = 0; k < CONTEXT && left > 0; k++) {
            char c = text.charAt(left - 1);
            if (c == '\n' || c == '\r') {
                break;
            }
            left -= Character.isLowSurrogate(c) && left > 1 && Character.isHighSurrogate(text.charAt(left - 2)) ? 2 : 1;
        }
        int right = end;
        for (int k = 0; k < CONTEXT && right < text.length(); k++) {
            char c = text.charAt(right);
            if (c == '\n' || c == '\r') {
                break;
            }
            right += Character.isHighSurrogate(c) && right + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(right + 1)) ? 2 : 1;
        }
        String before = text.substring(start, end);
        String kind = before.isEmpty() ? "insert" : fix.replacement().isEmpty() ? "delete" : "replace";
        boolean cutLeft = left > 0 && text.charAt(left - 1) != '\n' && text.charAt(left - 1) != '\r';
        boolean cutRight = right < text.length() && text.charAt(right) != '\n' && text.charAt(right) != '\r';
        return new FixView(index, (cutLeft ? "\u2026" : "") + DisplayText.visible(text.substring(left, start)),
                shorten(DisplayText.marked(before)), shorten(DisplayText.marked(fix.replacement())),
                DisplayText.visible(text.substring(end, right)) + (cutRight ? "\u2026" : ""), fix.safe(), kind);
    }

    /** Long text shortened in the middle, with how much was left out. */
    static String shorten(String s) {
        int codePoints = s.codePointCount(0, s.length());
        if (codePoints <= MAX_SHOWN) {
            return s;
        }
        int head = s.offsetByCodePoints(0, MAX_SHOWN / 2);
        int tail = s.offsetByCodePoints(s.length(), -MAX_SHOWN / 4);
        int omitted = s.codePointCount(head, tail);
        return s.substring(0, head) + " \u2026 " + Labels.count(omitted, "more character") + " \u2026 " + s.substring(tail);
    }
}
