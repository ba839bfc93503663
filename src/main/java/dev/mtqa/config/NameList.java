package dev.mtqa.config;

import java.util.HashSet;
import java.util.Set;

/**
 * Names to accept as correctly spelled: {@code names.txt} files in the rules folders, one name
 * per line, {@code #} starts a comment. For names a spelling dictionary cannot know (Peskov,
 * Zaporizhzhia) that a small corpus does not repeat often enough to prove.
 */
public final class NameList {
    public static final String FILE = "names.txt";

    private NameList() {
    }

    public static Set<String> load(RuleResources resources) {
        Set<String> names = new HashSet<>();
        for (RuleResources.Resource resource : resources.files(FILE)) {
            for (String line : resource.content().split("\\R")) {
                int hash = line.indexOf('#');
                String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
