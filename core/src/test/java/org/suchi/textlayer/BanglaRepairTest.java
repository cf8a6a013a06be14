package org.suchi.textlayer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BanglaRepairTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // spurious spaces before a (post-base) sign or around a hasanta: no word starts with one
            "কর্মপরিকল্পন া|কর্মপরিকল্পনা",
            "সংখ ্যা|সংখ্যা",
            "উন্নয়ন ং|উন্নয়নং",
            "ক্ ষমতা|ক্ষমতা",
            // pre-base vowel signs before their consonant cluster at a word start or after another sign
            "িবভাগ|বিভাগ",
            "েসবা|সেবা",
            "ৈদনিক|দৈনিক",
            "িলিখত|লিখিত",
            "েপ্রিরত|প্রেরিত",
            // ে + cluster + া is ো after NFC
            "েকাড|কোড",
            // logical text stays as it is
            "কিক|কিক",
            "বিভাগের সেবা|বিভাগের সেবা",
            "মন্ত্রণালয়|মন্ত্রণালয়",
    })
    void repairsExtractedBangla(String in, String out) {
        assertThat(BanglaRepair.repair(in)).isEqualTo(out);
    }
}
