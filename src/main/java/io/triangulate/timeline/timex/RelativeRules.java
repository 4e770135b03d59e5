package io.triangulate.timeline.timex;

import io.triangulate.timeline.timex.TimexLexicon.Hit;
import io.triangulate.timeline.timex.TimexLexicon.Kind;

/**
 * Grammar of expressions counted from the moment of writing: اليوم / أمس / غدا (with a weekday
 * and a part of the day: مساء أمس، امس الثلاثاء), weekdays (يوم الثلاثاء الماضي، مساء الجمعة, last
 * Tuesday), this / last / next unit (هذا الأسبوع، العام الماضي، الشهر المقبل), reference words
 * (حاليا، في السابق) and sets (يوميا، كل أسبوع).
 */
final class RelativeRules {

    /** [part of day] اليوم|أمس|غدا [weekday] [part of day]; "الليلة". */
    Candidate deictic(Tokens t, int i) {
        int j = i;
        Hit pod = t.hit(i, Kind.PART_OF_DAY);
        if (pod != null) {
            j = pod.end();
        }
        Hit d = t.hit(j, Kind.DEICTIC_DAY);
        TimexSpec s = new TimexSpec();
        s.form = TimexSpec.Form.DEICTIC_DAY;
        int end;
        if (d != null) {
            if (!acceptDeictic(t, j, d)) {
                return null;
            }
            s.offset = d.lex().number();
            end = d.end();
        } else if (pod == null && t.is(i, Kind.TONIGHT)) {
            s.partOfDay = "NI";
            s.type = "TIME";
            Hit tonight = t.hit(i, Kind.TONIGHT);
            if (t.is(tonight.end(), Kind.PAST)) {
                s.offset = -1; // الليلة الماضية: last night
                return new Candidate(i, t.hit(tonight.end(), Kind.PAST).end(), tonight.prefix(), s);
            }
            return new Candidate(i, tonight.end(), tonight.prefix(), s);
        } else {
            return null;
        }
        if (t.is(end, Kind.WEEKDAY)) {
            s.weekday = t.hit(end, Kind.WEEKDAY).lex().number();
            end = t.hit(end, Kind.WEEKDAY).end();
        }
        if (pod == null && t.is(end, Kind.PART_OF_DAY)) {
            pod = t.hit(end, Kind.PART_OF_DAY);
            end = pod.end();
        }
        if (pod != null) {
            s.partOfDay = pod.lex().code();
            s.type = "TIME";
        }
        return new Candidate(i, end, (pod != null && pod.start() == i ? pod : d).prefix(), s);
    }

    /** اليوم is also "the day" (اليوم التالي، اليوم الوطني) and part of names (صحيفة اليوم). */
    private static boolean acceptDeictic(Tokens t, int j, Hit d) {
        if (d.lex().number() != 0 || d.end() - d.start() > 1) {
            return true;
        }
        if (t.lexicon.notTodayAfter.contains(t.text(j - 1)) || t.endsBefore(j, Kind.THIS)
                || (t.punct(j - 1, "\"") && t.punct(d.end(), "\""))) {
            return false; // صحيفة اليوم، «اليوم»: the newspaper
        }
        String next = t.text(d.end());
        boolean definiteWord = next.startsWith("ال") && next.length() > 3;
        return !definiteWord || t.is(d.end(), Kind.WEEKDAY) || t.is(d.end(), Kind.PART_OF_DAY);
    }

