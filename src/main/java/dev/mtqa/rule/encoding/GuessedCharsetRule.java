package dev.mtqa.rule.encoding;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.DecodedText;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;

import java.util.List;

/**
 * The input was not UTF-8 and named no charset, so its charset was guessed. The guess can be
 * wrong, and every tool after this one will have to guess again: say which charset was assumed.
 */
public final class GuessedCharsetRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("ENCODING_GUESSED_CHARSET", Category.ENCODING,
            Severity.WARNING,
            "The input is not UTF-8 and its charset had to be guessed",
            "The bytes are not valid UTF-8 and carry no byte-order mark, so mtqa guessed the charset with ICU's "
                    + "charset detector. A wrong guess turns letters into others; check the text reads correctly "
                    + "and save the file as UTF-8.",
            List.of(
                    Example.flags("<marker></marker>Caf\u00e9 prices rose \u2013 again.").encodedAs("windows-1252"),
                    Example.flags("<marker></marker>\u041c\u043e\u0441\u043a\u0432\u0430 \u0438 \u041a\u0438\u0435\u0432 "
                            + "\u043d\u0430\u0447\u0430\u043b\u0438 \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b "
                            + "\u043e \u043c\u0438\u0440\u0435 \u0432 \u043f\u044f\u0442\u043d\u0438\u0446\u0443.").encodedAs("windows-1251"),
                    Example.accepts("Caf\u00e9 prices rose \u2013 again.").encodedAs("UTF-8"),
                    Example.accepts("Plain ASCII text is valid UTF-8.").encodedAs("US-ASCII")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        DecodedText decoded = document.decoded();
        if (decoded.guessed()) {
            out.add(Match.of(0, 0, "Not UTF-8: decoded as " + decoded.charset() + ", a guess ("
                    + decoded.confidence() + "% confidence). Check the text and save it as UTF-8."));
        }
    }
}
