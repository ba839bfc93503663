package dev.mtqa.rule;

import dev.mtqa.EnglishVariant;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.text.Span;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a rule may know beyond the document it checks: the English the document is checked
 * against ({@link #variant()}), facts about the whole corpus it belongs to ({@link #profile()}; for
 * a document checked on its own, the profile of that document alone), and the spans that earlier
 * rules found not to be prose of the article ({@link #nonProse()}: boilerplate lines, untranslated
 * lines), which rules that check prose ({@link Rule#checksProse()}) skip.
 *
 * <p>The variant may be decided only when a rule first asks (see {@link #deciding}): reading a
 * document's spelling for it takes a pass over its words, and without the grammar check almost
 * no rule asks. Each document gets its own context, used by one thread.
 */
public final class RuleContext {
    private final Supplier<EnglishVariant> decide;
    private EnglishVariant variant;
    private final CorpusProfile profile;
    private final List<Span> nonProse;

    private RuleContext(EnglishVariant variant, Supplier<EnglishVariant> decide, CorpusProfile profile,
                        List<Span> nonProse) {
        this.variant = variant;
        this.decide = decide;
        this.profile = Objects.requireNonNull(profile, "profile");
        this.nonProse = List.copyOf(nonProse);
    }

    public RuleContext(EnglishVariant variant, CorpusProfile profile, List<Span> nonProse) {
        this(Objects.requireNonNull(variant, "variant"), null, profile, nonProse);
    }

    public RuleContext(EnglishVariant variant, CorpusProfile profile) {
        this(variant, profile, List.of());
    }

    /** A context whose variant {@code decide} gives, asked once, when a rule first wants it. */
    public static RuleContext deciding(Supplier<EnglishVariant> decide, CorpusProfile profile) {
        return new RuleContext(null, Objects.requireNonNull(decide, "decide"), profile, List.of());
    }

    /** The English the document is checked against. */
    public EnglishVariant variant() {
        if (variant == null) {
            variant = Objects.requireNonNull(decide.get(), "variant");
        }
        return variant;
    }

    /** Facts about the whole corpus the document belongs to. */
    public CorpusProfile profile() {
        return profile;
    }

    /** Spans that are not prose of the article, sorted; prose rules skip them. */
    public List<Span> nonProse() {
        return nonProse;
    }

    /** This context with {@code spans} as its non-prose spans; the variant is shared, decided once. */
    public RuleContext withNonProse(List<Span> spans) {
        return new RuleContext(variant, variant == null ? this::variant : null, profile, spans);
    }
}