    /** [part of day] [يوم] weekday [الماضي|المقبل]; English [last|next|this] weekday [part of day]. */
    Candidate weekday(Tokens t, int i) {
        int j = i;
        Hit pod = t.hit(i, Kind.PART_OF_DAY);
        if (pod != null) {
            j = pod.end();
        }
        TimexSpec s = new TimexSpec();
        s.form = TimexSpec.Form.WEEKDAY;
        Hit before = t.hit(j, Kind.PAST) != null ? t.hit(j, Kind.PAST) : t.hit(j, Kind.NEXT);
        if (before != null && t.is(before.end(), Kind.WEEKDAY)) {
            s.relation = before.lex().kind() == Kind.PAST ? TimexSpec.Relation.PAST : TimexSpec.Relation.NEXT;
            j = before.end();
        } else if (t.is(j, Kind.THIS) && t.is(t.hit(j, Kind.THIS).end(), Kind.WEEKDAY)) {
            j = t.hit(j, Kind.THIS).end();
        }
        if (t.is(j, Kind.DAY_WORD) && t.is(t.hit(j, Kind.DAY_WORD).end(), Kind.WEEKDAY)) {
            j = t.hit(j, Kind.DAY_WORD).end();
        }
        Hit wd = t.hit(j, Kind.WEEKDAY);
        if (wd == null) {
            return null;
        }
        s.weekday = wd.lex().number();
        int end = wd.end();
        if (t.is(end, Kind.PAST)) {
            s.relation = TimexSpec.Relation.PAST;
            end = t.hit(end, Kind.PAST).end();
        } else if (t.is(end, Kind.NEXT)) {
            s.relation = TimexSpec.Relation.NEXT;
            end = t.hit(end, Kind.NEXT).end();
        }
        if (pod == null && t.is(end, Kind.PART_OF_DAY)) {
            pod = t.hit(end, Kind.PART_OF_DAY);
            end = pod.end();
        }
        if (pod != null) {
            s.partOfDay = pod.lex().code();
            s.type = "TIME";
        }
        return new Candidate(i, end, t.prefixAt(i), s);
    }

