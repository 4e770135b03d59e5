package io.triangulate.model;

/** How much of a publication date is known. */
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN;

    public static DatePrecision parse(String s) {
        if (s == null || s.isBlank()) {
            return UNKNOWN;
        }
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
