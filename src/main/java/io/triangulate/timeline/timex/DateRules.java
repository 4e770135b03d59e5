package io.triangulate.timeline.timex;

import io.triangulate.timeline.timex.TimexLexicon.Hit;
import io.triangulate.timeline.timex.TimexLexicon.Kind;
import io.triangulate.timeline.timex.Tokens.Num;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Grammar of calendar dates: day + month (+ year or الماضي / الجاري / من العام الماضي), month first
 * (English "January 10, 2024"), years in a year context (عام 2003، في 2015، 1436هـ), numeric dates
 * (26 - 5 - 1436هـ), Gregorian and Hijri months, and their combined spellings (فبراير/شباط,
 * يونيو (حزيران)). A bare number is never a year unless a year word, year signal or era mark says so.
 */
final class DateRules {

    private final TimexConfig config;

    DateRules(TimexConfig config) {
        this.config = config;
    }

    /** Day then month: "10 يناير الماضي", "الثاني من فبراير/شباط", "5 شوال 1436هـ", "10 January 2024". */
    Candidate dayMonth(Tokens t, int i) {
        Num day;
        int j;
        int prefix = t.prefixAt(i);
        if (t.digits(i, 1, 2)) {
            day = new Num(t.intAt(i), i + 1, true);
            j = skipOrdinalSuffix(t, i + 1);
        } else {
            day = t.ordinalDay(i);
            if (day == null) {
                return null;
            }
            j = day.end();
        }
        if (day.value() < 1 || day.value() > 31) {
            return null;
        }
        if (t.is(j, Kind.OF)) {
            j = t.hit(j, Kind.OF).end();
        }
        if (t.is(j, Kind.MONTH_WORD)) {
            j = t.hit(j, Kind.MONTH_WORD).end(); // الرابع والعشرين من شهر يوليو
        }
        TimexSpec s = new TimexSpec();
        int end = month(t, j, s, true);
        if (end < 0) {
            return null;
        }
        s.day = day.value();
        end = yearPart(t, end, s);
        return valid(s) ? new Candidate(i, end, prefix, s) : null;
    }

    /** Month first: "يناير الماضي", "شهر رمضان 1436", "January 10, 2024", "in May". */
    Candidate monthFirst(Tokens t, int i) {
        int j = i;
        boolean monthWord = false;
        if (t.is(i, Kind.MONTH_WORD)) {
            j = t.hit(i, Kind.MONTH_WORD).end();
            monthWord = true;
        }
        TimexSpec s = new TimexSpec();
        int end = month(t, j, s, monthWord);
        if (end < 0) {
            return null;
        }
        int afterMonth = end;
        if (t.digits(end, 1, 2) && !t.is(end + 1, Kind.UNIT_PLURAL) && !t.is(end + 1, Kind.UNIT_SINGULAR)) {
            int d = t.intAt(end);
            if (d >= 1 && d <= 31 && (t.lexicon.language().equals("en") || t.digits(end + 1, 3, 4)
                    || t.is(end + 1, Kind.HIJRI_MARK))) {
                s.day = d;
                end = skipOrdinalSuffix(t, end + 1);
            }
        }
        end = yearPart(t, end, s);
        boolean ambiguous = ambiguous(t, j);
        if (ambiguous && !monthWord && end == afterMonth && !monthContextBefore(t, i)) {
            return null;
        }
        if (s.hijri && s.year == null && s.day == null && !monthWord && s.relation == TimexSpec.Relation.NONE
                && !monthContextBefore(t, i)) {
            return null;
        }
        if (!valid(s)) {
            return null;
        }
        return new Candidate(i, end, t.prefixAt(i), s);
    }

