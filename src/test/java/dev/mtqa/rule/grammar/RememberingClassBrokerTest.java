package dev.mtqa.rule.grammar;

import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Premium;
import org.languagetool.broker.ClassBroker;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each class name is asked of LanguageTool's broker once; the answers, found or not, stay the same. */
class RememberingClassBrokerTest {
    private final List<String> asked = new ArrayList<>();
    private final ClassBroker counting = name -> {
        asked.add(name);
        return Class.forName(name);
    };

    @Test
    void aClassFoundIsAskedForOnce() throws Exception {
        RememberingClassBroker broker = new RememberingClassBroker(counting);
        assertThat(broker.forName("java.lang.String")).isSameAs(String.class);
        assertThat(broker.forName("java.lang.String")).isSameAs(String.class);
        assertThat(asked).containsExactly("java.lang.String");
    }

    @Test
    void aMissingClassIsMissingEachTimeAndAskedForOnce() {
        RememberingClassBroker broker = new RememberingClassBroker(counting);
        for (int k = 0; k < 3; k++) {
            assertThatThrownBy(() -> broker.forName("org.languagetool.PremiumOn"))
                    .isInstanceOf(ClassNotFoundException.class).hasMessage("org.languagetool.PremiumOn");
        }
        assertThat(asked).containsExactly("org.languagetool.PremiumOn");
    }

    @Test
    void installedAroundLanguageToolsBrokerItStillFindsTheFreeVersion() {
        RememberingClassBroker.install();
        RememberingClassBroker.install();
        assertThat(JLanguageTool.getClassBroker()).isInstanceOf(RememberingClassBroker.class);
        assertThat(Premium.isPremiumVersion()).isFalse();
        assertThat(Premium.get().getClass().getSimpleName()).isEqualTo("PremiumOff");
    }
}
