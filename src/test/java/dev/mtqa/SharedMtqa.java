package dev.mtqa;

/** One fully loaded mtqa for all tests: building LanguageTool takes seconds. */
public final class SharedMtqa {
    private static Mtqa instance;

    private SharedMtqa() {
    }

    public static synchronized Mtqa get() {
        if (instance == null) {
            instance = Mtqa.builder().build();
        }
        return instance;
    }
}
