package dev.mtqa.rule.boilerplate;

import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineDeletionTest {

    private static String deleteLine(String text, int line) {
        Document doc = Document.of("t.txt", text);
        Edit edit = LineDeletion.deleteLine(doc, line, Edit.SAFE);
        assertThat(edit.safe()).isTrue();
        return Boilerplate.apply(text, List.of(edit));
    }

    @Test
    void paragraphOfItsOwnTakesOneBlankLineWithIt() {
        assertThat(deleteLine("A\n\nX\n\nB\n", 2)).isEqualTo("A\n\nB\n");
    }

    @Test
    void lineInsideAParagraphGoesAlone() {
        assertThat(deleteLine("A\nX\nB\n", 1)).isEqualTo("A\nB\n");
        assertThat(deleteLine("A\n\nX\nB\n", 2)).isEqualTo("A\n\nB\n");
        assertThat(deleteLine("A\nX\n\nB\n", 1)).isEqualTo("A\n\nB\n");
    }

    @Test
    void firstLineTakesTheBlankLineAfterIt() {
        assertThat(deleteLine("X\n\nA\n", 0)).isEqualTo("A\n");
        assertThat(deleteLine("X\nA\n", 0)).isEqualTo("A\n");
    }

    @Test
    void lastLineTakesTheBlankLineBeforeIt() {
        assertThat(deleteLine("A\n\nX", 2)).isEqualTo("A\n");
        assertThat(deleteLine("A\n\nX\n", 2)).isEqualTo("A\n");
        assertThat(deleteLine("A\nX", 1)).isEqualTo("A\n");
    }

    @Test
    void neverMoreThanOneBlankLine() {
        assertThat(deleteLine("A\n\n\nX\n\n\nB", 3)).isEqualTo("A\n\n\n\nB");
    }

    @Test
    void onlyLine() {
        assertThat(deleteLine("X", 0)).isEmpty();
        assertThat(deleteLine("X\n", 0)).isEmpty();
    }

    @Test
    void windowsLineBreaks() {
        assertThat(deleteLine("A\r\n\r\nX\r\n\r\nB\r\n", 2)).isEqualTo("A\r\n\r\nB\r\n");
        assertThat(deleteLine("A\r\nX\r\nB", 1)).isEqualTo("A\r\nB");
    }

    @Test
    void whitespaceOnlyLinesCountAsBlank() {
        assertThat(deleteLine("A\n \nX\n\u00a0\nB", 2)).isEqualTo("A\n\u00a0\nB");
    }

    @Test
    void neighbouringChromeParagraphsAreDeletedByEditsThatDoNotOverlap() {
        String text = "Body.\n\nMost Popular\n\nTo Top";
        Document doc = Document.of("t.txt", text);
        List<Edit> edits = List.of(LineDeletion.deleteLine(doc, 2, Edit.SAFE), LineDeletion.deleteLine(doc, 4, Edit.SAFE));
        assertThat(Boilerplate.apply(text, edits)).isEqualTo("Body.\n");
    }

    @Test
    void aBlockOfLinesFormingAParagraphTakesOneBlankLine() {
        String text = "Body.\n\nTo participate in the discussion\nlog in or register\n\nMore body.\n";
        Document doc = Document.of("t.txt", text);
        List<Edit> edits = List.of(LineDeletion.deleteLineOfBlock(doc, 2, 2, 3, Edit.SAFE),
                LineDeletion.deleteLineOfBlock(doc, 3, 2, 3, Edit.SAFE));
        assertThat(Boilerplate.apply(text, edits)).isEqualTo("Body.\n\nMore body.\n");

        String atStart = "Share\nTweet\n\nBody.\n";
        Document first = Document.of("t.txt", atStart);
        List<Edit> startEdits = List.of(LineDeletion.deleteLineOfBlock(first, 0, 0, 1, Edit.SAFE),
                LineDeletion.deleteLineOfBlock(first, 1, 0, 1, Edit.SAFE));
        assertThat(Boilerplate.apply(atStart, startEdits)).isEqualTo("Body.\n");
    }

    @Test
    void partOfALineGoesWithTheSpaceOrSeparatorThatJoinedIt() {
        String text = "Prices rose. Read the full article. Analysts expect a cut.\nA caption. - Jane Doe/AP\n";
        Document doc = Document.of("t.txt", text);
        int s = text.indexOf("Read");
        Edit middle = LineDeletion.deletePart(doc, new Span(s, text.indexOf("Analysts") - 1), Edit.SAFE);
        assertThat(Boilerplate.apply(text, List.of(middle)))
                .isEqualTo("Prices rose. Analysts expect a cut.\nA caption. - Jane Doe/AP\n");
        int c = text.indexOf("Jane");
        Edit end = LineDeletion.deletePart(doc, new Span(c, text.indexOf("AP\n") + 2), Edit.SAFE);
        assertThat(Boilerplate.apply(text, List.of(end)))
                .isEqualTo("Prices rose. Read the full article. Analysts expect a cut.\nA caption.\n");
    }

    @Test
    void partThatIsTheWholeLineDeletesTheLine() {
        String text = "A\n\n  Read more  \n\nB";
        Document doc = Document.of("t.txt", text);
        Edit edit = LineDeletion.deletePart(doc, new Span(5, 14), Edit.SAFE);
        assertThat(Boilerplate.apply(text, List.of(edit))).isEqualTo("A\n\nB");
    }

    @Test
    void visibleTextLeavesOutIndentAndBreak() {
        Document doc = Document.of("t.txt", "x\n  \u2022 Oops!  \r\n");
        Span visible = LineDeletion.visible(doc, 1);
        assertThat(visible.of(doc.text())).isEqualTo("\u2022 Oops!");
    }
}
