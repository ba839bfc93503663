package dev.mtqa.rule;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything a user or a tool needs to know about a rule, in one place: the command line's
 * {@code mtqa rules}, the README's rule table, SARIF's rule list, the HTML report's explanations
 * and the example test all read it.
 *
 * @param id          stable upper-case id, such as {@code TERMINOLOGY_HOUSE_STYLE}
 * @param summary     one line, shown in rule lists
 * @param explanation why this is a problem and what to do, shown next to each finding
 * @param examples    texts the rule must flag and texts it must not
 */
public record RuleMetadata(String id, Category category, Severity severity, String summary, String explanation,
                           List<Example> examples) {
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

    public RuleMetadata {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule ids are upper case with underscores: " + id);
        }
        examples = List.copyOf(examples);
    }

    /** Whether {@code id} has the form of a rule id: upper case, digits and underscores. */
    public static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }
}
