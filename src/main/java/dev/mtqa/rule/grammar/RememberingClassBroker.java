package dev.mtqa.rule.grammar;

import org.languagetool.JLanguageTool;
import org.languagetool.broker.ClassBroker;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * LanguageTool's class broker, remembering each answer, a missing class included.
 *
 * <p>LanguageTool asks its broker for {@code org.languagetool.PremiumOn} whenever it removes an
 * overlapping match ({@code CleanOverlappingFilter} calls {@code Premium.get()} each time), and
 * that class is not in the free version: each time the class loader searched the whole class path
 * and threw, half a percent of a full check's time. The class path does not change while mtqa
 * runs, so the first answer stands; a class not found is reported with an exception that
 * carries no stack trace, as the callers only catch it.
 */
final class RememberingClassBroker implements ClassBroker {
    private final ClassBroker asked;
    private final Map<String, Optional<Class<?>>> answers = new ConcurrentHashMap<>();

    RememberingClassBroker(ClassBroker asked) {
        this.asked = asked;
    }

    /** Puts one around LanguageTool's broker, once per process. */
    static synchronized void install() {
        if (!(JLanguageTool.getClassBroker() instanceof RememberingClassBroker)) {
            JLanguageTool.setClassBrokerBroker(new RememberingClassBroker(JLanguageTool.getClassBroker()));
        }
    }

    @Override
    public Class<?> forName(String qualifiedName) throws ClassNotFoundException {
        Optional<Class<?>> known = answers.get(qualifiedName);
        if (known == null) {
            try {
                known = Optional.of(asked.forName(qualifiedName));
            } catch (ClassNotFoundException e) {
                known = Optional.empty();
            }
            answers.put(qualifiedName, known);
        }
        return known.orElseThrow(() -> new Missing(qualifiedName));
    }

    /** A class not found, said without the cost of a stack trace. */
    private static final class Missing extends ClassNotFoundException {
        private static final long serialVersionUID = 1L;

        Missing(String name) {
            super(name);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
