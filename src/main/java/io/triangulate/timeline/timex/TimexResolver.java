package io.triangulate.timeline.timex;

import io.triangulate.model.DatePrecision;
import io.triangulate.model.PublicationDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a {@link TimexSpec} into a TIMEX3 value, given the publication date and the reference the
 * text has set so far. The rules (documented in docs/benchmarks/timex.md):
 * <ul>
 *   <li>Deictic words (أمس، هذا الأسبوع، العام الماضي، الثلاثاء الماضي، يناير الماضي) count from the
 *       publication date. If it is too coarse the value is the range of what it could be, resolved=false;
 *       without it a partial value (XXXX-01, XXXX-WXX-2), resolved=false. Never a guess.</li>
 *   <li>"Month الماضي": the latest such month before the month of publication; "الجاري" / "هذا العام":
 *       the publication year; "المقبل": the next one. With a year-only publication date where the answer
 *       depends on the unknown month, the latest time the text has set inside the publication year stands
 *       for the moment of writing (anchor "text:...").</li>
 *   <li>A month without year or deictic word: the one nearest to the reference the text has set, not after
 *       publication; with no such reference, the latest such month not after publication (news report the
 *       past).</li>
 * </ul>
 */
final class TimexResolver {

    private static final String GREGORIAN = "gregorian";
    private static final Pattern DAY_VALUE = Pattern.compile("[\\dX]{4}-(\\d{2}|XX)-(\\d{2}|XX)|[\\dX]{4}-W(\\d{2}|XX)-\\d");

    Resolution resolve(TimexSpec s, PublicationDate pub, ReferenceTime ref) {
        Resolution r = switch (s.form) {
            case LITERAL -> s.literal.startsWith("XXXX")
                    ? Resolution.unresolved(s.literal, "DAY", GREGORIAN)
                    : new Resolution(s.literal, null, s.precision, false, true, GREGORIAN, null);
            case CALENDAR -> s.hijri ? HijriResolver.date(s, pub) : calendar(s, pub, ref);
            case WEEKDAY -> weekday(s, pub);
            case DEICTIC_DAY -> !pub.isKnown() && s.weekday != null
                    ? Resolution.unresolved("XXXX-WXX-" + s.weekday, "DAY", GREGORIAN) : deicticDay(s, pub);
            case UNIT_RELATIVE -> unitRelative(s.unit, s.offset, pub);
            case AGO -> unitRelative(s.unit, -s.offset, pub);
            case HOLIDAY -> HijriResolver.feast(s, pub);
            case SEASON -> season(s, pub);
        };
        return timeOfDay(s, r);
    }

    private static Resolution timeOfDay(TimexSpec s, Resolution r) {
        String suffix = s.clock != null ? "T" + s.clock : s.partOfDay != null ? "T" + s.partOfDay : null;
        if (suffix == null) {
            return r;
        }
        String v = r.value();
        boolean dayValue = DAY_VALUE.matcher(v).matches();
        if (!dayValue) {
            return r; // a range or coarser value cannot carry a time of day
        }
        return r.withValue(v + suffix, s.clock != null ? "MINUTE" : "PART_OF_DAY");
    }

    // ---------------------------------------------------------------- Gregorian calendar dates

    private Resolution calendar(TimexSpec s, PublicationDate pub, ReferenceTime ref) {
        if (s.endYear != null) {
            return Resolution.absolute(TimeValues.year(s.year) + "/" + TimeValues.year(s.endYear), "YEAR", GREGORIAN, null);
        }
        if (s.year != null) {
            return Resolution.absolute(format(s.year, s.month, s.day), precisionOf(s), GREGORIAN,
                    new ReferenceTime(s.year, s.month, s.day));
        }
        if (s.yearOffset != null) {
            if (!pub.isKnown()) {
                return Resolution.unresolved(partial(s.month, s.day), precisionOf(s), GREGORIAN);
            }
            int y = pubYear(pub) + s.yearOffset;
            return anchored(y, s, "publication:" + pub.value());
        }
        return switch (s.relation) {
            case PAST, NEXT -> deicticMonth(s, pub, ref);
            case CURRENT -> pub.isKnown() ? anchored(pubYear(pub), s, "publication:" + pub.value())
                    : Resolution.unresolved(partial(s.month, s.day), precisionOf(s), GREGORIAN);
            case NONE -> bareMonth(s, pub, ref);
        };
    }

    private Resolution anchored(int year, TimexSpec s, String anchor) {
        if (s.day != null && s.day > YearMonth.of(year, s.month).lengthOfMonth()) {
            return Resolution.unresolved(partial(s.month, s.day), "DAY", GREGORIAN);
        }
        return new Resolution(format(year, s.month, s.day), anchor, precisionOf(s), true, true, GREGORIAN,
                new ReferenceTime(year, s.month, s.day));
    }

