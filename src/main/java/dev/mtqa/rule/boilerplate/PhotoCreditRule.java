package dev.mtqa.rule.boilerplate;

import dev.mtqa.config.RuleResources;
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

import java.util.List;

/**
 * Photo credits and copyright notices: "© AFP 2023 / YURI KADOBNOV", "Lu Hanxin/Xinhua via AP",
 * "Photo: Reuters", "(Getty Images)", "© 2023 Example News. All rights reserved.".
 *
 * <p>The rule in words: a credit (as {@link Credits} defines it: a copyright sign, or a photo
 * word and names, or names around a slash or before "via" an agency, or a known agency alone) is
 * flagged when it is a line of its own, when it ends a caption behind a dash, a bar, a full stop
 * or in brackets, or when a copyright-sign credit is glued before a caption. Only the credit is
 * flagged and deleted, not the caption. A sentence that mentions an agency ("AFP reported that…",
 * "a photo by Reuters showed…") is not a credit: it has ordinary words.
 *
 * <p>Where a caption is glued to the photographer's name ("YURI KADOBNOVA man walks"), where the
 * name ends is a guess (the "A" is taken as the caption's first word), so that fix needs review.
 */
public final class PhotoCreditRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("BOILERPLATE_CREDIT", Category.BOILERPLATE,
            Severity.WARNING,
            "A photo credit or copyright notice in the text",
            "The page showed this credit under a photo (or a copyright notice in its footer); the scraper kept it "
                    + "as text, sometimes glued to the caption. It is not part of the article. Delete it; where it "
                    + "was glued to a caption, check that the caption still starts with the right word.",
            List.of(
                    Example.flags("Rescuers search the rubble in Kharkiv on Monday. - <marker>Evgeniy Maloletka/AP</marker>\n", ""),
                    Example.flags("Rescuers search the rubble.\n<marker>Photo: Reuters</marker>\n\nThe mayor said...", ""),
                    Example.flags("<marker>\u00a9 RIA Novosti 2022 / ALEKSEY NIKOLSKY</marker>Russian President Vladimir Putin "
                            + "chairs a meeting.", ""),
                    Example.flags("A crane lifts a damaged tram in Odesa <marker>(Getty Images)</marker>\n", ""),
                    Example.flags("The strike hit a school.\n\n<marker>\u00a9 2023 Example News Ltd. All rights reserved.</marker>", ""),
                    Example.accepts("AFP reported that the convoy had reached the border."),
                    Example.accepts("A photo by Reuters showed the convoy at the border."),
                    Example.accepts("The ceasefire held - officials in Kyiv/Kharkiv confirmed."),
                    Example.accepts("Talks between Ukraine/Russia delegations ended.")));

    private final Credits credits;

    public PhotoCreditRule(RuleResources resources) {
        this.credits = Credits.of(resources);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        for (int line = 0; line < document.index().lineCount(); line++) {
            Span visible = LineDeletion.visible(document, line);
            if (visible.length() == 0) {
                continue;
            }
            if (visible.length() <= 200 && credits.isWholeCredit(visible.of(text))) {
                out.add(Match.of(visible, "Photo credit or copyright line: delete it.",
                        LineDeletion.deleteLine(document, line, Edit.SAFE)));
                continue;
            }
            Credits.Part prefix = credits.prefix(text, visible);
            if (prefix != null) {
                int end = prefix.span().end();
                while (end < visible.end() && Lines.isSpace(text.charAt(end))) {
                    end++;
                }
                out.add(Match.of(prefix.span(), prefix.guessed()
                                ? "Photo credit glued to the caption: delete it, and check where the caption starts."
                                : "Photo credit before the caption: delete it.",
                        new Edit(prefix.span().start(), end, "", prefix.guessed() ? Edit.REVIEW : Edit.SAFE)));
            }
            Credits.Part suffix = credits.suffix(text, visible);
            if (suffix != null && (prefix == null || suffix.span().start() >= prefix.span().end())) {
                out.add(Match.of(suffix.span(), "Photo credit after the caption: delete it.",
                        LineDeletion.deletePart(document, suffix.span(), Edit.SAFE)));
            }
        }
    }
}
