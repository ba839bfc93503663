package dev.mtqa.rule.boilerplate;

import dev.mtqa.finding.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateLineRuleTest {
    private static List<Finding> duplicates(String text) {
        return Boilerplate.check(text).stream().filter(f -> f.rule().equals("BOILERPLATE_DUPLICATE_LINE")).toList();
    }

    @Test
    void theSecondOfTwoEqualCopiesGoes() {
        String text = "Kyiv hosts donor conference on energy\n\nKyiv hosts donor conference on energy\nBody text here.\n";
        List<Finding> found = duplicates(text);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(3));
        assertThat(Boilerplate.fixAll(text, found)).isEqualTo("Kyiv hosts donor conference on energy\n\nBody text here.\n");
    }

    @Test
    void theCopyWithACreditGoesEvenIfItComesFirst() {
        String text = "Workers repair a power line near Odesa. - Jane Doe/AP\nWorkers repair a power line near Odesa.\n";
        assertThat(duplicates(text)).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(1));
    }

    @Test
    void aCopyGluedToItsCreditIsWorseThanOneWithMetadata() {
        String text = "\u00a9 AFP 2023 / JOHN SMITHA crane lifts a damaged tram in Odesa.\n"
                + "A crane lifts a damaged tram in Odesa. - Sputnik International, 1920, 03.03.2023\n";
        assertThat(duplicates(text)).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(1));
    }

    @Test
    void everyExtraCopyIsFlagged() {
        String text = "The same caption of a photo here\nThe same caption of a photo here.\nthe SAME caption of a photo here\n";
        assertThat(duplicates(text)).extracting(Finding::line).containsExactly(2, 3);
    }

    @Test
    void shortOrDifferentLinesAreNotCopies() {
        assertThat(duplicates("No comment.\n\nNo comment.\n\nWe will win.\n\nWe will win.\n")).isEmpty();
        assertThat(duplicates("Talks resume in Geneva today\n\nTalks resume in Geneva tomorrow\n")).isEmpty();
    }
}
