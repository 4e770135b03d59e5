package io.triangulate.timeline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3 duration ("P10M", "P8M" with mod APPROX) read as the range of days it allows. An exact
 * count allows half a unit either way ("ten months" is not ten months to the day); APPROX allows
 * {@code approxShare} of the amount or one unit, whichever is more; MORE_THAN and LESS_THAN are
 * open on one side.
 */
public record DurationValue(String value, String mod, double minDays, double maxDays) {

    private static final Pattern ISO = Pattern.compile("P(T?)(\\d+(?:\\.\\d+)?)([YMWDH])");

    public static Optional<DurationValue> parse(String value, String mod, double approxShare) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(value.trim());
        if (!m.matches()) {
            return Optional.empty(); // "PXD" and compound durations carry no amount to compare
        }
        double amount = Double.parseDouble(m.group(2));
        double unit = unitDays(m.group(3), !m.group(1).isEmpty());
        double days = amount * unit;
        String md = mod == null ? "" : mod;
        return Optional.of(switch (md) {
            case "APPROX" -> {
                double slack = Math.max(unit, days * approxShare);
                yield new DurationValue(value, mod, Math.max(0, days - slack), days + slack);
            }
            case "MORE_THAN" -> new DurationValue(value, mod, days, Double.POSITIVE_INFINITY);
            case "LESS_THAN" -> new DurationValue(value, mod, 0, days);
            default -> new DurationValue(value, mod, Math.max(0, days - unit / 2), days + unit / 2);
        });
    }

    private static double unitDays(String unit, boolean timeOfDay) {
        return switch (unit) {
            case "Y" -> 365.25;
            case "M" -> timeOfDay ? 1.0 / 1440 : 30.44;
            case "W" -> 7;
            case "H" -> 1.0 / 24;
            default -> 1;
        };
    }

    /** Strict overlap: "eight months" and "nine months" only touch at 8.5 and do not agree. */
    public boolean agreesWith(DurationValue other) {
        return minDays < other.maxDays && other.minDays < maxDays;
    }

    /** Whether a gap of between {@code lo} and {@code hi} days fits this duration. */
    public boolean allows(double lo, double hi) {
        return minDays <= hi && lo <= maxDays;
    }

    public String label() {
        return mod == null || mod.isBlank() ? value : value + " (" + mod + ")";
    }

    /** In plain words for descriptions: P10M → "10 months", P8M with APPROX → "about 8 months". */
    public String words() {
        Matcher m = ISO.matcher(value == null ? "" : value.trim());
        if (!m.matches()) {
            return label();
        }
        String amount = m.group(2).endsWith(".0") ? m.group(2).substring(0, m.group(2).length() - 2) : m.group(2);
        boolean one = amount.equals("1");
        String unit = switch (m.group(3)) {
            case "Y" -> one ? "year" : "years";
            case "M" -> m.group(1).isEmpty() ? (one ? "month" : "months") : (one ? "minute" : "minutes");
            case "W" -> one ? "week" : "weeks";
            case "H" -> one ? "hour" : "hours";
            default -> one ? "day" : "days";
        };
        String prefix = switch (mod == null ? "" : mod) {
            case "APPROX" -> "about ";
            case "MORE_THAN" -> "more than ";
            case "LESS_THAN" -> "less than ";
            case "EQUAL_OR_MORE" -> "at least ";
            case "EQUAL_OR_LESS" -> "at most ";
            default -> "";
        };
        return prefix + amount + " " + unit;
    }

    /** A gap in days shown in months, for descriptions: "7.4–8.4 months". */
    public static String months(double lo, double hi) {
        return String.format(java.util.Locale.ROOT, "%.1f–%.1f months", lo / 30.44, hi / 30.44);
    }
}
