package dev.mtqa.report;

import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.finding.FileResult;

import java.util.List;

/** Several reporters fed the same run, in the order given: stdout's format and the HTML report, say. */
public final class Reporters implements Reporter {
    private final List<Reporter> reporters;

    private Reporters(List<Reporter> reporters) {
        this.reporters = List.copyOf(reporters);
    }

    public static Reporter of(List<Reporter> reporters) {
        return reporters.size() == 1 ? reporters.get(0) : new Reporters(reporters);
    }

    @Override
    public void begin() {
        reporters.forEach(Reporter::begin);
    }

    @Override
    public void corpus(CorpusProfile profile) {
        reporters.forEach(r -> r.corpus(profile));
    }

    @Override
    public void file(FileResult result) {
        reporters.forEach(r -> r.file(result));
    }

    @Override
    public Prepared prepare(FileResult checked) {
        List<Prepared> prepared = reporters.stream().map(r -> r.prepare(checked)).toList();
        return shown -> prepared.forEach(p -> p.file(shown));
    }

    @Override
    public void end(Summary summary, long elapsedMillis) {
        reporters.forEach(r -> r.end(summary, elapsedMillis));
    }
}
