package dev.mtqa.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import java.util.Arrays;
import java.util.List;

/** A unified diff between two versions of a text, as {@code diff -u} and code review tools show it. */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff of {@code before} and {@code after} under the names a/{@code path} and b/{@code path}; empty if equal. */
    public static String of(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, a, patch, CONTEXT);
        StringBuilder sb = new StringBuilder();
        for (String line : diff) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    /** Lines without their \n; a \r stays, so a changed line ending shows as a change. */
    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }
}
