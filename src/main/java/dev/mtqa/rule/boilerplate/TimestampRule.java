package dev.mtqa.rule.boilerplate;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.RuleMetadata;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Publication timestamps that the page printed around the article: "Posted at 10:33 a.m.",
 * "Updated at 4:16 p.m.", "Published 12 March 2023, 14:05", "Last updated: 25.02.2022 14:05 GMT",
 * "3 hours ago".
 *
 * <p>The rule in words: a line is flagged when it holds nothing but one to three timestamps,
 * each an optional label (posted, published, updated, last updated, modified, created, date,
 * with "on" or "at" and a colon) followed by a date, a time of day, both, or a relative time
 * ("2 hours ago"), separated by commas, bars, dots or dashes. A date is a day and month name
 * with or without a year, a numeric date (25.02.2022, 2022-02-25) or today/yesterday with a
 * time. The line must hold a label, a clock time or a relative time: a bare date ("24 February
 * 2022") is also how a timeline heads its entries, and is left alone. A sentence that mentions a
 * time ("The blast came at 10:33 a.m.") has other words and is never flagged; nor is a line
 * longer than 120 characters.
 */
public final class TimestampRule extends WholeLineRule {
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?,?";
    private static final String ZONE = "(?:\\s*\\(?(?-i:[A-Z]{2,5})(?:[+-]\\d{1,2}(?::?\\d\\d)?)?\\)?)?";
    private static final String TIME = "(?:\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?\\s?m\\.?)?|\\d{1,2}\\s*[ap]\\.?\\s?m\\.?)" + ZONE;
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String DATE = "(?:" + WEEKDAY + "\\s*)?(?:"
            + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?(?:\\s+\\d{4})?"
            + "|" + MONTH + "\\s+" + DAY + ",?(?:\\s+\\d{4})?"
            + "|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})"
            + "|\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)";
    private static final String WHEN = "(?:" + DATE + "(?:\\s*(?:,|at|-|\u2013|\\||/|\u00b7)?\\s*" + TIME + ")?"
            + "|" + TIME + "(?:\\s*(?:,|on|-|\u2013|\\||/|\u00b7)?\\s*" + DATE + ")?"
            + "|(?:today|yesterday)\\s*,?\\s*(?:at\\s+)?" + TIME
            + "|\\d{1,3}\\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago|just\\s+now)";
    private static final String LABEL = "(?:(?:first|last|originally)\\s+)?(?:posted|published|updated|modified|created|"
            + "added|released|uploaded|edited|date|time|updated\\s+on|publication\\s+date)(?:\\s+(?:on|at))?\\s*:?";
    private static final String STAMP = "(?:" + LABEL + "\\s*)?" + WHEN;
    private static final Pattern LINE = Pattern.compile("(?iu)" + STAMP + "(?:\\s*[|\u00b7\u2022,;/\u2013\u2014-]?\\s*" + STAMP + "){0,2}\\.?");
    /** A label, a clock time or a relative time: what makes a date line a timestamp and not a timeline heading. */
    private static final Pattern EVIDENCE = Pattern.compile("(?i)posted|published|updated|modified|created|added|"
            + "released|uploaded|edited|date|time|\\d{1,2}:\\d{2}|\\b\\d{1,2}[.h]\\d{2}\\b(?!\\.\\d)|\\d[:.h]\\d\\d\\s*[ap]\\.?\\s?m\\b|\\d\\s*[ap]\\.?\\s?m(?:\\.|\\b)|\\bago\\b|just now");
    private static final int MAX_LINE = 120;

    private static final RuleMetadata METADATA = new RuleMetadata("BOILERPLATE_TIMESTAMP", Category.BOILERPLATE,
            Severity.ERROR,
            "A line that is only a publication or update timestamp",
            "The page printed when the article was posted or updated, and the scraper kept it as a line of text. "
                    + "It is not part of the article and dates it wrongly when the text is reused. Delete the line; "
                    + "keep the date in the document's metadata if it matters.",
            List.of(
                    Example.flags("Talks stall in Geneva\n\n<marker>Published 12 March 2023, 14:05</marker>\n\n"
                            + "The delegations left without a statement.", ""),
                    Example.flags("The delegations left without a statement.\n<marker>Last updated: 2023-03-12T14:05:00Z</marker>\n", ""),
                    Example.flags("<marker>Posted 3 hours ago | Updated at 9:41 pm EST</marker>\nThe vote is due on Friday.", ""),
                    Example.accepts("The first explosion was heard at 10:33 a.m., residents said."),
                    Example.accepts("Updated figures will be published on 12 March."),
                    Example.accepts("March 12 was the day the talks collapsed, officials said later."),
                    Example.accepts("Talks stall in Geneva\n\nFebruary 24, 2022\n\nRussian troops crossed the border before dawn.")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** True if {@code line} (trimmed) is only a timestamp. */
    static boolean isTimestamp(String line) {
        return line.length() <= MAX_LINE && Character.isLetterOrDigit(line.codePointAt(0))
                && (Lines.hasDigit(line) || line.toLowerCase(java.util.Locale.ROOT).endsWith("just now"))
                && LINE.matcher(line).matches() && EVIDENCE.matcher(line).find();
    }

    @Override
    int maxLength() {
        return MAX_LINE;
    }

    @Override
    boolean matches(String line) {
        return isTimestamp(line);
    }

    @Override
    String message() {
        return "Timestamp line left by the page: delete it.";
    }
}
