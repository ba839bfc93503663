package dev.mtqa.rule.boilerplate;

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
 * Image metadata printed as text: "Sputnik International, 1920, 25.02.2022" (publisher, image
 * width in pixels, date), an image file name ("IMG_0412.jpg") or an image size ("1920x1080").
 *
 * <p>The rule in words: flagged are, at the end of a line (behind a spaced dash or bar or a wide
 * gap) or as the whole line, one to four capitalised words, a comma, a three- or four-digit
 * number, a comma and a day.month.year date; and a line that is only an image file name or only
 * a width-by-height size. Only the metadata is deleted, with its separator; the caption before it
 * stays. A sentence ending in a year ("…in Paris, 1920") has no such date after it.
 */
public final class ImageMetadataRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("BOILERPLATE_IMAGE_METADATA", Category.BOILERPLATE,
            Severity.ERROR,
            "Image metadata (publisher, width, date; file name; size) printed as text",
            "The page's image block carried technical data (who published the image, its width in pixels, its date, "
                    + "its file name) and the scraper kept it as text. No reader should see it. Delete it; the caption "
                    + "before it stays.",
            List.of(
                    Example.flags("Ukrainian servicemen ride a tank near Kharkiv - <marker>Sputnik International, 1920, "
                            + "03.03.2022</marker>\n", ""),
                    Example.flags("The talks ended.\n\n<marker>RIA Novosti, 1200, 17.11.2021</marker>\n\nMoscow said...", ""),
                    Example.flags("The talks ended.\n<marker>IMG_20220225_1033.jpg</marker>\n", ""),
                    Example.accepts("The treaty was signed in Paris, 1920, and revised in 1924."),
                    Example.accepts("Turnout reached 1920, 25.02.2022 figures show, up from 1500."),
                    Example.accepts("Download the report (report.pdf) from the ministry's website.")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        for (int line = 0; line < document.index().lineCount(); line++) {
            Span visible = LineDeletion.visible(document, line);
            Credits.Part part = Credits.metadata(text, visible);
            if (part == null) {
                continue;
            }
            boolean whole = part.span().equals(visible);
            out.add(Match.of(part.span(), whole ? "Image metadata line: delete it." : "Image metadata after the caption: delete it.",
                    whole ? LineDeletion.deleteLine(document, line, Edit.SAFE)
                            : LineDeletion.deletePart(document, part.span(), Edit.SAFE)));
        }
    }
}
