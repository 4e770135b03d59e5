package io.triangulate.timeline.timex;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Hijri to Gregorian with ICU4J's Umm al-Qura calendar, the official calendar of Saudi Arabia, whose
 * press prints "5 شوال 1436هـ". ICU uses its Umm al-Qura tables for 1300-1600 AH and the arithmetic
 * (civil) calendar outside them, so old dates such as "309هـ" still convert.
 */
final class HijriDates {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private HijriDates() {
    }

    private static IslamicCalendar calendar() {
        IslamicCalendar c = new IslamicCalendar(UTC, ULocale.ROOT);
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        c.setLenient(false);
        return c;
    }

    /** The Gregorian day of a Hijri date, or empty if that day does not exist (30th of a 29-day month). */
    static Optional<LocalDate> toGregorian(int year, int month, int day) {
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > 30) {
            return Optional.empty();
        }
        IslamicCalendar c = calendar();
        c.clear();
        c.set(year, month - 1, 1);
        int length = c.getActualMaximum(Calendar.DAY_OF_MONTH);
        if (day > length) {
            return Optional.empty();
        }
        c.set(Calendar.DAY_OF_MONTH, day);
        return Optional.of(gregorian(c));
    }

    /** First and last Gregorian day of a Hijri month. */
    static LocalDate[] monthRange(int year, int month) {
        IslamicCalendar c = calendar();
        c.clear();
        c.set(year, month - 1, 1);
        LocalDate first = gregorian(c);
        int length = c.getActualMaximum(Calendar.DAY_OF_MONTH);
        return new LocalDate[] {first, first.plusDays(length - 1L)};
    }

    /** First and last Gregorian day of a Hijri year. */
    static LocalDate[] yearRange(int year) {
        return new LocalDate[] {monthRange(year, 1)[0], monthRange(year, 12)[1]};
    }

    /** The Hijri year, month and day of a Gregorian day. */
    static int[] fromGregorian(LocalDate d) {
        GregorianCalendar g = proleptic();
        g.clear();
        g.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
        IslamicCalendar c = calendar();
        c.setTimeInMillis(g.getTimeInMillis());
        return new int[] {c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH)};
    }

    private static LocalDate gregorian(IslamicCalendar c) {
        GregorianCalendar g = proleptic();
        g.setTimeInMillis(c.getTimeInMillis());
        return LocalDate.of(g.get(Calendar.EXTENDED_YEAR), g.get(Calendar.MONTH) + 1, g.get(Calendar.DAY_OF_MONTH));
    }

    /** Gregorian rules for all dates, like java.time, so old Hijri dates agree with LocalDate. */
    private static GregorianCalendar proleptic() {
        GregorianCalendar g = new GregorianCalendar(UTC, ULocale.ROOT);
        g.setGregorianChange(new java.util.Date(Long.MIN_VALUE));
        return g;
    }
}