    /** Month الماضي / المقبل: counted from the month of writing. */
    private Resolution deicticMonth(TimexSpec s, PublicationDate pub, ReferenceTime ref) {
        boolean past = s.relation == TimexSpec.Relation.PAST;
        if (pub.isKnown()) {
            YearMonth early = YearMonth.from(pub.earliest().orElseThrow());
            YearMonth late = YearMonth.from(pub.latest().orElseThrow());
            int a = past ? pastYear(s.month, early, false) : nextYear(s.month, early);
            int b = past ? pastYear(s.month, late, false) : nextYear(s.month, late);
            if (a == b) {
                return anchored(a, s, "publication:" + pub.value());
            }
            if (ref != null && ref.month() != null && !ref.earliest().isBefore(pub.earliest().orElseThrow())
                    && !ref.earliest().isAfter(pub.latest().orElseThrow())) {
                int y = past ? pastYear(s.month, ref.yearMonth(), true) : nextYear(s.month, ref.yearMonth());
                return anchored(y, s, "text:" + ref.iso());
            }
        }
        return Resolution.unresolved(partial(s.month, s.day), precisionOf(s), GREGORIAN);
    }

    /** Year of the latest {@code month} before {@code now} (or at it, when {@code inclusive}). */
    private static int pastYear(int month, YearMonth now, boolean inclusive) {
        boolean sameYear = inclusive ? month <= now.getMonthValue() : month < now.getMonthValue();
        return sameYear ? now.getYear() : now.getYear() - 1;
    }

    /** Year of the first {@code month} at or after {@code now}. */
    private static int futureYear(int month, YearMonth now) {
        return month >= now.getMonthValue() ? now.getYear() : now.getYear() + 1;
    }

    private static int nextYear(int month, YearMonth now) {
        return month > now.getMonthValue() ? now.getYear() : now.getYear() + 1;
    }

    /** A month named without year or deictic word. */
    private Resolution bareMonth(TimexSpec s, PublicationDate pub, ReferenceTime ref) {
        Optional<YearMonth> latest = pub.latest().map(YearMonth::from);
        if (ref != null) {
            if (ref.month() == null) {
                return anchored(ref.year(), s, "text:" + ref.iso());
            }
            YearMonth r = ref.yearMonth();
            Integer best = null;
            long bestDistance = Long.MAX_VALUE;
            for (int y = ref.year() - 1; y <= ref.year() + 1; y++) {
                YearMonth c = YearMonth.of(y, s.month);
                if (latest.isPresent() && c.isAfter(latest.get()) && !s.future) {
                    continue;
                }
                long d = Math.abs(ChronoUnit.MONTHS.between(r, c));
                if (d < bestDistance) {
                    best = y;
                    bestDistance = d;
                }
            }
            if (best != null) {
                return anchored(best, s, "text:" + ref.iso());
            }
        }
        if (pub.isKnown()) {
            YearMonth early = YearMonth.from(pub.earliest().orElseThrow());
            int a = s.future ? futureYear(s.month, early) : pastYear(s.month, early, true);
            int b = s.future ? futureYear(s.month, latest.orElseThrow()) : pastYear(s.month, latest.orElseThrow(), true);
            if (a == b) {
                return anchored(a, s, "publication:" + pub.value());
            }
        }
        return Resolution.unresolved(partial(s.month, s.day), precisionOf(s), GREGORIAN);
    }

    /** Seasons: this one in the publication year; last / next by the month of publication. */
    private Resolution season(TimexSpec s, PublicationDate pub) {
        if (s.year != null) {
            return Resolution.absolute(TimeValues.year(s.year) + "-" + s.literal, "SEASON", GREGORIAN, null);
        }
        if (!pub.isKnown() || (s.relation != TimexSpec.Relation.CURRENT && pub.precision() == DatePrecision.YEAR)) {
            return Resolution.unresolved("XXXX-" + s.literal, "SEASON", GREGORIAN);
        }
        LocalDate now = pub.earliest().orElseThrow();
        int start = switch (s.literal) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        int y = now.getYear();
        if (s.relation == TimexSpec.Relation.PAST) {
            y = start + 2 < now.getMonthValue() ? y : y - 1;
        } else if (s.relation == TimexSpec.Relation.NEXT) {
            y = start > now.getMonthValue() ? y : y + 1;
        }
        return new Resolution(TimeValues.year(y) + "-" + s.literal, "publication:" + pub.value(), "SEASON", true, true,
                GREGORIAN, null);
    }

    // ---------------------------------------------------------------- days, weekdays, units

    private Resolution weekday(TimexSpec s, PublicationDate pub) {
        Optional<LocalDate> day = pub.day();
        if (day.isEmpty()) {
            return Resolution.unresolved("XXXX-WXX-" + s.weekday, "DAY", GREGORIAN);
        }
        DayOfWeek dow = DayOfWeek.of(s.weekday);
        LocalDate d = switch (s.relation) {
            case PAST -> day.get().with(TemporalAdjusters.previous(dow));
            case NEXT -> day.get().with(TemporalAdjusters.next(dow));
            case NONE, CURRENT -> s.future ? day.get().with(TemporalAdjusters.nextOrSame(dow))
                    : day.get().with(TemporalAdjusters.previousOrSame(dow));
        };
        return dayResolution(d, pub);
    }

