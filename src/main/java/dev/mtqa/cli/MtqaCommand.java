package dev.mtqa.cli;

import dev.mtqa.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code mtqa} command: parses arguments and dispatches to a subcommand. */
@Command(name = "mtqa",
        mixinStandardHelpOptions = true,
        versionProvider = MtqaCommand.VersionProvider.class,
        description = "Checks machine-translated and scraped English news text, explains each finding and proposes fixes.",
        subcommands = {CheckCommand.class, FixCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no finding at or above --fail-on",
                "1:findings at or above --fail-on",
                "2:usage or configuration error",
                "3:an input could not be read at all"})
public final class MtqaCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Streams the commands read and write; tests run the command in-process with their own. */
    record Streams(InputStream in, PrintStream out, PrintStream err) {
        PrintWriter outWriter() {
            return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        }

        PrintWriter errWriter() {
            return new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        }
    }

    private final Streams streams;

    MtqaCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'mtqa check PATH...'");
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.in, System.out, System.err));
    }

    /** Runs mtqa with these arguments and streams, and returns the exit code. */
    public static int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Streams streams = new Streams(in, out, err);
        CommandLine cli = new CommandLine(new MtqaCommand(streams), new Factory(streams));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(streams.outWriter());
        cli.setErr(streams.errWriter());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigurationException || e instanceof dev.mtqa.config.ConfigException) {
                commandLine.getErr().println("mtqa: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** Gives subcommands the streams they must use instead of System.in/out/err. */
    private record Factory(Streams streams) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(streams));
            }
            if (type == FixCommand.class) {
                return type.cast(new FixCommand(streams));
            }
            if (type == RulesCommand.class) {
                return type.cast(new RulesCommand(streams));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mtqa " + Version.get()};
        }
    }
}
