package dev.mtqa.rule.boilerplate;

import dev.mtqa.config.RuleResources;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.text.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line that repeats across many documents of the corpus: the site's template (a promotion, a
 * disclaimer, a navigation line) rather than the article.
 *
 * <p>The rule in words, for a corpus of D documents where the line occurs in n of them:
 * <ol>
 *   <li>n ≥ 3 and n ≥ D / 500: three documents prove a template in a corpus of up to 1,500
 *       documents, while in a corpus of 100,000 a line needs 200 before it is more than a
 *       coincidence (a site's template is in nearly every article of that site);</li>
 *   <li>n ≥ 2 × the count of the document's own body text (the number of documents sharing the
 *       line that holds the middle character of the document, lines ordered by that number):
 *       when an article was syndicated to five sites, each of its lines occurs five times, and
 *       only lines repeated far more often than its body are template;</li>
 *   <li>the line has two words or more (a single word is too generic to call template on
 *       repetition alone) and no quotation marks (a statement quoted by several articles is news,
 *       not template);</li>
 *   <li>a line that reads like prose (eight words or more, ending a sentence) or asks a question
 *       must also occur in ten documents and a fifth of the corpus: house background sentences
 *       ("Russia invaded Ukraine on 24 February 2022.") and stock subheadings ("What happens
 *       next?") repeat across one outlet's articles without being chrome; its fix needs review;</li>
 *   <li>lines that the phrase list or the other line rules already flag are left to them.</li>
 * </ol>
 */
public final class CorpusLineRule implements Rule {
    private static final int MIN_DOCUMENTS = 3;
    /** One document in this many must hold the line. */
    private static final int SHARE_DIVISOR = 500;
    private static final int PROSE_WORDS = 8;
    private static final int PROSE_MIN_DOCUMENTS = 10;
    private static final double PROSE_MIN_SHARE = 0.2;

    private static final RuleMetadata METADATA = new RuleMetadata("BOILERPLATE_CORPUS_LINE", Category.BOILERPLATE,
            Severity.WARNING,
            "A line repeated across many documents of the corpus (site template)",
            "The same line occurs in many otherwise different documents of this corpus, far more often than the "
                    + "article's own text: it comes from the site's template (a promotion, a disclaimer, navigation), "
                    + "not from the article. Delete it, or add it to rules/boilerplate-phrases.txt so that it is "
                    + "found in any corpus.",
            List.of(
                    Example.flags("Kyiv hosts donor conference\n\nDonors pledged $2 billion on Tuesday.\n\n"
                                    + "<marker>Get the Morning Brief in your inbox</marker>", "")
                            .inCorpusWith("Grain exports resume\n\nThe first ship left Odesa on Monday.\n\nGet the Morning Brief in your inbox",
                                    "Mayor resigns\n\nThe mayor of Dnipro resigned on Friday.\n\nGet the Morning Brief in your inbox\n"),
                    Example.flags("Kyiv hosts donor conference\n\n<marker>Kyiv Daily Courier \u2013 independent news since 1998</marker>\n\n"
                                    + "Donors pledged $2 billion on Tuesday.", "")
                            .inCorpusWith("Kyiv Daily Courier \u2013 independent news since 1998\nGrain exports resume",
                                    "Mayor resigns\nKyiv Daily Courier \u2013 independent news since 1998",
                                    "Kyiv Daily Courier \u2013 independent news since 1998\n\nPower restored in Kharkiv"),
                    Example.accepts("Kyiv hosts donor conference\n\nDonors pledged $2 billion on Tuesday.\n\n"
                                    + "Get the Morning Brief in your inbox"),
                    Example.accepts("Grain deal extended\n\n\u201cThe corridor will stay open,\u201d the minister said.")
                            .inCorpusWith("Ships leave Odesa\n\n\u201cThe corridor will stay open,\u201d the minister said.",
                                    "Wheat prices fall\n\n\u201cThe corridor will stay open,\u201d the minister said."),
                    Example.accepts("Grain deal extended\n\nRussia launched its full-scale invasion of Ukraine on 24 February 2022.")
                            .inCorpusWith("Ships leave Odesa\n\nRussia launched its full-scale invasion of Ukraine on 24 February 2022.",
                                    "Wheat prices fall\n\nRussia launched its full-scale invasion of Ukraine on 24 February 2022."),
                    Example.accepts("Grain deal extended\n\nThe first ship left Odesa on Monday, port officials said.")
                            .inCorpusWith("Grain deal extended\n\nThe first ship left Odesa on Monday, port officials said.",
                                    "Grain deal extended\n\nThe first ship left Odesa on Monday, port officials said.")));

    private final KnownBoilerplate known;

    public CorpusLineRule(RuleResources resources) {
        this.known = new KnownBoilerplate(resources);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    private record Counted(int line, Span visible, int documents) {
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        CorpusProfile profile = context.profile();
        int total = profile.documents();
        int floor = Math.max(MIN_DOCUMENTS, (total + SHARE_DIVISOR - 1) / SHARE_DIVISOR);
        if (total < MIN_DOCUMENTS) {
            return;
        }
        String text = document.text();
        List<Counted> lines = new ArrayList<>();
        for (int line = 0; line < document.index().lineCount(); line++) {
            Span visible = LineDeletion.visible(document, line);
            if (visible.length() > 0) {
                lines.add(new Counted(line, visible, profile.documentsWithLine(text, visible.start(), visible.end())));
            }
        }
        int body = bodyCount(lines);
        for (Counted c : lines) {
            int n = c.documents();
            if (n < floor || n < 2 * body) {
                continue;
            }
            CharSequence content = Lines.view(text, c.visible());
            if (Lines.words(content, 2) < 2 || Lines.hasQuote(text, c.visible()) || known.isWholeLine(text, c.visible())) {
                continue;
            }
            boolean prose = isProse(content);
            if (prose && (n < PROSE_MIN_DOCUMENTS || n < PROSE_MIN_SHARE * total)) {
                continue;
            }
            out.add(Match.of(c.visible(), "This line occurs in " + n + " of " + total
                            + " documents: site template, not article text. Delete it.",
                    LineDeletion.deleteLine(document, c.line(), prose ? Edit.REVIEW : Edit.SAFE)));
        }
    }

    /** The number of documents sharing the line that holds the document's middle character. */
    static int bodyCount(List<Counted> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        Counted[] sorted = lines.toArray(new Counted[0]);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.documents(), b.documents()));
        long total = 0;
        for (Counted c : sorted) {
            total += c.visible().length();
        }
        long seen = 0;
        for (Counted c : sorted) {
            seen += c.visible().length();
            if (2 * seen >= total) {
                return c.documents();
            }
        }
        return sorted[sorted.length - 1].documents();
    }

    private static boolean isProse(CharSequence line) {
        char last = line.charAt(line.length() - 1);
        return last == '?' || Lines.words(line, PROSE_WORDS) >= PROSE_WORDS && (last == '.' || last == '!' || last == '\u2026');
    }
}