    /** "عام 2003", "العام 2015م", "1436هـ", "سنة 626هـ", "في 2015" (the signal stays outside). */
    Candidate year(Tokens t, int i) {
        int j = i;
        boolean yearWord = t.is(i, Kind.YEAR_WORD);
        if (yearWord) {
            j = t.hit(i, Kind.YEAR_WORD).end();
        }
        boolean paren = yearWord && t.punct(j, "(") && t.digits(j + 1, 3, 4) && t.punct(j + 2, ")");
        if (paren) {
            j++;
        }
        if (!t.digits(j, 3, 4)) {
            return null;
        }
        int y = t.intAt(j);
        TimexSpec s = new TimexSpec();
        int next = paren ? j + 2 : j + 1;
        Integer endYear = null;
        if (!paren && (t.punct(next, "/") || t.punct(next, "-")) && t.digits(next + 1, 3, 4)
                && t.intAt(next + 1) > y && t.intAt(next + 1) - y <= 2) {
            endYear = t.intAt(next + 1);
            next += 2;
        }
        int end = era(t, next, s);
        boolean marked = end > next;
        if (s.hijri) {
            if (y < 1 || y > config.maxHijriYear()) {
                return null;
            }
        } else if (!marked && (t.toks.get(j).text().length() != 4 || y < config.minYear() || y > config.maxYear())) {
            return null;
        }
        boolean secondOfPair = t.text(i - 1).equals(t.lexicon.conjunction()) && t.digits(i - 2, 3, 4);
        boolean context = yearWord || marked || endYear != null || secondOfPair || t.endsBefore(i, Kind.YEAR_SIGNAL)
                || t.endsBefore(i, Kind.PERIOD_MOD);
        if (!context || t.punct(end, "%")) {
            return null;
        }
        s.year = y;
        s.endYear = endYear;
        if (paren) {
            end = Math.max(end, j + 2);
        }
        return new Candidate(i, end, yearWord ? t.hit(i, Kind.YEAR_WORD).prefix() : 0, s);
    }

    /** هذا الصيف، الصيف المقبل، صيف 2014, this summer: a season needs a deictic word or a year. */
    Candidate season(Tokens t, int i) {
        Hit th = t.hit(i, Kind.THIS);
        int j = th != null ? th.end() : i;
        Hit season = t.hit(j, Kind.SEASON);
        if (season == null) {
            return null;
        }
        TimexSpec s = new TimexSpec();
        s.form = TimexSpec.Form.SEASON;
        s.literal = season.lex().code();
        int end = season.end();
        if (th != null) {
            s.relation = TimexSpec.Relation.CURRENT;
        } else if (t.digits(end, 4, 4) && t.intAt(end) >= config.minYear() && t.intAt(end) <= config.maxYear()) {
            s.year = t.intAt(end);
            end++;
        } else {
            end = yearPart(t, end, s);
            if (s.relation == TimexSpec.Relation.NONE) {
                return null;
            }
        }
        return new Candidate(i, end, t.prefixAt(i), s);
    }

    /** "26 - 5 - 1436هـ", "10/01/2024", "1436/10/5هـ": day first unless the year comes first. */
    Candidate numeric(Tokens t, int i) {
        if (!t.digits(i, 1, 4)) {
            return null;
        }
        String sep = t.text(i + 1);
        if (!(sep.equals("/") || sep.equals("-") || sep.equals(".")) || !t.digits(i + 2, 1, 2)
                || !t.punct(i + 3, sep) || !t.digits(i + 4, 1, 4)) {
            return null;
        }
        int a = t.intAt(i);
        int m = t.intAt(i + 2);
        int c = t.intAt(i + 4);
        TimexSpec s = new TimexSpec();
        int end = era(t, i + 5, s);
        boolean yearFirst = t.toks.get(i).text().length() >= 3;
        s.year = yearFirst ? a : c;
        s.month = m;
        s.day = yearFirst ? c : a;
        if (String.valueOf(s.year).length() < 3 || (!s.hijri && (s.year < config.minYear() || s.year > config.maxYear()))) {
            return null;
        }
        return valid(s) ? new Candidate(i, end, 0, s) : null;
    }

    /** Reads a month name (and a combined second spelling) at j into s; returns the end or -1. */
    private int month(Tokens t, int j, TimexSpec s, boolean dateContext) {
        Hit m = t.hit(j, Kind.MONTH);
        Hit h = t.hit(j, Kind.HIJRI_MONTH);
        Hit chosen = m != null && (h == null || m.end() >= h.end()) ? m : h;
        if (chosen == null) {
            return -1;
        }
        s.hijri = chosen.lex().kind() == Kind.HIJRI_MONTH;
        s.month = chosen.lex().number();
        int end = chosen.end();
        Kind kind = chosen.lex().kind();
        Hit same = t.hit(end, kind);
        if (same != null && same.lex().number() == s.month && same.prefix() == 0) {
            end = same.end(); // يوليو تموز: both names, no separator
        } else if (t.punct(end, "/") && t.is(end + 1, kind)) {
            end = t.hit(end + 1, kind).end();
        } else if (t.punct(end, "(") && t.is(end + 1, kind) && t.punct(t.hit(end + 1, kind).end(), ")")) {
            end = t.hit(end + 1, kind).end() + 1;
        }
        return end;
    }

