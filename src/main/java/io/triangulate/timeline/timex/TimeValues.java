package io.triangulate.timeline.timex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Pattern;

/**
 * TIMEX3 (ISO-TimeML) value syntax: formatting of the values the tagger produces and a validator for
 * them. Besides the TIMEX3 grammar (dates, weeks, times of day, durations, reference words, X for an
 * unknown digit) a value may be a range "a/b" of two dates, which is how an anchor too coarse for the
 * expression is reported (see {@link io.triangulate.model.TimeExpression}).
 */
public final class TimeValues {

    private static final String YEAR = "(?:\\d{4}|X{4}|\\d{3}X|\\d{2}XX)";
    private static final String DATE = YEAR + "(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\\d|3[01]|XX))?)?";
    private static final String WEEK = YEAR + "-W(?:0[1-9]|[1-4]\\d|5[0-3]|XX)(?:-[1-7])?";
    private static final String SEASON = YEAR + "-(?:SP|SU|FA|WI)";
    private static final String CENTURY_DECADE = "\\d{2}|\\d{3}";
    private static final String TIME = "T(?:MO|MI|AF|EV|NI|DT|(?:[01]\\d|2[0-3])(?::[0-5]\\d)?)";
    private static final String POINT = "(?:" + DATE + "|" + WEEK + ")(?:" + TIME + ")?";
    private static final String DURATION = "P(?:(?:\\d+|X)(?:Y|M|W|D|DE|CE)|T(?:\\d+|X)(?:H|M|S))";
    private static final Pattern VALID = Pattern.compile(
            "(?:" + POINT + "|" + SEASON + "|" + CENTURY_DECADE + "|" + DURATION + "|PRESENT_REF|PAST_REF|FUTURE_REF"
                    + "|(?:" + DATE + "|" + WEEK + ")/(?:" + DATE + "|" + WEEK + "))");

    private TimeValues() {
    }

    /** True when {@code value} is a TIMEX3 value this product may emit. */
    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches() && datesExist(value);
    }

    private static boolean datesExist(String value) {
        for (String part : value.split("/")) {
            if (part.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                try {
                    LocalDate.parse(part.substring(0, 10));
                } catch (java.time.DateTimeException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /*
     * Values are written digit by digit, not with String.format: its %d writes the default locale's
     * digits, so on a machine set to Arabic (ar-SA, ar-EG) 2015 became "٢٠١٥" and no value was valid
     * TIMEX3. (It was also the hottest formatting in the time-expression pass.)
     */

    static String year(int y) {
        return padded(y, 4);
    }

    static String month(YearMonth ym) {
        return year(ym.getYear()) + "-" + padded(ym.getMonthValue(), 2);
    }

    static String day(LocalDate d) {
        return year(d.getYear()) + "-" + padded(d.getMonthValue(), 2) + "-" + padded(d.getDayOfMonth(), 2);
    }

    static String week(LocalDate d) {
        return year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + padded(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    /** {@code n} in ASCII digits, zero-padded to {@code width} (a minus sign counts, as with %0Nd). */
    static String padded(int n, int width) {
        String digits = Integer.toString(Math.abs(n));
        int zeros = width - digits.length() - (n < 0 ? 1 : 0);
        return (n < 0 ? "-" : "") + (zeros > 0 ? "0".repeat(zeros) : "") + digits;
    }

    /** A duration value: count null means an unspecified number (PXW, PTXH); decades are written as years. */
    static String duration(Integer count, String unit) {
        String n = count == null ? "X" : String.valueOf(count);
        return switch (unit) {
            case "DE" -> count == null ? "PXDE" : "P" + (count * 10) + "Y";
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            case "S" -> "PT" + n + "S";
            default -> "P" + n + unit;
        };
    }

    /** A range, collapsed to one value when both ends are the same. */
    static String range(String from, String to) {
        return from.equals(to) ? from : from + "/" + to;
    }
}
