package dev.mtqa.rule.terminology;

import dev.mtqa.config.HouseStyle;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;

import java.util.List;

/**
 * A place or person name spelled against the house style ({@code rules/house-style.csv}): the
 * Russian-derived "Kiev" where the style says "Kyiv", "Zelensky" where it says "Zelenskyy".
 * Machine translation from Russian and older sources bring the old spellings back; the fix is
 * the house spelling and safe to apply.
 */
public final class HouseStyleRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("TERMINOLOGY_HOUSE_STYLE", Category.TERMINOLOGY,
            Severity.WARNING,
            "A name spelled against the house style (Kiev for Kyiv, Zelensky for Zelenskyy)",
            "The house-style table in rules/house-style.csv lists the spelling to use for places and people and "
                    + "the spellings to replace. Translations from Russian, and older copy, bring back transliterations "
                    + "that news style guides have dropped (Kiev, Kharkov, Odessa, Lugansk). Use the house spelling; "
                    + "possessives and compounds follow it (Kyiv's, Kyiv-based). Phrases where the old spelling is "
                    + "right (Chicken Kiev, Kievan Rus') are listed as exceptions in the table.",
            List.of(
                    Example.flags("Explosions were heard in <marker>Kiev</marker> overnight.", "Kyiv"),
                    Example.flags("The <marker>Kharkov</marker>-based plant reopened.", "Kharkiv"),
                    Example.flags("President <marker>Zelensky</marker>'s office declined to comment.", "Zelenskyy"),
                    Example.flags("<marker>Vladimir Zelensky</marker> spoke by video link.", "Volodymyr Zelenskyy"),
                    Example.flags("PROTESTS IN <marker>ODESSA</marker> TURN VIOLENT", "ODESA"),
                    Example.flags("Officials in <marker>Lugansk</marker> and Donetsk disagreed.", "Luhansk"),
                    Example.accepts("The restaurant still serves Chicken Kiev on Fridays."),
                    Example.accepts("Kievan Rus' was a medieval state."),
                    Example.accepts("The oil town of Odessa, Texas, voted on Tuesday."),
                    Example.accepts("Talks in Kyiv resumed as Zelenskyy met envoys."),
                    Example.accepts("Read more at https://example.com/news/Kiev-talks today."),
                    Example.accepts("Kievskaya station was closed.")));

    private final TermMatcher matcher;

    public HouseStyleRule(HouseStyle houseStyle) {
        this.matcher = new TermMatcher(houseStyle);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        matcher.find(document, hit -> out.add(Match.of(hit.start(), hit.end(),
                "House style spells this '" + hit.replacement() + "', not '" + hit.found() + "'"
                        + (hit.term().source().isBlank() ? "" : " (" + hit.term().source() + ")") + ".",
                new Edit(hit.start(), hit.end(), hit.replacement(), Edit.SAFE))));
    }
}
