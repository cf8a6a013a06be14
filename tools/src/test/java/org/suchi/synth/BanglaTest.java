package org.suchi.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BanglaTest {
    @Test
    void digitsBothWays() {
        assertThat(Bangla.digits("2024-05-16")).isEqualTo("২০২৪-০৫-১৬");
        assertThat(Bangla.ascii("৩২.০২.০০০০-৮৪০")).isEqualTo("32.02.0000-840");
        assertThat(Bangla.digits(1431)).isEqualTo("১৪৩১");
    }

    @Test
    void dateStyles() {
        LocalDate d = LocalDate.of(2024, 5, 6);
        assertThat(Bangla.DateStyle.SLASH.format(d)).isEqualTo("০৬/০৫/২০২৪");
        assertThat(Bangla.DateStyle.DASH.format(d)).isEqualTo("০৬-০৫-২০২৪");
        assertThat(Bangla.DateStyle.SLASH_SHORT.format(d)).isEqualTo("০৬/০৫/২৪");
        assertThat(Bangla.DateStyle.DASH_SHORT_NOPAD.format(d)).isEqualTo("৬-৫-২৪");
        assertThat(Bangla.DateStyle.DOT.format(d)).isEqualTo("০৬.০৫.২০২৪");
        assertThat(Bangla.words(LocalDate.of(2022, 4, 6), true, true)).isEqualTo("০৬ এপ্রিল, ২০২২");
    }

    @Test
    void revisedBanglaCalendar() {
        assertThat(Bangla.toBangla(LocalDate.of(2024, 4, 14)).text()).isEqualTo("১ বৈশাখ ১৪৩১");
        assertThat(Bangla.toBangla(LocalDate.of(2023, 12, 16)).text()).isEqualTo("১ পৌষ ১৪৩০");
        assertThat(Bangla.toBangla(LocalDate.of(2024, 2, 21)).text()).isEqualTo("৮ ফাল্গুন ১৪৩০");
        assertThat(Bangla.toBangla(LocalDate.of(2024, 3, 26)).text()).isEqualTo("১২ চৈত্র ১৪৩০");
        assertThat(Bangla.toBangla(LocalDate.of(2024, 4, 13)).text()).isEqualTo("৩০ চৈত্র ১৪৩০");
        assertThat(Bangla.toBangla(LocalDate.of(2025, 4, 13)).text()).isEqualTo("৩০ চৈত্র ১৪৩১");
    }

    @Test
    void genitiveOfOfficeNames() {
        assertThat(Bangla.genitive("কৃষি মন্ত্রণালয়")).isEqualTo("কৃষি মন্ত্রণালয়ের");
        assertThat(Bangla.genitive("জাতীয় মহিলা সংস্থা")).isEqualTo("জাতীয় মহিলা সংস্থার");
        assertThat(Bangla.genitive("তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ")).isEqualTo("তথ্য ও যোগাযোগ প্রযুক্তি বিভাগের");
        assertThat(Bangla.genitive("বাংলাদেশ পরিসংখ্যান ব্যুরো")).isEqualTo("বাংলাদেশ পরিসংখ্যান ব্যুরোর");
        assertThat(Bangla.genitive("জেলা সমাজসেবা কার্যালয়, রাজশাহী")).isEqualTo("জেলা সমাজসেবা কার্যালয়, রাজশাহী-এর");
    }
}