    /**
     * اليوم / أمس with a weekday (اليوم الأحد). When the weekday disagrees with the publication date
     * (crawl dates are often a day or two off), the nearest day with that weekday wins, within three days;
     * the anchor then says "+weekday".
     */
    private Resolution deicticDay(TimexSpec s, PublicationDate pub) {
        Resolution r = days(s.offset, pub);
        if (s.weekday == null || !r.resolved()) {
            return r;
        }
        LocalDate d = LocalDate.parse(r.value());
        if (d.getDayOfWeek().getValue() == s.weekday) {
            return r;
        }
        DayOfWeek dow = DayOfWeek.of(s.weekday);
        LocalDate before = d.with(TemporalAdjusters.previous(dow));
        LocalDate after = d.with(TemporalAdjusters.next(dow));
        LocalDate best = ChronoUnit.DAYS.between(before, d) <= ChronoUnit.DAYS.between(d, after) ? before : after;
        if (Math.abs(ChronoUnit.DAYS.between(d, best)) > 3) {
            return r;
        }
        return new Resolution(TimeValues.day(best), "publication:" + pub.value() + "+weekday", "DAY", true, true,
                GREGORIAN, new ReferenceTime(best.getYear(), best.getMonthValue(), best.getDayOfMonth()));
    }

    private Resolution days(int offset, PublicationDate pub) {
        if (!pub.isKnown()) {
            return Resolution.unresolved("XXXX-XX-XX", "DAY", GREGORIAN);
        }
        if (pub.precision() != DatePrecision.DAY) {
            return range(TimeValues.day(pub.earliest().orElseThrow().plusDays(offset)),
                    TimeValues.day(pub.latest().orElseThrow().plusDays(offset)), "DAY", pub);
        }
        return dayResolution(pub.day().orElseThrow().plusDays(offset), pub);
    }

    private static Resolution dayResolution(LocalDate d, PublicationDate pub) {
        return new Resolution(TimeValues.day(d), "publication:" + pub.value(), "DAY", true, true, GREGORIAN,
                new ReferenceTime(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
    }

    private static Resolution range(String from, String to, String precision, PublicationDate pub) {
        return new Resolution(TimeValues.range(from, to), "publication:" + pub.value(), precision, true,
                from.equals(to), GREGORIAN, null);
    }

    /** This / last / next year, month, week, day (offset in units from the publication date). */
    private Resolution unitRelative(String unit, int offset, PublicationDate pub) {
        if (!pub.isKnown()) {
            String v = switch (unit) {
                case "Y" -> "XXXX";
                case "M" -> "XXXX-XX";
                case "W" -> "XXXX-WXX";
                default -> "XXXX-XX-XX";
            };
            return Resolution.unresolved(v, precisionName(unit), GREGORIAN);
        }
        LocalDate early = pub.earliest().orElseThrow();
        LocalDate late = pub.latest().orElseThrow();
        return switch (unit) {
            case "Y" -> {
                int y = early.getYear() + offset;
                yield new Resolution(TimeValues.year(y), "publication:" + pub.value(), "YEAR", true, true, GREGORIAN,
                        new ReferenceTime(y, null, null));
            }
            case "M" -> {
                String a = TimeValues.month(YearMonth.from(early).plusMonths(offset));
                String b = TimeValues.month(YearMonth.from(late).plusMonths(offset));
                Resolution r = range(a, b, "MONTH", pub);
                yield r.resolved() ? new Resolution(a, r.anchor(), "MONTH", true, true, GREGORIAN, ReferenceTime.parse(a)) : r;
            }
            case "W" -> range(TimeValues.week(early.plusWeeks(offset)), TimeValues.week(late.plusWeeks(offset)), "WEEK", pub);
            case "D" -> days(offset, pub);
            default -> range(TimeValues.year(early.getYear()), TimeValues.year(late.getYear()), "YEAR", pub);
        };
    }

    // ---------------------------------------------------------------- helpers

    private static int pubYear(PublicationDate pub) {
        return pub.earliest().orElseThrow().getYear();
    }

    private static String format(int y, Integer m, Integer d) {
        if (m == null) {
            return TimeValues.year(y);
        }
        return d == null ? TimeValues.month(YearMonth.of(y, m)) : TimeValues.day(LocalDate.of(y, m, d));
    }

    private static String partial(Integer m, Integer d) {
        if (m == null) {
            return "XXXX";
        }
        return "XXXX-" + TimeValues.padded(m, 2) + (d == null ? "" : "-" + TimeValues.padded(d, 2));
    }

    private static String precisionOf(TimexSpec s) {
        return s.day != null ? "DAY" : s.month != null ? "MONTH" : "YEAR";
    }

    static String precisionName(String unit) {
        return switch (unit) {
            case "Y" -> "YEAR";
            case "DE" -> "DECADE";
            case "M" -> "MONTH";
            case "W" -> "WEEK";
            case "D" -> "DAY";
            case "H" -> "HOUR";
            case "MIN" -> "MINUTE";
            case "S" -> "SECOND";
            default -> unit;
        };
    }
}
