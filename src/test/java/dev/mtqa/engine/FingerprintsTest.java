package dev.mtqa.engine;

import dev.mtqa.Mtqa;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.input.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fingerprints are a contract: a baseline written by an earlier version must still match. These
 * were written by the version that read the context from an array of code points; the text mixes
 * characters outside the Basic Multilingual Plane, no-break spaces, tabs, CR LF and repeated
 * findings in the same context.
 */
class FingerprintsTest {
    @Test
    void fingerprintsStayWhatEarlierVersionsWrote() {
        String text = "Officials in Kiev \uD83D\uDE00 said  the talks were over.\r\nThe mayor of Kiev said so\u00a0 \uD835\uDC00 too.\n\n"
                + "Kiev  again: Kiev\tand\u00a0Kiev \uD83D\uDE00\uD83D\uDE00 Kiev.\n\uD83D\uDE00Kiev\n";
        FileResult result = Mtqa.builder().grammar(false).build().check(Document.of("fp.txt", text));
        List<String> fingerprints = result.findings().stream().map(f -> f.rule() + " " + f.start() + " " + f.fingerprint()).toList();
        assertThat(fingerprints).containsExactly(
                "TERMINOLOGY_HOUSE_STYLE 13 d05628aad6179aa7",
                "TYPOGRAPHY_DOUBLE_SPACE 24 17dbec6f0a8e751c",
                "TERMINOLOGY_HOUSE_STYLE 61 a0b114071a7f4708",
                "ENCODING_NO_BREAK_SPACE 73 67ec48dd7976719a",
                "TERMINOLOGY_HOUSE_STYLE 83 41c055dd40c609e1",
                "TYPOGRAPHY_DOUBLE_SPACE 87 b1591b1ab70bbf85",
                "TERMINOLOGY_HOUSE_STYLE 96 64c1d7ebd8d315fc",
                "ENCODING_NO_BREAK_SPACE 104 ad8df61279e977b2",
                "TERMINOLOGY_HOUSE_STYLE 105 52b511997ce4ae2d",
                "TERMINOLOGY_HOUSE_STYLE 113 fec720d95ec910fa",
                "TERMINOLOGY_HOUSE_STYLE 120 7a59cbb4b7d918db");
        assertThat(result.findings()).extracting(Finding::fingerprint).doesNotHaveDuplicates();
    }
}
