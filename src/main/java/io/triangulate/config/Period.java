package io.triangulate.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time window a run reports on, with the window of equal length before it (for "new this
 * week" comparisons). {@code from} and {@code to} are inclusive days; an open period has neither.
 */
public record Period(String label, LocalDate from, LocalDate to) implements java.io.Serializable {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");

    public static final Period ALL = new Period("all", null, null);

    public static Period ofWeek(String isoWeek) {
        Matcher m = ISO_WEEK.matcher(isoWeek.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("week must look like 2024-W11, got '" + isoWeek + "'");
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate mid = LocalDate.of(year, 6, 1);
        long weeksInYear = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeksInYear) {
            throw new IllegalArgumentException("week " + week + " does not exist in " + year);
        }
        LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(String.format(Locale.ROOT, "%d-W%02d", year, week), monday, monday.plusDays(6));
    }

    public static Period between(String from, String to) {
        try {
            LocalDate f = LocalDate.parse(from.trim());
            LocalDate t = LocalDate.parse(to.trim());
            if (t.isBefore(f)) {
                throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
            }
            return new Period(f + "_" + t, f, t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dates must be YYYY-MM-DD: " + e.getParsedString(), e);
        }
    }

    public boolean isOpen() {
        return from == null;
    }

    /** The window of the same length just before this one; empty for an open period. */
    public Optional<Period> previous() {
        if (isOpen()) {
            return Optional.empty();
        }
        if (label.contains("-W")) {
            LocalDate prevMonday = from.minusWeeks(1);
            return Optional.of(ofWeek(prevMonday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                    + prevMonday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate pFrom = from.minusDays(days);
        LocalDate pTo = from.minusDays(1);
        return Optional.of(new Period(pFrom + "_" + pTo, pFrom, pTo));
    }

    public boolean contains(LocalDate earliest, LocalDate latest) {
        if (isOpen()) {
            return true;
        }
        return !latest.isBefore(from) && !earliest.isAfter(to);
    }
}
