package io.triangulate.timeline.timex;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Hijri to Gregorian with ICU4J's Umm al-Qura calendar, the official calendar of Saudi Arabia, whose
 * press prints "5 شوال 1436هـ". ICU uses its Umm al-Qura tables for 1300-1600 AH and the arithmetic
 * (civil) calendar outside them, so old dates such as "309هـ" still convert.
 *
 * <p>Conversions are remembered: each one builds two ICU calendars, whose set-up (locale and time-zone
 * lookups) cost more than the arithmetic, and the dates of a corpus fall in a few months. The memory is
 * bounded ({@value #REMEMBERED} conversions of each kind, then forgotten all at once).
 */
final class HijriDates {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private HijriDates() {
    }

    static final int REMEMBERED = 4096;

    private static final Map<Long, Optional<LocalDate>> TO_GREGORIAN = new ConcurrentHashMap<>();
    private static final Map<Long, LocalDate[]> MONTH_RANGES = new ConcurrentHashMap<>();
    private static final Map<Long, int[]> FROM_GREGORIAN = new ConcurrentHashMap<>();

    /** Conversions held in memory now (for tests). */
    static int rememberedCount() {
        return TO_GREGORIAN.size() + MONTH_RANGES.size() + FROM_GREGORIAN.size();
    }

    private static <V> V remembered(Map<Long, V> memory, long key, Supplier<V> compute) {
        V v = memory.get(key);
        if (v == null) {
            if (memory.size() >= REMEMBERED) {
                memory.clear();
            }
            v = compute.get();
            memory.put(key, v);
        }
        return v;
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
        return remembered(TO_GREGORIAN, ((long) year << 16) | (month << 8) | day, () -> convert(year, month, day));
    }

    private static Optional<LocalDate> convert(int year, int month, int day) {
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
        return remembered(MONTH_RANGES, ((long) year << 32) | (month & 0xffffffffL), () -> range(year, month)).clone();
    }

    private static LocalDate[] range(int year, int month) {
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
        return remembered(FROM_GREGORIAN, d.toEpochDay(), () -> hijri(d)).clone();
    }

    private static int[] hijri(LocalDate d) {
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
