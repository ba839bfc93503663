package dev.mtqa.rule.grammar;

import java.lang.reflect.Field;

/**
 * LanguageTool's private fields that mtqa's speed-ups read. A field that an upgrade renamed or
 * removed comes back as null, so that the speed-up reading it reports itself unavailable and
 * LanguageTool runs as it would on its own (and a test fails, so the loss is not silent).
 */
final class PrivateFields {
    private PrivateFields() {
    }

    /** {@code owner}'s declared field {@code name}, made readable; null if there is none. */
    static Field find(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
