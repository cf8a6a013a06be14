package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.suchi.model.Row;
import org.suchi.normalise.FiscalYear;
import org.suchi.normalise.Numbers;
import org.suchi.normalise.Parsed;
import org.suchi.reading.Reread;

class ReadingChoiceTest {

    /** "T:text@confidence" (Tesseract) or "G:text@confidence" (glyph reader) readings, separated by " | ". */
    static List<Reread> rereads(String spec) {
        List<Reread> out = new ArrayList<>();
        if (spec.isEmpty()) return out;
        for (String part : spec.split(" \\| ")) {
            int at = part.lastIndexOf('@');
            String how = (part.startsWith("T:") ? "Tesseract" : "glyphs") + " r" + out.size();
            out.add(new Reread(part.substring(2, at), Double.parseDouble(part.substring(at + 1)), how));
        }
        return out;
    }

    private static final FiscalYear FY = new FiscalYear(2024);

    private static Parsed<?> parse(String unit, String s) {
        return switch (unit) {
            case Row.UNIT_PERCENT -> Numbers.parsePercent(s);
            case Row.UNIT_DATE -> org.suchi.normalise.Dates.parseCell(s, FY).map(Object::toString);
            default -> Numbers.parseCount(s);
        };
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // unit, first, its confidence, second readings, expected value ("null" = none), changed
                // a low-confidence glyph reading outvoted by Tesseract and the glyph reader on a stricter threshold
                Arguments.of(Row.UNIT_PERCENT, "৮৪%", 0.17, "T:৮০%@0.71 | G:৮৪%@0.17 | G:৮০%@0.36 | T:৮০০৬@0.62", "80", true),
                // a clean first reading is not overruled by one reader alone, however sure
                Arguments.of(Row.UNIT_COUNT, "১", 0.3, "T:৯@0.9 | T:৯@0.8 | G:১@0.2", "1", false),
                // the first reading does not parse: the only clean reading wins
                Arguments.of(Row.UNIT_COUNT, "৩ / -", 0.3, "T:৩@0.55 | G:-৭@0.1", "3", true),
                // a count reading with a % sign is not a count
                Arguments.of(Row.UNIT_COUNT, "৩ / -", 0.3, "T:১৬৭২%@0.9 | G:৩@0.1", "3", true),
                // a percent over 100 fails the unit; the second readings agree on 100
                Arguments.of(Row.UNIT_PERCENT, "১০০৯", 0.2, "T:১০০%@0.8 | T:১০০৬@0.3 | G:১০০%@0.06", "100", true),
                // month 45 is no calendar date; day 93 neither: 13 May is the only clean reading
                Arguments.of(Row.UNIT_DATE, "৯৩/৪৫/২৪২৫", 0.1, "T:১৩/০৫/২০২৫@0.72 | T:৯৩/০৫/২০২৫@0.84 | G:১৩/০৫/২০২৫@0.04", "2025-05-13", true),
                // a date outside the fiscal year (2024-25) fits no target; the one inside it wins
                Arguments.of(Row.UNIT_DATE, "১৩/০৫/২০২২", 0.3, "T:১৩/০৫/২০২৫@0.2", "2025-05-13", true),
                // a clean first reading keeps a tie
                Arguments.of(Row.UNIT_COUNT, "৫", 0.4, "T:৬@0.2 | G:৬@0.2", "5", false),
                // a clean first reading with more support stays
                Arguments.of(Row.UNIT_COUNT, "১০", 0.86, "T:১৫@0.2 | G:১৫@0.3", "10", false),
                // nothing clean: the first reading stays (its problem is warned about elsewhere)
                Arguments.of(Row.UNIT_COUNT, "৪.- ১", 0.2, "G:৪.-@0.4 | T:@0", "null", false),
                // a reading of slashes only is a reading of no value
                Arguments.of(Row.UNIT_COUNT, "৪.- ১", 0.2, "G://@0.4 | T:@0", "null", true),
                // a dash read first (a clean "no value") loses to both readers reading 70 %
                Arguments.of(Row.UNIT_PERCENT, "-", 0.08, "T:৭০%@0.9 | G:৭০%@0.2 | G:৩০%@0.01", "70", true),
                // ... but not to Tesseract alone
                Arguments.of(Row.UNIT_COUNT, "-", 0.08, "T:০২@0.6 | T:২@0.3", "null", false),
                // empty readings are no votes
                Arguments.of(Row.UNIT_COUNT, "৪", 0.3, "T:@0 | G:@0", "4", false));
    }

    @ParameterizedTest(name = "[{index}] {1} + {3} -> {4}")
    @MethodSource("table")
    void choosesByTheConstraintsAndTheReadingsWeight(String unit, String first, double conf, String others, String expected,
                                                     boolean changed) {
        ReadingChoice.Choice c = ReadingChoice.choose(first, conf, rereads(others),
                s -> Row.UNIT_COUNT.equals(unit) && s.contains("%") ? Parsed.fail("%", s) : parse(unit, s),
                v -> RowNormaliser.fits(v, unit, FY));
        assertThat(c.value() == null ? "null" : c.value().toString()).isEqualTo(expected);
        assertThat(c.changed()).isEqualTo(changed);
        assertThat(c.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void aChangeIsExplainedWithTheFirstReadingAndTheOthers() {
        ReadingChoice.Choice c = ReadingChoice.choose("৮৪%", 0.17, rereads("T:৮০%@0.71 | G:৮০%@0.05 | G:৭০%@0.1"),
                s -> parse(Row.UNIT_PERCENT, s), v -> RowNormaliser.fits(v, Row.UNIT_PERCENT, FY));
        assertThat(c.unanimous()).isFalse();
        String why = c.explain("৮৪%");
        assertThat(why).contains("first read as \"৮৪%\"").contains("\"৮০%\"").contains("taken as 80")
                .contains("Tesseract r0").contains("others");
        assertThat(c.confidence()).isCloseTo(0.76 / (0.76 + 0.17 + 0.1), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void agreementOfEveryCleanReadingIsUnanimous() {
        ReadingChoice.Choice c = ReadingChoice.choose("৩/%", 0.1, rereads("T:৩@0.8 | G:৩@0.2 | G:-@0"),
                s -> parse(Row.UNIT_COUNT, s), v -> RowNormaliser.fits(v, Row.UNIT_COUNT, FY));
        // "-" is a reading of no value: the readings are not unanimous
        assertThat(c.value()).isEqualTo(3);
        assertThat(c.unanimous()).isFalse();
        ReadingChoice.Choice u = ReadingChoice.choose("৩/%", 0.1, rereads("T:৩@0.8 | G:৩@0.2"),
                s -> parse(Row.UNIT_COUNT, s), v -> RowNormaliser.fits(v, Row.UNIT_COUNT, FY));
        assertThat(u.unanimous()).isTrue();
        assertThat(u.confidence()).isEqualTo(1.0);
    }
}
