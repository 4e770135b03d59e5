package io.triangulate.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A publication date at the precision the source supports. Relative time expressions are anchored
 * to it; when the precision is coarser than a day, anchoring yields a range, never a guess.
 *
 * @param value ISO prefix ("2024-03-15", "2024-03", "2024"), or null when unknown
 */
public record PublicationDate(String value, DatePrecision precision) implements java.io.Serializable {

    public static final PublicationDate UNKNOWN = new PublicationDate(null, DatePrecision.UNKNOWN);

    public static PublicationDate of(String value, String precision) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        DatePrecision p = precision == null ? inferPrecision(value) : DatePrecision.parse(precision);
        return new PublicationDate(value.substring(0, Math.min(value.length(), lengthOf(p))), p);
    }

    public static PublicationDate ofDay(LocalDate d) {
        return new PublicationDate(d.toString(), DatePrecision.DAY);
    }

    static DatePrecision inferPrecision(String v) {
        if (v.length() >= 10) {
            return DatePrecision.DAY;
        }
        if (v.length() >= 7) {
            return DatePrecision.MONTH;
        }
        return v.length() == 4 ? DatePrecision.YEAR : DatePrecision.UNKNOWN;
    }

    private static int lengthOf(DatePrecision p) {
        return switch (p) {
            case DAY -> 10;
            case MONTH -> 7;
            case YEAR -> 4;
            case UNKNOWN -> 0;
        };
    }

    public boolean isKnown() {
        return precision != DatePrecision.UNKNOWN;
    }

    /** The exact day, when the precision is DAY. */
    public Optional<LocalDate> day() {
        return precision == DatePrecision.DAY ? Optional.of(LocalDate.parse(value)) : Optional.empty();
    }

    /** First day of the period the date could be in (the day itself at DAY precision). */
    public Optional<LocalDate> earliest() {
        return switch (precision) {
            case DAY -> Optional.of(LocalDate.parse(value));
            case MONTH -> Optional.of(YearMonth.parse(value).atDay(1));
            case YEAR -> Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1));
            case UNKNOWN -> Optional.empty();
        };
    }

    /** Last day of the period the date could be in. */
    public Optional<LocalDate> latest() {
        return switch (precision) {
            case DAY -> Optional.of(LocalDate.parse(value));
            case MONTH -> Optional.of(YearMonth.parse(value).atEndOfMonth());
            case YEAR -> Optional.of(LocalDate.of(Integer.parseInt(value), 12, 31));
            case UNKNOWN -> Optional.empty();
        };
    }
}
