package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BanglaTextTest {

    @Test
    void nfcDecomposesYaWithNukta() {
        // U+09DF (precomposed য়) is a composition exclusion: NFC is য + ়, as in the dev ground truth
        assertThat(BanglaText.nfc("\u09DF")).isEqualTo("\u09AF\u09BC");
        assertThat(BanglaText.nfc("বিষ\u09DF")).isEqualTo(BanglaText.nfc("বিষ\u09AF\u09BC"));
        // ো written as ে + া composes
        assertThat(BanglaText.nfc("\u0995\u09C7\u09BE")).isEqualTo("\u0995\u09CB");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # input, with \\uXXXX, \\t and \\n escapes | expected after normalize
            ই-গভর্ন্যান্স\\u00AD ও উদ্ভাবন           | ই-গভর্ন্যান্স ও উদ্ভাবন
            সেবা\\u200Cসমূহ                          | সেবাসমূহ
            সেবা\\u200Bসমূহ                          | সেবাসমূহ
            \\uFEFFক্রম                              | ক্রম
            কা\\u09F0্যালয়                           | কার্যালয়
            \\u09F1াংলাদেশ                           | বাংলাদেশ
            উৎসব                                     | উৎসব
            উত\\u09CD\\u200Dসব                       | উৎসব
            র\\u200D\\u09CDযাব                       | র\\u200D\\u09CDযাব
            "  সেবা   সহজিকরণ/\\tডিজিটাইজেশনের  "    | সেবা সহজিকরণ/ ডিজিটাইজেশনের
            "ই-গভর্ন্যান্স ও\\nউদ্ভাবন"             | ই-গভর্ন্যান্স ও উদ্ভাবন
            "জুলাই\\u00A0২৩ – ডিসেম্বর ২৩"           | জুলাই ২৩ – ডিসেম্বর ২৩
            """)
    void normalize(String input, String expected) {
        assertThat(BanglaText.normalize(unescape(input))).isEqualTo(BanglaText.nfc(unescape(expected)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            # OCR lines of the dev corpus (Tesseract ben) => expected after cleanOcr
            ভূমি মন্ত্রণালয়ের ২০২৩-২৪ অর্থবছরের প্রেরণ প্রসঙ্গে ।     => ভূমি মন্ত্রণালয়ের ২০২৩-২৪ অর্থবছরের প্রেরণ প্রসঙ্গে।
            বাংলাদেশ সচিবালয়, ঢাকা |                                  => বাংলাদেশ সচিবালয়, ঢাকা।
            তারিখ: ০৫ অক্টোবর ২০২২ খ্রি: |                             => তারিখ: ০৫ অক্টোবর ২০২২ খ্রি:।
            জেলাই ২৪ _ সেপ্টেম্বর ২৪) স্ব-মূল্যায়ন                      => জেলাই ২৪ - সেপ্টেম্বর ২৪) স্ব-মূল্যায়ন
            ( জুলাই ২৩ – ডিসেম্বর ২৩ )                                => (জুলাই ২৩ – ডিসেম্বর ২৩)
            “প্রমাণক” সংযুক্ত                                          => "প্রমাণক" সংযুক্ত
            Head Office | Department                                  => Head Office | Department
            বাংলাদেশ সচিবালয়, ঢাক৷                                    => বাংলাদেশ সচিবালয়, ঢাকা
            ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পুন৷ ২০২৩-২৪            => ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পুনা ২০২৩-২৪
            প্রেরণ করা হলো ৷                                          => প্রেরণ করা হলো।
            """)
    void cleanOcr(String input, String expected) {
        assertThat(BanglaText.cleanOcr(input)).isEqualTo(BanglaText.nfc(expected));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ৩১/০১/২০২৪            | 31/01/2024
            মোবাইল: ০১৮১৪৩৭১৫৫৬। | মোবাইল: 01814371556।
            15.08.23              | 15.08.23
            ১৬/05/২০২4            | 16/05/2024
            ১০০%                  | 100%
            """)
    void toAsciiDigits(String input, String expected) {
        assertThat(BanglaText.toAsciiDigits(input)).isEqualTo(expected);
        assertThat(BanglaText.toAsciiDigits(BanglaText.toBanglaDigits(expected))).isEqualTo(expected);
    }

    @Test
    void digitTables() {
        for (int d = 0; d <= 9; d++) {
            assertThat(BanglaText.digitValue('\u09E6' + d)).isEqualTo(d);
            assertThat(BanglaText.digitValue('0' + d)).isEqualTo(d);
            assertThat(BanglaText.digitValue('\u0966' + d)).isEqualTo(d); // Devanagari, also a decimal digit
        }
        assertThat(BanglaText.digitValue('ক')).isEqualTo(-1);
        assertThat(BanglaText.digitValue('\u09F7')).isEqualTo(-1); // ৷ currency numerator, not a digit
        assertThat(BanglaText.toBanglaDigits("2023-24")).isEqualTo("২০২৩-২৪");
        assertThat(BanglaText.digitsOnly("১৬/০৫/২০২৪")).isEqualTo("16052024");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -       | true
            --      | true
            —       | true
            – –     | true
            −       | true
            ‐       | true
            ___     | true
            -৪      | false
            ''      | false
            """)
    void dashOnly(String input, boolean expected) {
        assertThat(BanglaText.isDashOnly(input == null ? "" : input)).isEqualTo(expected);
    }

    @Test
    void keyFoldsDigitsDashesAndCase() {
        assertThat(BanglaText.key("২০২৩–২৪ N/A")).isEqualTo("2023-24 n/a");
        assertThat(BanglaText.foldDashes("জুলাই ২৩ – ডিসেম্বর ২৩ — ১ − ২")).isEqualTo("জুলাই ২৩ - ডিসেম্বর ২৩ - ১ - ২");
        assertThat(BanglaText.normalize(null)).isNull();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (s.charAt(i) == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'n') {
                b.append('\n');
                i++;
            } else if (s.charAt(i) == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 't') {
                b.append('\t');
                i++;
            } else {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