    /**
     * الساعة العاشرة صباحا، الساعة 10:30 مساء اليوم, at 10 a.m.: a clock time, on the day named right
     * after it (من صباح اليوم الأحد) or on an unknown day (XXXX-XX-XXT10:00).
     */
    Candidate clock(Tokens t, int i) {
        Hit word = t.hit(i, Kind.CLOCK_WORD);
        if (word == null) {
            return null;
        }
        int j = word.end();
        int hour;
        int minute = 0;
        if (t.digits(j, 1, 2)) {
            hour = t.intAt(j);
            j++;
            if (t.punct(j, ":") && t.digits(j + 1, 2, 2)) {
                minute = t.intAt(j + 1);
                j += 2;
            }
        } else if (t.ordinalDay(j) != null && t.ordinalDay(j).value() <= 12) {
            hour = t.ordinalDay(j).value();
            j = t.ordinalDay(j).end();
        } else {
            return null;
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        Hit ampm = t.hit(j, Kind.AMPM);
        boolean english = t.lexicon.language().equals("en");
        if (english && ampm == null && minute == 0) {
            return null; // "at 10" is a number more often than a time
        }
        int k = ampm != null ? ampm.end() + (t.punct(ampm.end(), ".") ? 1 : 0) : j;
        Candidate day = null;
        int d = t.is(k, Kind.OF) ? t.hit(k, Kind.OF).end() : english && t.text(k).equals("on") ? k + 1 : k;
        if (ampm == null || d != k) {
            day = deictic(t, d);
            day = day != null ? day : weekday(t, d);
        }
        String half = ampm != null ? ampm.lex().code() : day != null ? day.spec().partOfDay : null;
        if (half != null && !"MO".equals(half) && hour < 12) {
            hour += 12;
        }
        TimexSpec s = day != null ? day.spec() : new TimexSpec();
        if (day == null) {
            s.form = TimexSpec.Form.LITERAL;
            s.literal = "XXXX-XX-XX";
        }
        s.partOfDay = null;
        s.clock = TimeValues.padded(hour, 2) + ":" + TimeValues.padded(minute, 2);
        s.type = "TIME";
        return new Candidate(english ? word.end() : i, day != null ? day.end() : k, english ? 0 : word.prefix(), s);
    }

    /** هذا الأسبوع، العام الماضي، الشهر المقبل، this week, last month, next year. */
    Candidate unitRelative(Tokens t, int i) {
        Hit yr = t.hit(i, Kind.YEAR_RELATION);
        if (yr != null) {
            if (t.lexicon.generalNouns.contains(t.text(i - 1))) {
                return null; // الأمين العام الحالي: "general", not "year"
            }
            return unitCandidate(i, yr.end(), yr.prefix(), "Y", yr.lex().number());
        }
        Hit th = t.hit(i, Kind.THIS);
        if (th != null) {
            Hit u = t.hit(th.end(), Kind.UNIT_DEFINITE);
            u = u != null ? u : t.hit(th.end(), Kind.UNIT_SINGULAR);
            if (u != null && !u.lex().code().equals("D")) {
                return unitCandidate(i, u.end(), th.prefix(), u.lex().code(), 0);
            }
            return null;
        }
        Hit u = t.hit(i, Kind.UNIT_DEFINITE);
        if (u != null && !t.lexicon.generalNouns.contains(t.text(i - 1))) {
            Integer off = relationOffset(t, u.end());
            if (off != null) {
                return unitCandidate(i, relationEnd(t, u.end()), u.prefix(), u.lex().code(), off);
            }
        }
        Integer off = relationOffset(t, i);
        if (off != null && off != 0) {
            Hit single = t.hit(relationEnd(t, i), Kind.UNIT_SINGULAR);
            if (single != null && !single.lex().code().equals("D")) {
                return unitCandidate(i, single.end(), t.prefixAt(i), single.lex().code(), off);
            }
        }
        return null;
    }

    private static Integer relationOffset(Tokens t, int j) {
        if (t.is(j, Kind.PAST)) {
            return -1;
        }
        if (t.is(j, Kind.NEXT)) {
            return 1;
        }
        return t.is(j, Kind.CURRENT) ? 0 : null;
    }

    private static int relationEnd(Tokens t, int j) {
        for (Kind k : new Kind[] {Kind.PAST, Kind.NEXT, Kind.CURRENT}) {
            if (t.is(j, k)) {
                return t.hit(j, k).end();
            }
        }
        return j;
    }

    private static Candidate unitCandidate(int i, int end, int prefix, String unit, int offset) {
        TimexSpec s = new TimexSpec();
        s.form = TimexSpec.Form.UNIT_RELATIVE;
        s.unit = unit;
        s.offset = offset;
        return new Candidate(i, end, prefix, s);
    }

    /** عيد الفطر، عيد الأضحى، ليلة العيد، يوم عرفة: Hijri feasts, the eve as the night before. */
    Candidate holiday(Tokens t, int i) {
        Hit eve = t.hit(i, Kind.HOLIDAY_EVE);
        int j = eve != null ? eve.end() : i;
        Hit nth = eve == null ? t.hit(i, Kind.ORDINAL) : null;
        Hit days = nth != null ? t.hit(nth.end(), Kind.UNIT_PLURAL) : null;
        int dayOfFeast = 1;
        if (days != null && "D".equals(days.lex().code()) && t.is(days.end(), Kind.HOLIDAY)) {
            dayOfFeast = nth.lex().number(); // ثالث أيام عيد الفطر: the third day of the feast
            j = days.end();
        }
        Hit h = t.hit(j, Kind.HOLIDAY);
        if (h == null) {
            return null;
        }
        TimexSpec s = new TimexSpec();
        s.form = TimexSpec.Form.HOLIDAY;
        s.hijri = true;
        s.literal = h.lex().code();
        if (eve != null) {
            s.offset = -1;
            s.partOfDay = "NI";
            s.type = "TIME";
        }
        s.offset += dayOfFeast - 1;
        return new Candidate(i, h.end(), t.prefixAt(i), s);
    }

    /** حاليا، في السابق، يوميا، كل أسبوع. */
    Candidate literal(Tokens t, int i) {
        Hit ref = t.hit(i, Kind.REFERENCE);
        if (ref != null) {
            return new Candidate(i, ref.end(), ref.prefix(), TimexSpec.literal("DATE", ref.lex().code(), "REF"));
        }
        Hit set = t.hit(i, Kind.SET);
        if (set != null) {
            String unit = set.lex().code().substring(set.lex().code().length() - 1);
            return new Candidate(i, set.end(), set.prefix(),
                    TimexSpec.literal("SET", set.lex().code(), TimexResolver.precisionName(unit)));
        }
        return null;
    }
}
