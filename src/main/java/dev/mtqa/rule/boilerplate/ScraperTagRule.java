package dev.mtqa.rule.boilerplate;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.RuleMetadata;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Labels that a scraper or a content pipeline wrote into the text: "source site-63",
 * "site_12", "doc_id: 88412", "Source: https://example.com/news/1234", a bare link.
 *
 * <p>The rule in words: a line is flagged when it is nothing but
 * <ul>
 *   <li>a site label: optionally "source", then "site" and a number ({@code source site-63});</li>
 *   <li>an identifier label: doc, document, article, item, post, story or record, then "id",
 *       then a code of letters, digits and dashes ({@code article_id: a-88412});</li>
 *   <li>a link, bare or after source, url, link, via or original: ({@code Source: https://…}).</li>
 * </ul>
 * A sentence that cites a website ("The figures were posted on www.gov.ua on Monday.") has
 * other words and is never flagged.
 */
public final class ScraperTagRule extends WholeLineRule {
    /** Each alternative begins with a word of its own; a new one adds its first two letters to {@link #BEGINNINGS}. */
    private static final Pattern TAG = Pattern.compile("(?iu)"
            + "(?:source\\s*:?\\s*)?site[-_ ]?\\d{1,9}"
            + "|(?:doc(?:ument)?|article|item|post|story|record)[-_ ]?id\\s*[:=#]?\\s*[\\w-]{1,40}"
            + "|(?:(?:source|url|link|via|original(?:\\s+article)?)\\s*[:=]\\s*)?(?:https?://|www\\.)[^\\s]{1,300}");
    private static final int MAX_LINE = 320;
    /**
     * How a tag can begin, lower-cased: the first two letters of every word the pattern starts with
     * (source, site, doc, article, item, post, story, record, url, link, via, original, http, www).
     */
    private static final boolean[] BEGINNINGS = new boolean[128 * 128];

    static {
        for (String b : List.of("so", "si", "do", "ar", "it", "po", "st", "re", "ur", "li", "vi", "or", "ht", "ww")) {
            for (char first : new char[] {b.charAt(0), Character.toUpperCase(b.charAt(0))}) {
                for (char second : new char[] {b.charAt(1), Character.toUpperCase(b.charAt(1))}) {
                    BEGINNINGS[first * 128 + second] = true;
                }
            }
        }
    }

    private static final RuleMetadata METADATA = new RuleMetadata("BOILERPLATE_SCRAPER_TAG", Category.BOILERPLATE,
            Severity.ERROR,
            "A scraper's label or a bare link on a line of its own",
            "The tool that collected the article wrote a label of its own (a site number, a record id, the source "
                    + "address) into the text. No reader should see it. Delete the line; keep the source in the "
                    + "document's metadata.",
            List.of(
                    Example.flags("The talks ended without a statement.\n\n\n<marker>source site-17</marker>", ""),
                    Example.flags("<marker>article_id: a-88412</marker>\nCouncil approves budget\n", ""),
                    Example.flags("The talks ended.\n\n<marker>Source: https://example.com/news/2023/03/talks-end</marker>\n", ""),
                    Example.accepts("The figures were posted on www.gov.ua on Monday."),
                    Example.accepts("The source at the site said 63 people had been evacuated."),
                    Example.accepts("Site 4 of the plant was shut in 2019.")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** True if {@code line} (trimmed) is only a scraper's tag. */
    static boolean isTag(String line) {
        return mayBegin(line) && matchesPattern(line);
    }

    /** {@link #isTag} asked of the pattern alone, without the quick look at how the line begins. */
    static boolean matchesPattern(String line) {
        return line.length() <= MAX_LINE && (Lines.hasDigit(line) || line.contains("://") || line.contains("www."))
                && TAG.matcher(line).matches();
    }

    /**
     * False when the line cannot begin as a tag does: nearly every short line with a digit is
     * turned away here rather than by the pattern. Exact for two ASCII letters, which are case
     * variants of nothing else; any other start is left to the pattern.
     */
    private static boolean mayBegin(String line) {
        if (line.length() < 2) {
            return false;
        }
        char a = line.charAt(0);
        char b = line.charAt(1);
        if (a >= 0x80 || b >= 0x80) {
            return true;
        }
        return BEGINNINGS[a * 128 + b];
    }

    @Override
    int maxLength() {
        return MAX_LINE;
    }

    @Override
    boolean matches(String line) {
        return isTag(line);
    }

    @Override
    String message() {
        return "Scraper's label left in the text: delete the line.";
    }
}
