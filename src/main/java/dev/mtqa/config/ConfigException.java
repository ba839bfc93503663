package dev.mtqa.config;

/**
 * A configuration file that cannot be used, with where the problem is: the file, its line and
 * column (1-based), and what was expected. The command line reports it as a usage error (exit 2).
 */
public final class ConfigException extends IllegalArgumentException {
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public ConfigException(String file, int line, int column, String problem) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The configuration file as given or found. */
    public String file() {
        return file;
    }

    /** 1-based; 0 when the problem is not at a particular place. */
    public int line() {
        return line;
    }

    /** 1-based; 0 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
