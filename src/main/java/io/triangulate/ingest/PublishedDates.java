package io.triangulate.ingest;

import io.triangulate.model.DatePrecision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads the publication dates news inputs carry ("2015-07-21 10:22:33", ISO with or without time and
 * zone, "2024-03", "2024", RFC 1123) into an ISO prefix at the precision the input supports. A time
 * with a zone keeps the outlet's local wall-clock time: the day an outlet printed is the day it
 * published, and converting to UTC could move it.
 */
public final class PublishedDates {

    /** A parsed publication date; {@code published} and {@code publishedTime} may be null. */
    public record Parsed(String published, DatePrecision precision, String publishedTime) {
        public static final Parsed UNKNOWN = new Parsed(null, DatePrecision.UNKNOWN, null);
    }

    private static final DateTimeFormatter TIME_OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss",
            Locale.ROOT);

    /** "2015-07-21 10:22:33", "2015-07-21 10:22", also with fractions of a second. */
    private static final DateTimeFormatter SPACE_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ')
            .append(DateTimeFormatter.ISO_LOCAL_TIME).toFormatter(Locale.ROOT);

    /** "2015-07-21 10:22:33+03:00" and "2015-07-21 10:22:33 +0300". */
    private static final DateTimeFormatter SPACE_OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .append(SPACE_DATE_TIME).optionalStart().appendLiteral(' ').optionalEnd()
            .appendOffset("+HH:MM:ss", "Z").toFormatter(Locale.ROOT);

    private static final DateTimeFormatter SPACE_OFFSET_COMPACT = new DateTimeFormatterBuilder()
            .append(SPACE_DATE_TIME).optionalStart().appendLiteral(' ').optionalEnd()
            .appendOffset("+HHMM", "Z").toFormatter(Locale.ROOT);

    private static final DateTimeFormatter RFC_1123 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.RFC_1123_DATE_TIME).toFormatter(Locale.ROOT);

    private static final DateTimeFormatter YEAR_MONTH = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .toFormatter(Locale.ROOT);

    /** Forms with a time of day, tried in order; each yields the local date-time as printed. */
    private static final List<Function<String, LocalDateTime>> WITH_TIME = List.of(
            s -> LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME),
            s -> LocalDateTime.parse(s, SPACE_DATE_TIME),
            s -> OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toLocalDateTime(),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toLocalDateTime(),
            s -> OffsetDateTime.parse(s, SPACE_OFFSET_DATE_TIME).toLocalDateTime(),
            s -> OffsetDateTime.parse(s, SPACE_OFFSET_COMPACT).toLocalDateTime(),
            s -> ZonedDateTime.parse(s, RFC_1123).toLocalDateTime());

    private PublishedDates() {
    }

    /** Parses {@code raw}; anything unrecognised gives {@link Parsed#UNKNOWN}, never an exception. */
    public static Parsed parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.UNKNOWN;
        }
        String s = raw.trim();
        for (Function<String, LocalDateTime> form : WITH_TIME) {
            try {
                LocalDateTime t = form.apply(s);
                return new Parsed(t.toLocalDate().toString(), DatePrecision.DAY, TIME_OUT.format(t));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        try {
            return new Parsed(LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE).toString(), DatePrecision.DAY,
                    null);
        } catch (DateTimeParseException notADay) {
            // try coarser forms
        }
        try {
            return new Parsed(YearMonth.parse(s, YEAR_MONTH).toString(), DatePrecision.MONTH, null);
        } catch (DateTimeParseException notAMonth) {
            // try a bare year
        }
        if (s.length() == 4 && s.chars().allMatch(Character::isDigit)) {
            return new Parsed(Year.parse(s).toString(), DatePrecision.YEAR, null);
        }
        return Parsed.UNKNOWN;
    }

    /**
     * Parses {@code raw} and, when the input also states a precision, never claims more than it: a
     * manifest saying "MONTH" for "2024-05-17" gives "2024-05". A stated precision finer than the value
     * supports is ignored (the value is what the source actually printed).
     */
    public static Parsed parse(String raw, String statedPrecision) {
        Parsed parsed = parse(raw);
        if (statedPrecision == null || statedPrecision.isBlank() || parsed.published() == null) {
            return parsed;
        }
        DatePrecision stated;
        try {
            stated = DatePrecision.parse(statedPrecision);
        } catch (IllegalArgumentException notAPrecision) {
            return parsed; // an unknown precision word says nothing; keep what the value supports
        }
        if (stated == DatePrecision.UNKNOWN) {
            return Parsed.UNKNOWN;
        }
        if (stated.ordinal() <= parsed.precision().ordinal()) {
            return parsed;
        }
        int length = stated == DatePrecision.MONTH ? 7 : 4;
        return new Parsed(parsed.published().substring(0, length), stated, null);
    }
}
