package org.suchi.normalise.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BijoyTest {
    private static final Bijoy BIJOY = Bijoy.load();

    /** SutonnyMJ text as the Bangladesh Gazette of 16 June 2025 gives it (pdftotext), and what it prints. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "†iwR÷vW© bs wW G-1|রেজিস্টার্ড নং ডি এ-১",
            "evsjv‡`k †M‡RU|বাংলাদেশ গেজেট",
            "AwZwi³ msL¨v|অতিরিক্ত সংখ্যা",
            "KZ…©c¶ KZ…©K cÖKvwkZ|কর্তৃপক্ষ কর্তৃক প্রকাশিত",
            "†mvgevi, Ryb 16, 2025|সোমবার, জুন ১৬, ২০২৫",
            "g~j¨ : 24.00|মূল্য : ২৪.০০",
            // more reordering: pre-base signs before conjuncts, reph over a cluster with a sign, ো ৌ
            "wbe©vPb|নির্বাচন",
            "cÖwZ‡e`b|প্রতিবেদন",
            "Avš—R©vwZK|আন্তর্জাতিক",
            "†hvMv‡hvM|যোগাযোগ",
            "†MŠi|গৌর",
            "¯§viK|স্মারক",
    })
    void convertsLegacyTextToUnicode(String legacy, String unicode) {
        assertThat(BIJOY.toUnicode(legacy)).isEqualTo(unicode);
    }

    @Test
    void recognisesLegacyFontNames() {
        assertThat(Bijoy.isLegacyFont("SutonnyMJ")).isTrue();
        assertThat(Bijoy.isLegacyFont("SutonnyMJ,Bold")).isTrue();
        assertThat(Bijoy.isLegacyFont("SutonnyOMJ")).isTrue();
        assertThat(Bijoy.isLegacyFont("Nikosh")).isFalse();
        assertThat(Bijoy.isLegacyFont("NotoSerifBengali-Regular")).isFalse();
        assertThat(Bijoy.isLegacyFont("TimesNewRoman")).isFalse();
    }
}
