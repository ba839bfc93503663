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
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The author's byline, alone on its line at the top of the article: "By John Smith",
 * "By Jane Doe and Ivan Petrov, Reuters", "Bylim Olena".
 *
 * <p>The rule in words: only the top of the document is searched, the first six non-blank
 * lines before the first line of body text (a line of twelve words or more that ends a
 * sentence). There a line is a byline when it is
 * <ul>
 *   <li>"By" (or "Written by", "Reporting by"…) and one to four names of capitalised words,
 *       joined by commas, "and" or "&amp;", optionally followed by an agency or a role
 *       ({@code , Reuters}; {@code | Staff writer}); or</li>
 *   <li>a name alone, two or three capitalised words, optionally followed by an agency, that
 *       comes after the headline (not the first line), has no word of a section heading
 *       ("Live updates", "Key points", "Ukraine War") and no month or weekday. That is a guess
 *       from the shape of the line, so its fix needs review.</li>
 * </ul>
 * "By Friday the army had withdrawn" has lower-case words; "By March 2023" names a month: neither
 * is a byline. A byline inside a sentence is never flagged.
 */
public final class BylineRule implements Rule {
    private static final int TOP_LINES = 6;
    private static final String NAME = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'\u2019]+(?:-\\p{Lu}?[\\p{L}\\p{M}'\u2019]+)*)";
    private static final String PERSON = NAME + "(?:\\s+(?:(?:de|da|van|von|der|al|el|bin|la|le|du|del|dos)\\s+)?" + NAME + "){0,3}";
    private static final Pattern BY = Pattern.compile("(?:By|BY|Written by|Words by|Text by|Story by|Reported by|Reporting by)\\s+"
            + "(" + PERSON + "(?:\\s*(?:,|and|&)\\s*" + PERSON + "){0,3})"
            + "(?:\\s*[,|\u2013\u2014-]\\s*([\\p{L}'\u2019 .-]{2,40}))?");
    private static final Pattern NAME_ONLY = Pattern.compile("(" + NAME + "(?:\\s+" + NAME + "){1,2})"
            + "(?:\\s*[,|\u2013\u2014-]\\s*([\\p{L}'\u2019 .-]{2,40}))?");
    private static final Set<String> ROLES = Set.of("staff", "staff writer", "staff reporter", "correspondent",
            "reporter", "editor", "contributor", "special correspondent", "senior correspondent", "columnist",
            "news desk", "newsroom", "agencies", "wire services");
    /** Words that make "By …" a time ("By Friday", "By the time…"), not an author. */
private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "today", "tomorrow", "yesterday", "then", "now", "noon", "midnight", "dawn", "christmas",
            "easter", "summer", "winter", "spring", "autumn", "the");
    /** Words of section headings, kickers and dates, never of a byline. */
    private static final Set<String> NOT_NAMES = Set.of(
            "analysis", "opinion", "comment", "comments", "editorial", "live", "updates", "update", "breaking", "news",
            "latest", "world", "europe", "politics", "business", "economy", "sport", "sports", "culture", "video",
            "videos", "photo", "photos", "gallery", "explainer", "exclusive", "interview", "review", "feature",
            "features", "factbox", "timeline", "key", "points", "background", "context", "war", "conflict", "crisis",
            "special", "report", "podcast", "newsletter", "read", "more", "top", "stories", "story", "home", "menu",
            "today", "yesterday", "tomorrow", "morning", "evening", "night", "the", "and", "new", "old", "us", "uk",
            "eu", "un", "nato", "week", "day", "year", "summary", "highlights", "briefing", "watch", "listen", "share",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static final RuleMetadata METADATA = new RuleMetadata("BOILERPLATE_BYLINE", Category.BOILERPLATE,
            Severity.WARNING,
            "The author's byline on a line of its own at the top of the article",
            "The page showed the author's name above the article and the scraper kept it as a line of text. In the "
                    + "article text it reads as a stray name. Delete the line; keep the author in the document's "
                    + "metadata if it matters.",
            List.of(
                    Example.flags("Kyiv hosts donor conference\n\n<marker>By Jane Doe and Ivan Petrov, Reuters</marker>\n\n"
                            + "Donors pledged $2 billion on Tuesday to rebuild the power grid, the government said in a statement.", ""),
                    Example.flags("Top stories:\n\nKyiv hosts a donor conference on energy\n\n<marker>Kovalenko Iryna</marker>\n\n"
                            + "Donors pledged $2 billion on Tuesday to rebuild the power grid, the government said in a statement.", ""),
                    Example.accepts("By Friday the army had withdrawn from the town, officials said."),
                    Example.accepts("Kyiv hosts donor conference\n\nLive Updates\n\nDonors pledged $2 billion on Tuesday to "
                            + "rebuild the power grid, the government said in a statement."),
                    Example.accepts("Kyiv hosts donor conference\n\nBy March 2023\n\nDonors pledged $2 billion."),
                    Example.accepts("Donors pledged $2 billion on Tuesday to rebuild the power grid, the government said "
                            + "in a statement.\n\nJane Doe\n\nThe conference ends on Friday.")));

    private final Credits credits;

    public BylineRule(RuleResources resources) {
        this.credits = Credits.of(resources);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        int seen = 0;
        for (int line = 0; line < document.index().lineCount() && seen < TOP_LINES; line++) {
            Span visible = LineDeletion.visible(document, line);
            if (visible.length() == 0) {
                continue;
            }
            seen++;
            String content = visible.of(text);
            if (content.length() > 120) {
                return;
            }
            if (isBodyText(content)) {
                return;
            }
            var by = BY.matcher(content);
            if (by.matches() && noDateWords(by.group(1)) && tailOk(by.group(2))) {
                out.add(Match.of(visible, "Byline left on a line of its own: delete it.",
                        LineDeletion.deleteLine(document, line, Edit.SAFE)));
                continue;
            }
            var name = NAME_ONLY.matcher(content);
            if (seen > 1 && name.matches() && noHeadingWords(name.group(1)) && tailOk(name.group(2))) {
                out.add(Match.of(visible, "This looks like the author's name on a line of its own (a byline): "
                        + "delete it if it is.", LineDeletion.deleteLine(document, line, Edit.REVIEW)));
            }
        }
    }

    private static boolean isBodyText(String line) {
        char last = line.charAt(line.length() - 1);
        return Lines.words(line, 12) >= 12 && (last == '.' || last == '!' || last == '?' || last == '\u201d' || last == '"');
    }

    private boolean tailOk(String tail) {
        if (tail == null) {
            return true;
        }
        String t = tail.strip();
        return credits.isAgency(t) || ROLES.contains(t.toLowerCase(Locale.ROOT));
    }

    private static boolean noDateWords(String names) {
        for (String word : names.split("[\\s,&]+")) {
            String w = word.toLowerCase(Locale.ROOT).replace(".", "");
            if (DATE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean noHeadingWords(String names) {
        for (String word : names.split("\\s+")) {
            if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT).replace(".", ""))) {
                return false;
            }
        }
        return true;
    }
}
