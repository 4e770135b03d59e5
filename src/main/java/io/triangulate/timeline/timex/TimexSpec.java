package io.triangulate.timeline.timex;

/**
 * What a time expression says, before it is anchored: the parts of a calendar date it names, how
 * it relates to the moment of writing (الماضي / الجاري / المقبل, أمس, هذا الأسبوع), or a literal
 * TIMEX3 value for durations, sets and reference words. The resolver turns it into a value.
 */
final class TimexSpec {

    enum Form {
        /** A calendar date; parts may be missing (month without year). */
        CALENDAR,
        /** A weekday (الثلاثاء الماضي, last Tuesday). */
        WEEKDAY,
        /** A day counted from the day of writing (اليوم، أمس، غدا). */
        DEICTIC_DAY,
        /** This / last / next unit (هذا الأسبوع، العام الماضي، الشهر المقبل). */
        UNIT_RELATIVE,
        /** A value that needs no anchor (durations, sets, PRESENT_REF). */
        LITERAL,
        /** N units before the moment of writing (English "two years ago"). */
        AGO,
        /** A Hijri feast (عيد الفطر، ليلة العيد): {@code literal} lists "month-day" alternatives split by |. */
        HOLIDAY,
        /** A season (هذا الصيف): {@code literal} is SP, SU, FA or WI. */
        SEASON
    }

    enum Relation { NONE, PAST, CURRENT, NEXT }

    String type = "DATE";
    Form form = Form.CALENDAR;
    Integer year;
    Integer month;
    Integer day;
    /** Last year of a span of years ("1436-1437هـ", "2014/2015"), else null. */
    Integer endYear;
    boolean hijri;
    /** Hijri year given without month (then month and day are null): the value is a Gregorian range. */
    Relation relation = Relation.NONE;
    /** Year counted from the publication year ("يناير من العام الماضي" = -1). */
    Integer yearOffset;
    Integer weekday;
    int offset;
    String unit;
    String partOfDay;
    String clock;
    String mod;
    String literal;
    String precision;
    /** The sentence speaks of the future (سوف، من المقرر، سيعقد, will): a month or weekday without year is the next one. */
    boolean future;

    static TimexSpec literal(String type, String value, String precision) {
        TimexSpec s = new TimexSpec();
        s.type = type;
        s.form = Form.LITERAL;
        s.literal = value;
        s.precision = precision;
        return s;
    }

    @Override
    public String toString() {
        return type + " " + form + " y=" + year + " m=" + month + " d=" + day + (hijri ? " hijri" : "")
                + " rel=" + relation + " yOff=" + yearOffset + " wd=" + weekday + " off=" + offset + " unit=" + unit
                + " pod=" + partOfDay + " mod=" + mod + " lit=" + literal;
    }
}
