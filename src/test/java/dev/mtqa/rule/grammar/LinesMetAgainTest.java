package dev.mtqa.rule.grammar;

import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.input.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinesMetAgainTest {
    private static CorpusProfile corpus(Document... documents) {
        CorpusProfiler profiler = new CorpusProfiler();
        for (Document d : documents) {
            profiler.add(d);
        }
        return profiler.build();
    }

    @Test
    void aLinePrintedTwiceInTheDocumentIsListedOnce() {
        Document doc = Document.of("a.txt", "Port reopens\n\nThe first ship left on Monday.\n\nPort reopens\nPort reopens\n");
        assertThat(LinesMetAgain.of(doc, CorpusProfiler.of(doc))).containsExactly("Port reopens");
    }

    @Test
    void aLineAnotherDocumentHoldsIsListedAsThisDocumentSpellsIt() {
        Document a = Document.of("a.txt", "Grain deal extended\n\u201cThe corridor will stay open,\u201d the minister said.\n");
        Document b = Document.of("b.txt", "Ships leave Odesa\n\u201cThe corridor  will stay OPEN,\u201d the minister said.  \n");
        Document c = Document.of("c.txt", "Wheat prices fall\nTraders expect more ships.\n");
        CorpusProfile profile = corpus(a, b, c);

        assertThat(LinesMetAgain.of(a, profile)).containsExactly("\u201cThe corridor will stay open,\u201d the minister said.");
        assertThat(LinesMetAgain.of(c, profile)).isEmpty();
    }

    @Test
    void blankLinesAndADocumentOfOneLineHaveNothingToList() {
        Document blanks = Document.of("a.txt", "One line.\n\n   \n\n");
        Document single = Document.of("b.txt", "One line only.");
        assertThat(LinesMetAgain.of(blanks, CorpusProfiler.of(blanks))).isEmpty();
        assertThat(LinesMetAgain.of(single, CorpusProfiler.of(single))).isEmpty();
    }
}
