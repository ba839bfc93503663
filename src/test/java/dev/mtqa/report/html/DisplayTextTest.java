package dev.mtqa.report.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayTextTest {

    @Test
    void controlsAndBidiOverridesBecomeVisibleOneForOne() {
        String text = "a\u0000b\u001bc\u0085d\u202ee\u2067f\tg\r\nh";
        String shown = DisplayText.visible(text);
        assertThat(shown).isEqualTo("a\u2400b\u241bc\u25afd\u25afe\u25aff\tg\r\nh");
        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(DisplayText.visible("plain")).isEqualTo("plain");
    }

    @Test
    void fixesShowEveryHardToSeeCharacter() {
        assertThat(DisplayText.marked("a b\u00a0c\n\u200b")).isEqualTo("a\u2423b\u237dc\u21b5[ZWSP]");
    }

    @Test
    void invisibleHighlightsGetALabel() {
        assertThat(DisplayText.shows("\u00a0")).isEqualTo("NBSP");
        assertThat(DisplayText.shows("\u200b\u200b")).isEqualTo("ZWSP ZWSP");
        assertThat(DisplayText.shows("")).isEqualTo("\u2038");
        assertThat(DisplayText.shows("  ")).isNull();
        assertThat(DisplayText.shows("Kiev")).isNull();
    }
}
