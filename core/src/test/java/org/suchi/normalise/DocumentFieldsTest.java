package org.suchi.normalise;

import org.suchi.assemble.TextDocumentFieldReader;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Warning;

class DocumentFieldsTest {

    // ---------------------------------------------------------------------------------------------------
    // cover letters: seeds-strings/letters/*.txt, expectations in "# expect key=value" header lines

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed-001.txt", "seed-004.txt", "dev-006-ocr.txt", "dev-007-ocr.txt", "dev-008-ocr.txt",
            "dev-009-ocr.txt", "dev-011-ocr.txt", "dev-012-ocr.txt", "dev-017-ocr.txt", "dev-018-ocr.txt",
            "dev-019-ocr.txt", "dev-020-ocr.txt", "dev-021-ocr.txt", "dev-024-ocr.txt"})
    void coverLetters(String file) {
        List<String> all = Tsv.lines("letters/" + file);
        Map<String, String> expect = new LinkedHashMap<>();
        for (String l : all) {
            if (l.startsWith("# expect ")) {
                String kv = l.substring("# expect ".length());
                expect.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        List<String> letter = all.stream().filter(l -> !l.startsWith("#")).toList();
        TextDocumentFieldReader.Result r = TextDocumentFieldReader.fromText(letter, List.of());
        DocumentInfo d = r.info();
        assertThat(d.memoNumber()).as("memo_number").isEqualTo(nul(expect.get("memo_number")));
        assertThat(d.memoDate()).as("memo_date").isEqualTo(nul(expect.get("memo_date")));
        assertThat(d.fiscalYear()).as("fiscal_year").isEqualTo(nul(expect.get("fiscal_year")));
        assertThat(d.period()).as("period").isEqualTo(nul(expect.get("period")));
        assertThat(d.office()).as("office").isEqualTo(nfc(nul(expect.get("office"))));
        assertThat(d.ministry()).as("ministry").isEqualTo(nfc(nul(expect.get("ministry"))));
        List<String> warned = r.warnings().stream().map(Warning::field).toList();
        String w = expect.get("warning");
        if (w == null) assertThat(warned).as("warnings").isEmpty();
        else assertThat(warned).as("warnings").containsExactly(w);
    }

    private static String nul(String s) {
        return s == null || s.equals("null") ? null : s;
    }

    private static String nfc(String s) {
        return BanglaText.nfc(s);
    }

    // ---------------------------------------------------------------------------------------------------
    // title blocks: seeds-strings/titles.tsv

    static Stream<Arguments> titles() {
        return Tsv.args("titles.tsv");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("titles")
    void titleBlocks(String source, String lines, String office, String fy, String period, String ministry) {
        List<String> title = Arrays.asList(lines.split("\n"));
        Parsed<String> o = Offices.officeFromTitle(title);
        if (office.equals("FAIL")) {
            assertThat(o.value()).as(o.toString()).isNull();
            assertThat(o.problem()).isNotNull();
        } else {
            assertThat(o.value()).as(o.toString()).isEqualTo(office.isEmpty() ? null : nfc(office));
        }
        TextDocumentFieldReader.Result r = TextDocumentFieldReader.fromText(List.of(), title);
        assertThat(r.info().fiscalYear()).as("fiscal year").isEqualTo(fy.isEmpty() ? null : fy);
        assertThat(r.info().period()).as("period").isEqualTo(period.isEmpty() ? null : period);
        assertThat(r.info().ministry()).as("ministry").isEqualTo(ministry.isEmpty() ? null : nfc(ministry));
        assertThat(r.info().title()).isEqualTo(String.join(" ", title.stream().map(BanglaText::cleanOcr).toList()));
    }

    // ---------------------------------------------------------------------------------------------------
    // single fields

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text | expected label, EMPTY, or FAIL
            ২০২৩-২৪                                  | 2023-24
            ২০২৩-২০২৪                                | 2023-24
            ২০২৩-২০২৪ অর্থ-বছর                       | 2023-24
            লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগের ২০২১-২০২২ অর্থ বছরের | 2021-22
            লক্ষ্যমাত্রা ২০২৩-২০২৪                   | 2023-24
            2024-2025                                | 2024-25
            2024-25                                  | 2024-25
            ২০২৩ - ২৪                                | 2023-24
            ২০২৩–২৪                                  | 2023-24
            ২০২৩/২৪                                  | 2023-24
            ২০২৩-২৫                                  | FAIL
            ২০২৩-২০২৩                                | FAIL
            তারিখ: ০৬-০৭-২০২২                         | EMPTY
            স্মারক নম্বর: ৪৪.০৪.০০০০.০৫৯.৭০.২৮২.২২-৮৯৯ | EMPTY
            (জুলাই ২৩ – ডিসেম্বর ২৩)                 | EMPTY
            """)
    void fiscalYears(String text, String expected) {
        Parsed<FiscalYear> p = FiscalYears.fiscalYear(text);
        switch (expected) {
            case "EMPTY" -> assertThat(p.isEmpty()).as(p.toString()).isTrue();
            case "FAIL" -> assertThat(p.problem()).as(p.toString()).isNotNull();
            default -> {
                assertThat(p.ok()).as(p.toString()).isTrue();
                assertThat(p.value().label()).isEqualTo(expected);
            }
        }
    }

    @Test
    void severalFiscalYearsAreDoubtful() {
        Parsed<FiscalYear> p = FiscalYears.fiscalYear(List.of("কর্মপরিকল্পনা ২০২৩-২৪", "লক্ষ্যমাত্রা ২০২৩-২০২৪", "২০২২-২৩ এর"));
        assertThat(p.value()).isEqualTo(new FiscalYear(2023));
        assertThat(p.problem()).contains("several");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text (seed titles, letter subjects and synthetic variants) | period, EMPTY, FAIL, or P? (with a problem)
            পররাষ্ট্র মন্ত্রণালয় - ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪ এর অর্ধ-বার্ষিক প্রতিবেদন (জুলাই ২৩ – ডিসেম্বর ২৩) | H1
            ২০২১-২০২২ অর্থ বছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা সংক্রান্ত ৩য় ত্রৈমাসিক প্রতিবেদন প্রেরণ প্রসঙ্গে। | Q3
            ই-গভর্ন্যান্স ও উদ্ভাবন কর্মসম্পাদন ২০২৩-২৪ অর্থ-বছরের (জুলাই-সেপ্টেম্বর) ১ম ত্রৈমাসিক প্রতিবেদন | Q1
            ২য় ত্রৈমাসিক অগ্রগতি (অক্টোবর-ডিসেম্বর, ২০২৩)  | Q2
            ২য় ত্রৈমাসিক (অক্টোবর হতে ডিসেম্বর/২০২৩) অগ্রগতি প্রতিবেদন | Q2
            চতুর্থ ত্রৈমাসিক প্রতিবেদন                    | Q4
            দ্বিতীয় কোয়ার্টার                            | Q2
            ৪র্থ কোয়ার্টার                                | Q4
            তৃতীয় ত্রৈমাসিক                               | Q3
            প্রথম ত্রৈমাসিক                                | Q1
            (জানুয়ারি-মার্চ, ২০২৫)                        | Q3
            (এপ্রিল - জুন ২০২৪)                            | Q4
            (জুলাই হতে সেপ্টেম্বর, ২০২৩)                   | Q1
            (জুলাই-ডিসেম্বর, ২০২৩)                          | H1
            অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন             | H1
            অর্ধ- বার্ষিক (জুলাই-ডিসেম্বর, ২০২৩)            | H1
            ষাণ্মাসিক প্রতিবেদন                            | H1
            বার্ষিক স্ব-মূল্যায়ন প্রতিবেদন                 | annual
            ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪ এর বার্ষিক প্রতিবেদন (জুলাই ২৩ – জুন ২৪) | annual
            ৩য় ত্রৈমাসিক (অক্টোবর-ডিসেম্বর, ২০২৩)          | Q3?
            গাজীপুর-এর ই-গভর্ন্যান্স ও উদ্ভাবন বিষয়ে €র্থ ব্রেমাসিক স্ব-মূল্যায়ন প্রতিবেদন | Q4
            ম ত্রৈমাসিক প্রতিবেদন                          | Q1
            য় ত্রৈমাসিক প্রতিবেদন                         | EMPTY
            €র্থ ত্রৈমাসিক (অক্টোবর-ডিসেম্বর, ২০২৩)         | Q4?
            (জানুয়ারি-জুন, ২০২৪)                           | FAIL
            ত্রৈমাসিক ভিত্তিতে মূল্যায়ন অর্জন              | EMPTY
            উপজেলা পর্যায়ের অফিসের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪ | EMPTY
            """)
    void periods(String text, String expected) {
        Parsed<String> p = Periods.period(text);
        Expect.parsed(p, expected, e -> {
            boolean doubtful = e.endsWith("?");
            assertThat(p.value()).as(p.toString()).isEqualTo(e.replace("?", ""));
            assertThat(p.ok()).as(p.toString()).isEqualTo(!doubtful);
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # memo line (seeds, dev OCR, synthetic OCR noise) | normal form | standard 2.2.4.3.2.3.2 pattern
            স্মারক নম্বর: ৫৫.০০.০০০০.১১৮.৩৬.০১১.১৮-২৯                   | 55.00.0000.118.36.011.18-29  | true
            স্মারক নং-৩২.০২.০০০০.০০৬.১৬.০১৮.১৯. (অংশ-৩) - ৮৪০          | 32.02.0000.006.16.018.19-840 | true
            নং- ১১.০১.০০০০,৩২১.২৬-৫৪১.১৫-১৩৮৩ তারিখ: ১৯/১০/২০২৩ খ্রি.   | 11.01.0000.321.26.541.15-1383 | true
            স্মারক নং: ২৩.০০.৪১০০,.৭১০.৪৪.৬২৮.২২-১৮৩৩ তারিখ: ০৪-০৭-২০২২ | 23.00.4100.710.44.628.22-1833 | true
            স্মারক নং: ৩৭.০০.৮৮০০.৫৮৩.৫৬-২১৪-২৩-১৯৩৩                 | 37.00.8800.583.56.214.23-1933 | true
            স্মারক নম্বর: ২৭.০০.৪১০০,৯৭১,৪৮-.৮১২.২৩-৭১                | 27.00.4100.971.48.812.23-71   | true
            নং- ৩৯.০১.২৬০০.১৪৫.৫৬.৯৬৯.২২ তারিখ: ১৭-০৭-২০২৪ খ্রি.       | 39.01.2600.145.56.969.22      | true
            স্মারক নং: ৩২ . ০২ . ০০০০ . ০০৬ . ১৬ . ০১৮ . ১৯ - ৮৪০       | 32.02.0000.006.16.018.19-840  | true
            স্মারক নং: ৩২।০২।oooo।০০৬।১৬।০১৮।১৯-৮৪০                     | 32.02.0000.006.16.018.19-840  | true
            স্মারক নং: ৩২.০২.OOOO.০০৬.১৬.০১৮.১৯-৮৪০                     | 32.02.0000.006.16.018.19-840  | true
            স্মারক নং: 32.02.0000.006.16.018.19-840                     | 32.02.0000.006.16.018.19-840  | true
            স্মারক নং: ০৫.১৭৯.০০০.০০.০০.০০১.২০১৪-৫৬                    | 05.179.000.00.00.001.2014-56  | false
            """)
    void memoNumbers(String line, String expected, boolean standard) {
        Parsed<Memos.MemoParts> p = Memos.memoParts(line);
        assertThat(p.value().normal()).isEqualTo(expected);
        assertThat(p.value().standard()).isEqualTo(standard);
        assertThat(p.ok()).as(p.toString()).isEqualTo(standard);
        assertThat(Memos.memoNumber(line).value()).isEqualTo(expected);
    }

    @Test
    void memoPartIsKeptApart() {
        Memos.MemoParts p = Memos.memoParts("স্মারক নং-৩২.০২.০০০০.০০৬.১৬.০১৮.১৯. (অংশ-৩) - ৮৪০").value();
        assertThat(p.code()).isEqualTo("32.02.0000.006.16.018.19");
        assertThat(p.part()).isEqualTo("3");
        assertThat(p.serial()).isEqualTo("840");
    }

    @Test
    void referenceLinesAreNotTheLettersOwnMemo() {
        // the সূত্র line quotes another memo and date, and wraps its স্মারক onto the next line
        List<String> letter = List.of(
                "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার",
                "সমাজকল্যাণ মন্ত্রণালয়",
                "কর্মসম্পাদন ব্যবস্থাপনা শাখা",
                "সূত্র: মন্ত্রিপরিষদ বিভাগের",
                "স্মারক নম্বর ০৪.০০.০০০০.৪৪৯.০১.৩০৪.২৩-১১৮, তারিখ: ২৬ মে ২০২৩।",
                "নং- ৩৯.০০.০০০০.৬১৮.০৬.০৫১.২০-৮১ তারিখ: ২০/০১/২০২৪ খ্রি.",
                "বিষয়: সমাজকল্যাণ মন্ত্রণালয়ের ২০২৩-২০২৪ অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার ২য়");
        assertThat(Memos.memoNumber(letter).value()).isEqualTo("39.00.0000.618.06.051.20-81");
        assertThat(Memos.memoDate(letter).value()).isEqualTo(LocalDate.of(2024, 1, 20));
    }

    @Test
    void sutraOnItsOwnLineAfterTheSubject() {
        List<String> letter = List.of(
                "স্মারক নম্বর: ০২.০০.০০০০.২৪৪.৪০.৪২০.১৭-২৩৩৬",
                "বিষয়: তথ্য ও যোগাযোগ প্রযুক্তি বিভাগের ২০২৩-২০২৪ অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনার",
                "সূত্র: মন্ত্রিপরিষদ বিভাগের স্মারক নম্বর ০৪.০০.০০০০.৬৬৮.৮৬.১৪৪.২৩-১৫৪, তারিখ: ১১ মে ২০২৩।",
                "তারিখ: ১১ মে ২০২৩");
        assertThat(Memos.memoNumber(letter).value()).isEqualTo("02.00.0000.244.40.420.17-2336");
        // no তারিখ near the memo line except the সূত্র one and one after the subject: nothing is taken from them
        assertThat(Memos.memoDate(letter).value()).isNull();
    }

    @ParameterizedTest(name = "[{index}]")
    @CsvSource(delimiter = '|', textBlock = """
            # date lines after a memo line, "\\n" between lines | expected ISO or FAIL, ? = with a problem
            তারিখ: ১৯ জ্যৈষ্ঠ ১৪৩২ বঙ্গাব্দ/ ০২ জুন ২০২৫ খ্রিষ্টাব্দ           | 2025-06-02
            তারিখ: ১৯ জ্যৈষ্ঠ ১৪৩২ বঙ্গাব্দ\\n০২ জুন ২০২৫ খ্রিষ্টাব্দ           | 2025-06-02
            তারিখ: ১৯ জ্যৈষ্ঠ ১৪৩২ বঙ্গাব্দ\\n০৩ জুন ২০২৫ খ্রিষ্টাব্দ           | 2025-06-03?
            তারিখ: ১৯ জ্যৈষ্ঠ ১৪৩২ বঙ্গাব্দ\\nবিষয়: ২০২৪-২৫ এর ৩য় ত্রৈমাসিক | 2025-06-02
            তারিখ: ৩১/৪/২০২২                                                 | FAIL
            """)
    void memoDatesAfterTheMemoLine(String lines, String expected) {
        List<String> letter = new java.util.ArrayList<>();
        letter.add("স্মারক নম্বর: ৫৬.০০.০০০০.০৪৮.৩১.০০১.২৫-৭৭");
        letter.addAll(Arrays.asList(lines.split("\\\\n")));
        Parsed<LocalDate> p = Memos.memoDate(letter);
        if (expected.equals("FAIL")) {
            assertThat(p.value()).as(p.toString()).isNull();
            assertThat(p.problem()).isNotNull();
        } else {
            assertThat(p.value()).as(p.toString()).isEqualTo(LocalDate.parse(expected.replace("?", "")));
            assertThat(p.ok()).as(p.toString()).isEqualTo(!expected.endsWith("?"));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # name with genitive | as printed
            সমাজকল্যাণ মন্ত্রণালয়ের          | সমাজকল্যাণ মন্ত্রণালয়
            তথ্য ও যোগাযোগ প্রযুক্তি বিভাগের  | তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ
            কৃষি সম্প্রসারণ অধিদপ্তরের        | কৃষি সম্প্রসারণ অধিদপ্তর
            জেলা সমাজসেবা কার্যালয়, রাজশাহী-এর | জেলা সমাজসেবা কার্যালয়, রাজশাহী
            জেলা প্রশাসকের কার্যালয়, গাজীপুর-এর | জেলা প্রশাসকের কার্যালয়, গাজীপুর
            জেলা প্রশাসকের কার্যালয়, গাজীপুর এর | জেলা প্রশাসকের কার্যালয়, গাজীপুর
            লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগের এর | লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ
            জাতীয় মহিলা সংস্থার              | জাতীয় মহিলা সংস্থা
            জেলা প্রশাসকের কার্যালয়, গাজীপুর   | জেলা প্রশাসকের কার্যালয়, গাজীপুর
            দুর্যোগ ব্যবস্থাপনা অধিদপ্তর        | দুর্যোগ ব্যবস্থাপনা অধিদপ্তর
            """)
    void genitive(String name, String expected) {
        assertThat(Offices.stripGenitive(name)).isEqualTo(BanglaText.nfc(expected));
    }

    @Test
    void letterheadSkipsSectionsAddressesAndWebLines() {
        List<String> lines = List.of(
                "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার",
                "মন্ত্রিপরিষদ বিভাগ",
                "জেলা প্রশাসকের কার্যালয়, গাজীপুর",
                "পরিকল্পনা ও উন্নয়ন শাখা",
                "গাজীপুর",
                "www.gazipur.gov.bd",
                "স্মারক নং- ২৩.০৪.০০০০.৩৭৩.৩০.৫২১.২২-১৪৬৬ তারিখ: ০৭ জু লাই ২০২৪ খ্রিঃ");
        Offices.Letterhead lh = Offices.letterhead(lines);
        assertThat(lh.ministry()).isEqualTo(BanglaText.nfc("মন্ত্রিপরিষদ বিভাগ"));
        assertThat(lh.office()).isEqualTo(BanglaText.nfc("জেলা প্রশাসকের কার্যালয়, গাজীপুর"));
        assertThat(Memos.memoDate(lines).value()).isEqualTo(LocalDate.of(2024, 7, 7));
        assertThat(Offices.letterhead(List.of("স্মারক নং- ২৩")).office()).isNull();
    }

    @Test
    void aMemoNumberPrintedAgainWithAnotherSerialIsADoubt() {
        List<String> letter = List.of(
                "স্মারক নম্বর: ৪৪.০৪.০০০০.০৫৯.৭০.২৮২.২২-৮১৯৯ তারিখ: ০৬-০৭-২০২২",
                "বিষয়: দুর্যোগ ব্যবস্থাপনা অধিদপ্তরের ২০২১-২০২২ অর্থবছরের ই-গভর্ন্যান্স",
                "সূত্র: স্মারক নম্বর ৪৪.০৪.০০০০.০৫৯.৭০.২৮২.২২-১১১ তারিখ: ০১-০৬-২০২২",
                "রক নম্বর: ৪৪.০৪.০০০০.০৫৯.৭০.২৮২.২২-৮৯৯ তারিখ: ০৬-০৭-২০২২");
        String memo = Memos.memoNumber(letter).value();
        assertThat(memo).isEqualTo("44.04.0000.059.70.282.22-8199");
        assertThat(Memos.memoRepeatDoubt(letter, memo)).hasValueSatisfying(d -> assertThat(d).contains("8199", "899"));
        // the same serial printed again, or a সূত্র line's other serial, is no doubt
        assertThat(Memos.memoRepeatDoubt(letter.subList(0, 3), memo)).isEmpty();
        assertThat(Memos.memoRepeatDoubt(List.of(letter.get(0), letter.get(0)), memo)).isEmpty();
    }

    @Test
    void aMinistryForwardingAnotherOfficesReportGivesThatOffice() {
        List<String> letter = List.of(
                "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "মন্ত্রিপরিষদ বিভাগ", "পরিকল্পনা ও উন্নয়ন শাখা", "গাজীপুর",
                "স্মারক নং- ২৩.০৪.০০০০.৩৭৩.৩০.৫২১.২২-১৪৬৬ তারিখ: ০৭ জুলাই ২০২৪ খ্রিঃ",
                "বিষয়: জেলা প্রশাসকের কার্যালয়, গাজীপুর-এর ২০২৩-২০২৪ অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন");
        DocumentInfo d = TextDocumentFieldReader.fromText(letter, List.of()).info();
        assertThat(d.office()).isEqualTo(BanglaText.nfc("জেলা প্রশাসকের কার্যালয়, গাজীপুর"));
        assertThat(d.ministry()).isEqualTo(BanglaText.nfc("মন্ত্রিপরিষদ বিভাগ"));
        // the ministry's own report: its letterhead and its subject agree
        List<String> own = List.of("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "মন্ত্রিপরিষদ বিভাগ", "আইসিটি শাখা",
                "বিষয়: মন্ত্রিপরিষদ বিভাগের ২০২৩-২০২৪ অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন");
        assertThat(TextDocumentFieldReader.fromText(own, List.of()).info().office()).isEqualTo(BanglaText.nfc("মন্ত্রিপরিষদ বিভাগ"));
    }

    @Test
    void titleOfficeWinsOverLetterhead() {
        List<String> letter = List.of("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "কৃষি মন্ত্রণালয়", "আইসিটি শাখা");
        List<String> title = List.of("কৃষি সম্প্রসারণ অধিদপ্তরের ই-গভর্ন্যান্স ও উদ্ভাবন বিষয়ে অর্ধবার্ষিক স্ব-মূল্যায়ন প্রতিবেদন");
        DocumentInfo d = TextDocumentFieldReader.fromText(letter, title).info();
        assertThat(d.office()).isEqualTo(BanglaText.nfc("কৃষি সম্প্রসারণ অধিদপ্তর"));
        assertThat(d.ministry()).isEqualTo(BanglaText.nfc("কৃষি মন্ত্রণালয়"));
        DocumentInfo onlyLetter = TextDocumentFieldReader.fromText(letter, List.of("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪ অর্থ-বছরের (জুলাই ২৩ – সেপ্টেম্বর ২৩) প্রথম ত্রৈমাসিক প্রতিবেদন")).info();
        assertThat(onlyLetter.office()).isEqualTo(BanglaText.nfc("কৃষি মন্ত্রণালয়"));
        assertThat(onlyLetter.period()).isEqualTo("Q1");
    }

    @Test
    void letterLinesMistakenForATitleNameNoOffice() {
        // lines of the dev-004 letter (text layer) that a bad title split could hand over
        List<String> title = List.of("মন্ত্রিপরিষদ বিভাগ", "বাংলাদেশ সচিবালয়, ঢাকা।",
                "দৃষ্টি আকর্ষণ: উপসচিব, ই-গভর্ন্যান্স-২ অধিশাখা, মন্ত্রিপরিষদ বিভাগ।");
        Parsed<String> o = Offices.officeFromTitle(title);
        assertThat(o.value()).isNull();
        List<String> letter = List.of("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "সমাজকল্যাণ মন্ত্রণালয়", "কর্মসম্পাদন ব্যবস্থাপনা শাখা");
        assertThat(Offices.office(title, letter).value()).isEqualTo(BanglaText.nfc("সমাজকল্যাণ মন্ত্রণালয়"));
    }

    @Test
    void noLetterNoTitle() {
        TextDocumentFieldReader.Result r = TextDocumentFieldReader.fromText(null, List.of());
        assertThat(r.info().memoNumber()).isNull();
        assertThat(r.info().memoDate()).isNull();
        assertThat(r.info().title()).isNull();
        assertThat(r.warnings()).extracting(Warning::field).containsExactly("office");
    }
}
