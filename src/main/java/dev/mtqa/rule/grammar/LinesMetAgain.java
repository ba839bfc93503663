package dev.mtqa.rule.grammar;

import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.corpus.LineKey;
import dev.mtqa.input.Document;
import dev.mtqa.text.Span;
import dev.mtqa.text.TextIndex;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a document whose sentences LanguageTool may be shown again: those another document
 * of the corpus holds too (the profile's count, case and spacing folded as {@link LineKey} does),
 * and those this document holds twice or more. Each is listed once, as the document first spells it
 * (a later copy in other case or spacing is not listed: a cache that misses it only checks it again).
 */
final class LinesMetAgain {
    private LinesMetAgain() {
    }

    static List<String> of(Document document, CorpusProfile profile) {
        String text = document.text();
        TextIndex index = document.index();
        int lines = index.lineCount();
        if (lines < 2 && profile.documents() < 2) {
            return List.of();
        }
        long[] keys = new long[lines];
        boolean[] blank = new boolean[lines];
        Long2IntOpenHashMap inDocument = new Long2IntOpenHashMap(lines);
        for (int i = 0; i < lines; i++) {
            Span line = index.line(i);
            blank[i] = LineKey.blank(text, line.start(), line.end());
            if (!blank[i]) {
                keys[i] = LineKey.hash(text, line.start(), line.end());
                inDocument.addTo(keys[i], 1);
            }
        }
        List<String> again = new ArrayList<>();
        LongOpenHashSet listed = new LongOpenHashSet();
        for (int i = 0; i < lines; i++) {
            Span line = index.line(i);
            if (blank[i] || listed.contains(keys[i])) {
                continue;
            }
            if (inDocument.get(keys[i]) > 1 || profile.documentsWithLine(text, line.start(), line.end()) > 1) {
                listed.add(keys[i]);
                again.add(text.substring(line.start(), line.end()));
            }
        }
        return again;
    }
}
