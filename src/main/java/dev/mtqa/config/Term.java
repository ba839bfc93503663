package dev.mtqa.config;

import java.util.List;

/**
 * One house-style entry: the spelling to use, the spellings to replace with it, and phrases in
 * which a replaced spelling is right after all ("Chicken Kiev").
 *
 * @param origin where the entry was defined, for messages ("built-in rules/house-style.csv:12")
 */
public record Term(String preferred, List<String> variants, List<String> exceptions, String source, String origin) {
    public Term {
        if (preferred == null || preferred.isBlank()) {
            throw new IllegalArgumentException("a house-style entry needs a preferred spelling (" + origin + ")");
        }
        variants = List.copyOf(variants);
        exceptions = List.copyOf(exceptions);
    }
}
