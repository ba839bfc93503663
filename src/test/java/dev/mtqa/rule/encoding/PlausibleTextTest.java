package dev.mtqa.rule.encoding;

import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlausibleTextTest {
    /** The stored exemplar letters are what ICU's CLDR data says; rerun this after upgrading ICU. */
    @Test
    void storedExemplarLettersMatchIcu() {
        UnicodeSet all = new UnicodeSet();
        for (ULocale locale : ULocale.getAvailableLocales()) {
            if (locale.getCountry().isEmpty() && locale.getVariant().isEmpty()) {
                all.addAll(LocaleData.getExemplarSet(locale, UnicodeSet.CASE_INSENSITIVE, LocaleData.ES_STANDARD));
            }
        }
        UnicodeSet letters = all.retainAll(new UnicodeSet(0x80, 0x7FF)).retainAll(new UnicodeSet("[:L:]"));
        UnicodeSet stored = new UnicodeSet(PlausibleText.EXEMPLAR_LETTERS_PATTERN);
        assertThat(stored.toPattern(false)).as("stored exemplar letters; ICU now says %s", letters.toPattern(true))
                .isEqualTo(letters.toPattern(false));
    }

    @Test
    void lettersOfLanguagesArePlausibleAndPhoneticSignsAreNot() {
        assertThat("\u00e9\u0159\u0142\u0219\u01a1\u05d4\u0631\u0436\u03b1\u4e2d\ud55c\u30fc".codePoints()
                .allMatch(PlausibleText::isPlausibleLetter)).isTrue();
        assertThat("\u0261\u0252\u027f\u026e\u0285\u1d34\u02b2".codePoints()
                .noneMatch(PlausibleText::isPlausibleLetter)).isTrue();
    }
}
