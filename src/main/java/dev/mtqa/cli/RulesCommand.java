package dev.mtqa.cli;

import dev.mtqa.Mtqa;
import dev.mtqa.report.RuleDocs;
import dev.mtqa.rule.RuleMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mtqa rules}: the rules with their metadata, generated from the rules themselves. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules: id, category, default severity and what each finds.")
final class RulesCommand implements Callable<Integer> {

    enum Format { TEXT, MARKDOWN, JSON }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, markdown or json (default: text).")
    Format format = Format.TEXT;

    private final MtqaCommand.Streams streams;

    RulesCommand(MtqaCommand.Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        List<RuleMetadata> rules = Mtqa.builder().build().ruleMetadata();
        PrintWriter out = streams.outWriter();
        switch (format) {
            case TEXT -> RuleDocs.text(rules, out);
            case MARKDOWN -> {
                out.print(RuleDocs.markdown(rules));
                out.flush();
            }
            case JSON -> RuleDocs.json(rules, streams.out());
        }
        return ExitCodes.OK;
    }
}
