package dev.mtqa.cli;

import picocli.CommandLine;

/**
 * Reads {@code --report-pages}: a number of pages (0 or more), or {@code all} for no limit
 * ({@link Integer#MAX_VALUE}). Anything else is a usage error that says what is accepted.
 */
final class PageCount implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        String v = value.strip();
        if (v.equalsIgnoreCase("all")) {
            return Integer.MAX_VALUE;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a number of pages (0 or more) or 'all'");
    }
}
