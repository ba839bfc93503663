package dev.mtqa.rule;

import dev.mtqa.EnglishVariant;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RuleContextTest {
    @Test
    void theVariantIsDecidedOnlyWhenAskedAndOnceForTheDocument() {
        AtomicInteger asked = new AtomicInteger();
        RuleContext context = RuleContext.deciding(() -> {
            asked.incrementAndGet();
            return EnglishVariant.GB;
        }, CorpusProfile.empty());
        RuleContext prose = context.withNonProse(List.of(new Span(0, 4)));
        assertThat(asked).hasValue(0);
        assertThat(prose.variant()).isEqualTo(EnglishVariant.GB);
        assertThat(context.variant()).isEqualTo(EnglishVariant.GB);
        assertThat(prose.variant()).isEqualTo(EnglishVariant.GB);
        assertThat(asked).hasValue(1);
        assertThat(prose.nonProse()).containsExactly(new Span(0, 4));
        assertThat(context.nonProse()).isEmpty();
    }

    @Test
    void aGivenVariantIsKept() {
        RuleContext context = new RuleContext(EnglishVariant.US, CorpusProfile.empty());
        assertThat(context.withNonProse(List.of()).variant()).isEqualTo(EnglishVariant.US);
        assertThat(context.profile()).isSameAs(CorpusProfile.empty());
    }
}