    /** After a month: a year, an era mark, الماضي / الجاري / المقبل, or "من العام الماضي". */
    private int yearPart(Tokens t, int j, TimexSpec s) {
        int k = t.punct(j, ",") || t.punct(j, "،") ? j + 1 : j;
        if (t.is(k, Kind.OF) && (t.is(t.hit(k, Kind.OF).end(), Kind.YEAR_WORD) || t.is(t.hit(k, Kind.OF).end(), Kind.YEAR_RELATION))) {
            k = t.hit(k, Kind.OF).end();
        }
        Hit rel = t.hit(k, Kind.YEAR_RELATION);
        if (rel != null && rel.prefix() == 0) {
            s.yearOffset = rel.lex().number();
            return rel.end();
        }
        int y = t.is(k, Kind.YEAR_WORD) ? t.hit(k, Kind.YEAR_WORD).end() : k;
        if (t.digits(y, 3, 4)) {
            int year = t.intAt(y);
            boolean hijriMonth = s.hijri;
            int end = era(t, y + 1, s);
            if (s.hijri != hijriMonth) {
                s.hijri = hijriMonth; // a Gregorian month with a Hijri year (or back) is not one date
                return j;
            }
            boolean plausible = s.hijri ? year <= config.maxHijriYear()
                    : year >= config.minYear() && year <= config.maxYear();
            if (plausible && (String.valueOf(year).length() == 4 || end > y + 1)) {
                s.year = year;
                return end;
            }
        }
        if (t.is(j, Kind.PAST)) {
            s.relation = TimexSpec.Relation.PAST;
            return t.hit(j, Kind.PAST).end();
        }
        if (t.is(j, Kind.CURRENT)) {
            s.relation = TimexSpec.Relation.CURRENT;
            return t.hit(j, Kind.CURRENT).end();
        }
        if (t.is(j, Kind.NEXT)) {
            s.relation = TimexSpec.Relation.NEXT;
            return t.hit(j, Kind.NEXT).end();
        }
        return j;
    }

    /** An era mark after a year: هـ makes the date Hijri, م confirms Gregorian. */
    private static int era(Tokens t, int j, TimexSpec s) {
        if (t.is(j, Kind.HIJRI_MARK)) {
            s.hijri = true;
            return t.hit(j, Kind.HIJRI_MARK).end();
        }
        if (t.is(j, Kind.GREGORIAN_MARK)) {
            s.hijri = false;
            return t.hit(j, Kind.GREGORIAN_MARK).end();
        }
        return j;
    }

    private static int skipOrdinalSuffix(Tokens t, int j) {
        String w = t.text(j);
        return w.equals("st") || w.equals("nd") || w.equals("rd") || w.equals("th") ? j + 1 : j;
    }

    private static boolean ambiguous(Tokens t, int j) {
        Hit m = t.hit(j, Kind.MONTH);
        Hit h = t.hit(j, Kind.HIJRI_MONTH);
        return (m != null && m.lex().ambiguous()) || (h != null && h.lex().ambiguous());
    }

    /** A word before a bare month that makes it a month: في مارس، منذ أيار، أوائل مارس، in May. */
    static boolean monthContextBefore(Tokens t, int i) {
        return t.endsBefore(i, Kind.YEAR_SIGNAL) || t.endsBefore(i, Kind.DURATION_SIGNAL)
                || t.endsBefore(i, Kind.PERIOD_MOD) || t.endsBefore(i, Kind.OF);
    }

    private boolean valid(TimexSpec s) {
        if (s.hijri || s.year == null || s.month == null) {
            return s.month == null || (s.month >= 1 && s.month <= 12);
        }
        try {
            LocalDate.of(s.year, s.month, s.day == null ? 1 : s.day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
