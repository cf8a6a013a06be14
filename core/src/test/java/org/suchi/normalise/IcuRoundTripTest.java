package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Property tests with ICU4J as an independent formatter: dates and numbers written by ICU's Bangla ({@code bn_BD})
 * formats — its own month names, digits and Indian digit grouping — in every style, with the digits left Bangla,
 * turned ASCII, or mixed at random, must read back to the value that was formatted.
 */
class IcuRoundTripTest {
    private static final ULocale BN = new ULocale("bn_BD");
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private static List<DateFormat> dateFormats() {
        List<DateFormat> f = new ArrayList<>();
        for (int style : new int[] {DateFormat.SHORT, DateFormat.MEDIUM, DateFormat.LONG}) {
            f.add(DateFormat.getDateInstance(style, BN));
        }
        for (String p : new String[] {"dd/MM/yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "dd/MM/yy", "d-M-yy", "d/M/yyyy",
                "d MMMM y", "dd MMMM, y 'খ্রি:'", "d MMMM yyyy 'খ্রিষ্টাব্দ'", "'তারিখ:' dd/MM/yyyy", "dd / MM / yyyy"}) {
            f.add(new SimpleDateFormat(p, BN));
        }
        for (DateFormat d : f) d.setTimeZone(UTC);
        return f;
    }

    /** Digits kept (Bangla, as ICU writes them), made ASCII, or mixed digit by digit. */
    private static String digits(String s, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> s;
            case 1 -> BanglaText.toAsciiDigits(s);
            default -> {
                StringBuilder b = new StringBuilder();
                for (char c : s.toCharArray()) {
                    String one = String.valueOf(c);
                    b.append(Character.isDigit(c) && r.nextBoolean() ? BanglaText.toAsciiDigits(one) : one);
                }
                yield b.toString();
            }
        };
    }

    @RepeatedTest(value = 10, name = "ICU dates, batch {currentRepetition}")
    void icuFormattedDatesReadBack(RepetitionInfo info) {
        Random r = new Random(2_147_483_647L * info.getCurrentRepetition());
        List<DateFormat> formats = dateFormats();
        for (int i = 0; i < 150; i++) {
            LocalDate d = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(20 * 365));
            GregorianCalendar cal = new GregorianCalendar(UTC);
            cal.clear();
            cal.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
            for (DateFormat f : formats) {
                String text = digits(f.format(cal.getTime()), r);
                Parsed<LocalDate> p = Dates.parse(text);
                assertThat(p.value()).as(text + " -> " + p).isEqualTo(d);
                assertThat(p.ok()).as(text + " -> " + p).isTrue();
                // the same date inside running text, with a weekday before it (ICU's FULL style)
                String full = digits(DateFormat.getDateInstance(DateFormat.FULL, BN).format(cal.getTime()), r);
                assertThat(Dates.first(full + " তারিখে আয়োজিত").value()).as(full).isEqualTo(d);
            }
        }
    }

    @RepeatedTest(value = 10, name = "ICU numbers, batch {currentRepetition}")
    void icuFormattedNumbersReadBack(RepetitionInfo info) {
        Random r = new Random(1_000_000_007L * info.getCurrentRepetition());
        NumberFormat plain = NumberFormat.getInstance(BN);
        for (int i = 0; i < 300; i++) {
            int scale = r.nextInt(3);
            BigDecimal v = BigDecimal.valueOf(r.nextInt(r.nextBoolean() ? 101 : 10_000_000), scale);
            plain.setMinimumFractionDigits(scale);
            plain.setMaximumFractionDigits(scale);
            plain.setGroupingUsed(r.nextBoolean());
            String text = digits(plain.format(v), r);
            Parsed<Number> p = Numbers.parse(text);
            assertThat(p.ok()).as(text + " -> " + p).isTrue();
            assertThat(p.value()).as(text).isEqualTo(Numbers.toNumber(v));
        }
    }

    @RepeatedTest(value = 10, name = "ICU percents, batch {currentRepetition}")
    void icuFormattedPercentsReadBack(RepetitionInfo info) {
        Random r = new Random(998_244_353L * info.getCurrentRepetition());
        NumberFormat pct = NumberFormat.getPercentInstance(BN);
        for (int i = 0; i < 300; i++) {
            int scale = r.nextInt(2);
            BigDecimal v = BigDecimal.valueOf(r.nextInt(scale == 0 ? 101 : 1001), scale); // 0..100
            pct.setMinimumFractionDigits(scale);
            pct.setMaximumFractionDigits(scale);
            String text = digits(pct.format(v.movePointLeft(2)), r);
            Parsed<Number> p = Numbers.parsePercent(text);
            assertThat(p.ok()).as(text + " -> " + p).isTrue();
            assertThat(p.value()).as(text).isEqualTo(Numbers.toNumber(v));
        }
    }
}
