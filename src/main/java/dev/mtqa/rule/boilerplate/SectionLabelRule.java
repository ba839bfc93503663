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
 * Labels of the page's sections and navigation: "Top topics:", "Tags:", "More on this story:",
 * "Read also:", breadcrumb trails such as "Home › News › World", tag lists ("Tags: Ukraine,
 * energy") and links to other articles ("Read more: Kyiv asks allies for air defence").
 *
 * <p>The rule in words: a line is flagged when it is
 * <ul>
 *   <li>one to five words followed by a colon and nothing else, every word from the vocabulary of
 *       page sections (topics, tags, related, read, also, more, stories, trending…) and at least one
 *       of them not a mere function word; "He said:" or "Key facts:" are not section labels; or</li>
 *   <li>a breadcrumb trail: "Home", "Main" or "News" and two or more further items of one to
 *       three words, separated by › » &gt; / or |, without sentence punctuation; or</li>
 *   <li>a list label with its list: tags, topics, keywords, categories, subjects, "filed under" or
 *       "posted in", a colon, and one or more items of one to four words separated by commas,
 *       bars or bullets ("Tags: Ukraine, Biden, Zelensky"); or</li>
 *   <li>a link label with the linked headline: "Read more:", "Read also:", "See also:", "Related:",
 *       "Read next:" and then one headline of at most 20 words ("Read more: Zelensky asks
 *       Congress for more air defence"), which points to another article.</li>
 * </ul>
 * Labels the phrase list already knows are left to {@link BoilerplatePhraseRule}.
 */
public final class SectionLabelRule implements Rule {
    private static final Set<String> LABEL_WORDS = Set.of(
            "top", "topics", "topic", "tags", "tag", "tagged", "keywords", "keyword", "categories", "category", "related",
            "more", "on", "this", "story", "stories", "read", "also", "see", "trending", "popular", "latest", "news",
            "articles", "article", "filed", "under", "in", "section", "sections", "share", "follow", "us",
            "recommended", "editor's", "editors", "editors'", "picks", "you", "may", "might", "like", "other", "recent",
            "posts", "post", "most", "viewed", "hot", "headlines", "from", "the", "web", "around", "sponsored", "links",
            "link", "up", "next", "subjects", "subject", "themes", "theme", "rubric", "rubrics", "labels", "label",
            "similar", "materials", "material", "publications", "publication", "feed", "main", "breaking", "hashtags",
            "further", "reading", "additional", "useful", "partner", "partners", "content", "day", "week", "of",
            "today", "today's", "videos", "video", "photos", "gallery", "newsletter", "newsletters", "join", "our",
            "channels", "channel", "social", "media", "networks", "discussion", "comments", "by", "author", "authors",
            "sources", "navigation", "menu", "jump", "to", "contents");
    private static final Set<String> FUNCTION_WORDS = Set.of("on", "this", "in", "the", "from", "up", "you", "may",
            "might", "us", "also", "more", "most", "to", "of", "by", "our", "other", "like", "see", "under", "around",
            "top", "next", "day", "week", "today", "join", "follow", "share", "jump");
    private static final Pattern LIST_LABEL = Pattern.compile("(?iu)(?:tags|tagged|topics|related topics|keywords|categories"
            + "|category|subjects|themes|rubrics?|labels|hashtags|filed under|posted in|tagged with)\\s*:\\s*(.+)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,|\u2022\u00b7;]\\s*");
    private static final Pattern LINK_LABEL = Pattern.compile("(?iu)(?:read more|read also|also read|see also|related|read next"
            + "|more|watch|listen|recommended|don't miss|must read|in pictures|in photos)\\s*:\\s*(\\S.*)");
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*(?:\u203a|\u00bb|>|/|\\||\u2192)\\s*");
    private static final Set<String> CRUMB_ROOTS = Set.of("home", "main", "news", "homepage", "main page");

    private static final RuleMetadata METADATA = new RuleMetadata("BOILERPLATE_SECTION_LABEL", Category.BOILERPLATE,
            Severity.WARNING,
            "A label of the page's sections, a navigation trail, a tag list or a link to another article",
            "The page labelled a list of links (\"Top topics:\", \"Tags:\", \"Read also:\") or showed where the article "
                    + "sits on the site (\"Home \u203a News \u203a World\"); the scraper kept the label but not always "
                    + "the links. It is not part of the article. Delete the line.",
            List.of(
                    Example.flags("<marker>Filed under:</marker>\n\nKyiv hosts a donor conference\n", ""),
                    Example.flags("The conference ends on Friday.\n\n<marker>Similar materials:</marker>\n", ""),
                    Example.flags("<marker>Home \u203a News \u203a World \u203a Europe</marker>\nKyiv hosts a donor conference\n", ""),
                    Example.accepts("The minister said:\n\u201cWe will rebuild every school.\u201d"),
                    Example.accepts("Key facts:\n- 2 billion dollars pledged"),
                    Example.flags("Donors pledged $2 billion.\n\n<marker>Tags: Ukraine, energy, donor conference</marker>\n", ""),
                    Example.flags("Donors pledged $2 billion.\n<marker>Read more: Kyiv asks allies for air defence</marker>\n"
                            + "The conference ends on Friday.", ""),
                    Example.accepts("Read the statement in full:"),
                    Example.accepts("Topics: the minister listed three. First, the grid must be repaired."),
                    Example.accepts("More: the ministry said 40 substations were hit. Repairs will take weeks."),
                    Example.accepts("News of the deal spread quickly / markets rallied | traders cheered")));

    private final PhraseList phrases;

    public SectionLabelRule(RuleResources resources) {
        this.phrases = PhraseList.of(resources);
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
            if (visible.length() == 0 || visible.length() > 100) {
                continue;
            }
            String content = visible.of(text);
            String what = isLabel(content) ? "Section label of the page"
                    : isBreadcrumb(content) ? "Navigation trail of the page"
                    : isLabelledList(content) ? "The page's list of tags or topics"
                    : isLabelledLink(content) ? "Link to another article" : null;
            if (what != null && phrases.whole(content) == null) {
                out.add(Match.of(visible, what + ": delete the line.", LineDeletion.deleteLine(document, line, Edit.SAFE)));
            }
        }
    }

    static boolean isLabel(String line) {
        if (!line.endsWith(":")) {
            return false;
        }
        String[] words = line.substring(0, line.length() - 1).strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .split("\\s+");
        if (words.length == 0 || words.length > 5 || words[0].isEmpty()) {
            return false;
        }
        boolean content = false;
        for (String word : words) {
            if (!LABEL_WORDS.contains(word)) {
                return false;
            }
            content |= !FUNCTION_WORDS.contains(word);
        }
        return content;
    }

    /** "Tags: Ukraine, Biden, Zelensky". */
    static boolean isLabelledList(String line) {
        if (line.indexOf(':') < 0) {
            return false;
        }
        var m = LIST_LABEL.matcher(line);
        if (!m.matches()) {
            return false;
        }
        for (String item : LIST_SEPARATOR.split(m.group(1).strip(), -1)) {
            int words = item.isBlank() ? 0 : item.strip().split("\\s+").length;
            if (words < 1 || words > 4 || item.matches(".*[.!?:\"\u201c\u201d].*")) {
                return false;
            }
        }
        return true;
    }

    /** "Read more: Zelensky asks Congress for more air defence": one headline, no sentence after it. */
    static boolean isLabelledLink(String line) {
        if (line.indexOf(':') < 0 || line.length() > 200) {
            return false;
        }
        var m = LINK_LABEL.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String headline = m.group(1).strip();
        char first = headline.charAt(0);
        boolean oneSentence = !headline.matches(".*[.!?]\\s+\\S.*");
        return (Character.isUpperCase(first) || Character.isDigit(first) || first == '\u2018' || first == '\'')
                && oneSentence && Lines.words(headline, 20) <= 20 && !Lines.hasQuote(line, new Span(0, line.length()));
    }

    static boolean isBreadcrumb(String line) {
        if (line.indexOf('\u203a') < 0 && line.indexOf('\u00bb') < 0 && line.indexOf('>') < 0 && line.indexOf('/') < 0
                && line.indexOf('|') < 0 && line.indexOf('\u2192') < 0) {
            return false;
        }
        String[] items = CRUMB_SEPARATOR.split(line.strip(), -1);
        if (items.length < 3 || !CRUMB_ROOTS.contains(items[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String item : items) {
            int words = item.isBlank() ? 0 : item.strip().split("\\s+").length;
            if (words < 1 || words > 3 || item.matches(".*[.!?,;:\"\u201c\u201d].*")) {
                return false;
            }
        }
        return true;
    }
}
