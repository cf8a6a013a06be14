package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BanglaCalendarTest {

    /**
     * The revised calendar written as the Gregorian day each month begins on, derived by hand from the
     * rules (Boishakh-Ashwin 31, Kartik-Magh 30, Falgun 29/30, Chaitra 30, 1 Boishakh = 14 April) and
     * independent of the month-length arithmetic in the class under test. Falgun's leap day is 29 February,
     * so in the revised calendar the month starts are the same every year.
     */
    private static final MonthDay[] MONTH_START = {
            MonthDay.of(4, 14), MonthDay.of(5, 15), MonthDay.of(6, 15), MonthDay.of(7, 16), MonthDay.of(8, 16),
            MonthDay.of(9, 16), MonthDay.of(10, 17), MonthDay.of(11, 16), MonthDay.of(12, 16), MonthDay.of(1, 15),
            MonthDay.of(2, 14), MonthDay.of(3, 15)};

    private static LocalDate start(int banglaYear, int month) {
        int gy = banglaYear + 593 + (month >= 10 ? 1 : 0);
        return MONTH_START[month - 1].atYear(gy);
    }

    @ParameterizedTest(name = "বঙ্গাব্দ {0}")
    @ValueSource(ints = {1420, 1421, 1422, 1426, 1430, 1431, 1432, 1433, 1434, 1435, 1440, 1442})
    void everyDayOfTheYearMatchesTheMonthStartTable(int year) {
        int days = 0;
        for (int m = 1; m <= 12; m++) {
            LocalDate s = start(year, m);
            LocalDate next = m == 12 ? start(year + 1, 1) : start(year, m + 1);
            int len = (int) ChronoUnit.DAYS.between(s, next);
            assertThat(BanglaCalendar.monthLength(year, m)).as("length of month %d of %d", m, year).isEqualTo(len);
            for (int d = 1; d <= len; d++) {
                LocalDate expected = s.plusDays(d - 1);
                assertThat(BanglaCalendar.toGregorian(year, m, d)).as("%d/%d/%d", d, m, year).isEqualTo(expected);
                assertThat(BanglaCalendar.fromGregorian(expected)).isEqualTo(new BanglaCalendar.BanglaDate(year, m, d));
                days++;
            }
            assertThat(BanglaCalendar.isValid(year, m, len + 1)).isFalse();
        }
        assertThat(days).isEqualTo(LocalDate.of(year + 594, 4, 14).isLeapYear() ? 366 : 365);
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource(textBlock = """
            # known pairs: the brief's check, a dev corpus letter, and fixed national days of the revised calendar
            19, 2, 1432, 2025-06-02
            1,  1, 1431, 2024-04-14
            1,  1, 1432, 2025-04-14
            27, 9, 1430, 2024-01-11
            8, 11, 1430, 2024-02-21
            8, 11, 1431, 2025-02-21
            1,  9, 1430, 2023-12-16
            12, 12, 1430, 2024-03-26
            30, 11, 1430, 2024-03-14
            29, 11, 1431, 2025-03-14
            30, 12, 1431, 2025-04-13
            """)
    void knownPairs(int day, int month, int year, LocalDate gregorian) {
        assertThat(BanglaCalendar.toGregorian(year, month, day)).isEqualTo(gregorian);
    }

    @Test
    void falgunHasThirtyDaysOnlyWhenItsGregorianYearIsLeap() {
        assertThat(BanglaCalendar.monthLength(1430, 11)).isEqualTo(30); // Feb 2024
        assertThat(BanglaCalendar.monthLength(1431, 11)).isEqualTo(29); // Feb 2025
        assertThat(BanglaCalendar.monthLength(1434, 11)).isEqualTo(30); // Feb 2028
        assertThatThrownBy(() -> BanglaCalendar.toGregorian(1431, 11, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BanglaCalendar.toGregorian(1431, 7, 31)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTripEveryDay2015To2035() {
        for (LocalDate d = LocalDate.of(2015, 1, 1); d.getYear() <= 2035; d = d.plusDays(1)) {
            BanglaCalendar.BanglaDate b = BanglaCalendar.fromGregorian(d);
            assertThat(BanglaCalendar.toGregorian(b.year(), b.month(), b.day())).isEqualTo(d);
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            বৈশাখ, 1
            জ্যৈষ্ঠ, 2
            জৈষ্ঠ, 2
            জ্যেষ্ঠ, 2
            আষাঢ়, 3
            শ্রাবণ, 4
            শ্রাবন, 4
            ভাদ্র, 5
            আশ্বিন, 6
            কার্তিক, 7
            কার্ত্তিক, 7
            অগ্রহায়ণ, 8
            অঘ্রাণ, 8
            পৌষ, 9
            মাঘ, 10
            ফাল্গুন, 11
            ফালগুন, 11
            চৈত্র, 12
            জ্যৈষ্ট, 2
            জানুয়ারি, 0
            মে, 0
            """)
    void monthNames(String name, int month) {
        assertThat(BanglaCalendar.month(name)).isEqualTo(month);
    }
}
