package io.triangulate.timeline.timex;

import io.triangulate.model.PublicationDate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Values of Hijri expressions: dates, months and years given with a Hijri year become the Gregorian day
 * or range (ICU Umm al-Qura); without a year they are anchored to the publication day (nearest past, or
 * the next one for المقبل / a future sentence); feasts take their occurrence nearest to publication.
 */
final class HijriResolver {

    private static final String HIJRI = "hijri";

    private HijriResolver() {
    }

    static Resolution date(TimexSpec s, PublicationDate pub) {
        Integer year = s.year;
        String anchor = null;
        if (year == null) {
            Optional<LocalDate> day = pub.day();
            if (day.isEmpty() || s.month == null) {
                return Resolution.unresolved(s.day != null ? "XXXX-XX-XX" : "XXXX-XX", s.day != null ? "DAY" : "MONTH", HIJRI);
            }
            int[] h = HijriDates.fromGregorian(day.get());
            year = h[0];
            int firstDay = s.day == null ? 1 : s.day;
            Optional<LocalDate> candidate = HijriDates.toGregorian(year, s.month, firstDay);
            boolean after = candidate.isEmpty() || candidate.get().isAfter(day.get());
            if (s.relation == TimexSpec.Relation.NEXT || (s.future && s.relation == TimexSpec.Relation.NONE)) {
                year = after ? year : year + 1;
            } else if (after || (s.relation == TimexSpec.Relation.PAST && s.day == null && h[1] == s.month)) {
                year = year - 1; // nearest past; رمضان الماضي said during Ramadan is the previous one
            }
            anchor = "publication:" + pub.value();
        }
        boolean rel = anchor != null;
        if (s.month == null) {
            LocalDate[] r = HijriDates.yearRange(year);
            if (s.endYear != null) {
                r[1] = HijriDates.yearRange(s.endYear)[1];
            }
            return new Resolution(TimeValues.range(TimeValues.day(r[0]), TimeValues.day(r[1])), anchor, "YEAR", rel, true, HIJRI, null);
        }
        if (s.day == null) {
            LocalDate[] r = HijriDates.monthRange(year, s.month);
            return new Resolution(TimeValues.range(TimeValues.day(r[0]), TimeValues.day(r[1])), anchor, "MONTH", rel, true, HIJRI, null);
        }
        Optional<LocalDate> d = HijriDates.toGregorian(year, s.month, s.day);
        if (d.isEmpty()) {
            return Resolution.unresolved("XXXX-XX-XX", "DAY", HIJRI);
        }
        LocalDate g = d.get();
        return new Resolution(TimeValues.day(g), anchor, "DAY", rel, true, HIJRI,
                new ReferenceTime(g.getYear(), g.getMonthValue(), g.getDayOfMonth()));
    }

    /**
     * A feast without year: its occurrence nearest to the publication day (of either feast for bare
     * العيد), shifted by {@code offset} days for the eve. Needs a day-precise publication date.
     */
    static Resolution feast(TimexSpec s, PublicationDate pub) {
        Optional<LocalDate> day = pub.day();
        if (day.isEmpty()) {
            return Resolution.unresolved("XXXX-XX-XX", "DAY", HIJRI);
        }
        int hijriYear = HijriDates.fromGregorian(day.get())[0];
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (String alternative : s.literal.split("\\|")) {
            String[] md = alternative.split("-");
            for (int y = hijriYear - 1; y <= hijriYear + 1; y++) {
                Optional<LocalDate> g = HijriDates.toGregorian(y, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
                if (g.isEmpty()) {
                    continue;
                }
                // feasts are announced ahead and remembered after: the nearest occurrence, past ones first on a tie
                long distance = Math.abs(ChronoUnit.DAYS.between(day.get(), g.get())) * 2
                        + (g.get().isAfter(day.get()) ? 1 : 0);
                if (distance < bestDistance) {
                    best = g.get();
                    bestDistance = distance;
                }
            }
        }
        if (best == null) {
            return Resolution.unresolved("XXXX-XX-XX", "DAY", HIJRI);
        }
        LocalDate v = best.plusDays(s.offset);
        return new Resolution(TimeValues.day(v), "publication:" + pub.value(), "DAY", true, true, HIJRI,
                new ReferenceTime(v.getYear(), v.getMonthValue(), v.getDayOfMonth()));
    }
}
