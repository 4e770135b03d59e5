package io.triangulate.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3 date value read as the run of days it covers, so values of different granularity can be
 * compared: "2024-01-10" is one day, "2024-01" is 31 days, "2024-02" with mod START is 1–10
 * February. Two claims about one event agree when their runs of days overlap.
 *
 * <p>A value whose year the tagger could not anchor ("XXXX-01") keeps month and day; it is compared
 * against the other value's year.
 */
public record TimeValue(String value, String mod, long firstDay, long lastDay, boolean yearKnown, String precision) {

    /** Year used to lay out values of unknown year; a leap year so that 29 February fits. */
    private static final int PLACEHOLDER_YEAR = 2000;
    private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** The run of days {@code value} covers, narrowed or widened by {@code mod}; empty when unreadable. */
    public static Optional<TimeValue> parse(String value, String mod) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        int slash = v.indexOf('/');
        if (slash > 0) {
            Optional<TimeValue> a = parse(v.substring(0, slash), null);
            Optional<TimeValue> b = parse(v.substring(slash + 1), null);
            if (a.isEmpty() || b.isEmpty() || a.get().yearKnown() != b.get().yearKnown()) {
                return Optional.empty();
            }
            return Optional.of(withMod(v, mod, a.get().firstDay(), b.get().lastDay(), a.get().yearKnown(), "RANGE"));
        }
        int t = v.indexOf('T');
        if (t > 0) {
            v = v.substring(0, t); // times of day ("2024-05-17TEV") are compared at day level
        }
        return parsePlain(v).map(p -> withMod(value, mod, p.firstDay(), p.lastDay(), p.yearKnown(), p.precision()));
    }

    private static Optional<TimeValue> parsePlain(String v) {
        Matcher m;
        if ((m = DAY.matcher(v)).matches()) {
            boolean known = !m.group(1).startsWith("X");
            LocalDate d = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return Optional.of(new TimeValue(v, null, d.toEpochDay(), d.toEpochDay(), known, "DAY"));
        }
        if ((m = MONTH.matcher(v)).matches()) {
            boolean known = !m.group(1).startsWith("X");
            LocalDate d = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), 1);
            return Optional.of(new TimeValue(v, null, d.toEpochDay(),
                    d.with(TemporalAdjusters.lastDayOfMonth()).toEpochDay(), known, "MONTH"));
        }
        if ((m = WEEK.matcher(v)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
            return Optional.of(new TimeValue(v, null, d.toEpochDay(), d.toEpochDay() + 6, true, "WEEK"));
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
            return Optional.of(new TimeValue(v, null, d.toEpochDay(), d.plusMonths(3).toEpochDay() - 1, true, "QUARTER"));
        }
        if ((m = YEAR.matcher(v)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            return Optional.of(new TimeValue(v, null, d.toEpochDay(), d.plusYears(1).toEpochDay() - 1, true, "YEAR"));
        }
        return Optional.empty();
    }

    private static int year(String y) {
        return y.startsWith("X") ? PLACEHOLDER_YEAR : Integer.parseInt(y);
    }

    /** START/MID/END keep the first, middle or last third; APPROX widens by a third on each side. */
    private static TimeValue withMod(String value, String mod, long first, long last, boolean known, String precision) {
        long third = Math.max(0, (last - first + 1) / 3);
        String m = mod == null ? "" : mod;
        return switch (m) {
            case "START" -> new TimeValue(value, mod, first, first + Math.max(third, 1) - 1, known, precision);
            case "MID" -> new TimeValue(value, mod, first + third, last - third, known, precision);
            case "END" -> new TimeValue(value, mod, last - Math.max(third, 1) + 1, last, known, precision);
            case "APPROX" -> new TimeValue(value, mod, first - Math.max(third, 2), last + Math.max(third, 2), known, precision);
            default -> new TimeValue(value, mod, first, last, known, precision);
        };
    }

    public long width() {
        return lastDay - firstDay + 1;
    }

    /** This value laid out in {@code other}'s year when this one's year is unknown and the other's is not. */
    private TimeValue alignedTo(TimeValue other) {
        if (yearKnown || !other.yearKnown) {
            return this;
        }
        int year = LocalDate.ofEpochDay(other.firstDay).getYear();
        long shift = LocalDate.ofEpochDay(firstDay).withYear(year).toEpochDay() - firstDay;
        return new TimeValue(value, mod, firstDay + shift, lastDay + shift, true, precision);
    }

    /** Whether the two can describe the same moment: their runs of days overlap. */
    public boolean agreesWith(TimeValue other) {
        return gapDays(other) == 0;
    }

    /** Days between the two runs (0 when they overlap). */
    public long gapDays(TimeValue other) {
        TimeValue a = alignedTo(other);
        TimeValue b = other.alignedTo(this);
        if (a.lastDay < b.firstDay) {
            return b.firstDay - a.lastDay;
        }
        if (b.lastDay < a.firstDay) {
            return a.firstDay - b.lastDay;
        }
        return 0;
    }

    /** Range of days that can separate an earlier value from this one: [min, max]. */
    public long[] daysSince(TimeValue earlier) {
        TimeValue e = earlier.alignedTo(this);
        TimeValue me = alignedTo(earlier);
        return new long[]{me.firstDay - e.lastDay, me.lastDay - e.firstDay};
    }

    /** Precision rank: lower is finer (DAY 0 ... YEAR 4, RANGE 5). */
    public int coarseness() {
        return switch (precision) {
            case "DAY" -> 0;
            case "WEEK" -> 1;
            case "MONTH" -> 2;
            case "QUARTER" -> 3;
            case "YEAR" -> 4;
            default -> 5;
        };
    }

    /** The value as an analyst reads it: "2024-02 (START)". */
    public String label() {
        return mod == null || mod.isBlank() ? value : value + " (" + mod + ")";
    }
}
