package dev.mtqa.rule.encoding;

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
 * Mojibake: UTF-8 text that some program decoded as Windows-1252, Latin-1 (or, for whole words,
 * another Windows code page, ISO-8859-2, Mac OS Roman or code page 437), so that "’" reads "â€™"
 * and "é" reads "Ã©". The
 * suspicious characters are turned back into the bytes they came from and decoded as UTF-8; the
 * result is a finding only when it decodes cleanly and is plausible text (see {@link Mojibake}).
 * The repair restores the original characters exactly, so it is safe.
 */
public final class MojibakeRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("ENCODING_MOJIBAKE", Category.ENCODING,
            Severity.ERROR,
            "UTF-8 text decoded with the wrong charset (mojibake): \"â€™\" for \"’\", \"Ã©\" for \"é\"",
            "Somewhere before this text reached you, its UTF-8 bytes were read as Windows-1252 or Latin-1 (or "
                    + "another single-byte charset), so each accented letter or typographic character turned into "
                    + "two or three wrong ones. Readers see garbage. The suggested repair turns the characters back "
                    + "into the original bytes and decodes them as UTF-8; it is offered only when that decodes "
                    + "cleanly to ordinary letters and punctuation. Fix the pipeline step that decoded the text "
                    + "if you can, since it damages other articles too.",
            List.of(
                    Example.flags("The minister said it wasn<marker>â€™</marker>t over.", "\u2019"),
                    Example.flags("Talks resumed in M<marker>Ã©</marker>xico City.", "é"),
                    Example.flags("<marker>â€œ</marker>We are ready,â€ he said.", "\u201c"),
                    Example.flags("We are ready,<marker>â€</marker> he said.", "\u201d"),
                    Example.flags("Prices rose by 5<marker>Â\u00a0</marker>per cent.", "\u00a0"),
                    Example.flags("The <marker>Ã¢â‚¬Å“</marker>double\u201d case.", "\u201c"),
                    Example.flags("Sanctions against <marker>Ð\u00a0Ð¾Ñ\u0081Ñ\u0081Ð¸Ñ\u008f</marker>.", "Россия"),
                    Example.accepts("Café owners in São Paulo and Müller’s bakery — “fine”, they said…"),
                    Example.accepts("There are a lot of Ã’s in Portuguese capitals."),
                    Example.accepts("AHÅ™, the new sofa, measures 10 Å— or so."),
                    Example.accepts("ВІКІ is Ukrainian for WIKI; Brontë…” and 5×£35, “×” and NESTLÉ®.")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        for (Mojibake.Repair repair : Mojibake.find(text, document.rareCharacters())) {
            String found = text.substring(repair.start(), repair.end());
            out.add(Match.of(repair.start(), repair.end(),
                    repair.safe()
                            ? "Mojibake: \u201c" + found + "\u201d is UTF-8 misread as " + repair.misreadAs()
                                    + "; it should read \u201c" + visible(repair.replacement()) + "\u201d."
                            : "Mojibake: \u201c" + found + "\u201d is the start of a UTF-8 character misread as "
                                    + repair.misreadAs() + " whose last byte was lost; most likely \u201c"
                                    + visible(repair.replacement()) + "\u201d, check.",
                    new Edit(repair.start(), repair.end(), repair.replacement(), repair.safe())));
        }
    }

    /** Shows invisible repairs (a no-break space, nothing at all) in the message. */
    private static String visible(String s) {
        if (s.isEmpty()) {
            return "(nothing)";
        }
        return s.replace("\u00a0", "[no-break space]").replace("\uFFFD", "\uFFFD (a lost character)");
    }
}
