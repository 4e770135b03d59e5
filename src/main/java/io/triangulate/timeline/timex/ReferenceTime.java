package io.triangulate.timeline.timex;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A point in time the article itself has set ("ففي يناير من العام الماضي" sets 2024-01). Later
 * expressions without a year are read in its neighbourhood: news narratives stay near the time they
 * have just named.
 *
 * @param month null when only the year is known
 * @param day   null when only the year or month is known
 */
record ReferenceTime(int year, Integer month, Integer day) {

    static ReferenceTime parse(String isoPrefix) {
        String[] p = isoPrefix.split("-");
        return new ReferenceTime(Integer.parseInt(p[0]), p.length > 1 ? Integer.valueOf(p[1]) : null,
                p.length > 2 ? Integer.valueOf(p[2]) : null);
    }

    String iso() {
        if (month == null) {
            return TimeValues.year(year);
        }
        return day == null ? TimeValues.month(YearMonth.of(year, month))
                : TimeValues.day(LocalDate.of(year, month, day));
    }

    YearMonth yearMonth() {
        return YearMonth.of(year, month == null ? 1 : month);
    }

    /** The earliest day this reference can denote. */
    LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }
}
