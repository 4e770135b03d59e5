package io.triangulate.timeline.timex;

import io.triangulate.timeline.timex.TimexLexicon.Hit;
import io.triangulate.timeline.timex.TimexLexicon.Kind;
import io.triangulate.timeline.timex.Tokens.Num;

/**
 * Grammar of durations: counted (عشرة أشهر، 10 أشهر، شهرين، ten months), vague (بضعة أيام، عدة
 * أشهر، several weeks), bare units after a duration signal (بعد أيام، في غضون ساعات، منذ عقد), and
 * the recent-past plurals (الأسابيع الأخيرة، السنوات العشر الماضية، the past two years). A bare unit
 * word is a duration only after a signal, so عقد 'held', دقيقة 'accurate' and ثانية 'second
 * (ordinal)' are not read as time.
 */
final class DurationRules {

    /** [quantity modifier] duration [ago]. */
    Candidate duration(Tokens t, int i) {
        Hit mod = t.hit(i, Kind.QUANTITY_MOD);
        int j = mod != null ? mod.end() : i;
        Candidate core = core(t, j, mod != null);
        if (core == null) {
            return null;
        }
        TimexSpec s = core.spec();
        if (mod != null) {
            s.mod = mod.lex().code();
        }
        int end = core.end();
        Hit before = t.hit(i - 1, Kind.AGO_SIGNAL);
        if (mod == null && before != null && before.end() == i && isAgo(t, s, end)) {
            // قبل 6 أشهر: six months ago, a date; قبل 6 أشهر من الانتخابات stays a duration
            s.form = TimexSpec.Form.AGO;
            s.type = "DATE";
            return new Candidate(i - 1, end, before.prefix(), s);
        }
        if (t.is(end, Kind.AGO) && s.literal != null && !s.literal.contains("X")) {
            Hit ago = t.hit(end, Kind.AGO);
            s.form = TimexSpec.Form.AGO;
            s.type = "DATE";
            end = ago.end();
        }
        return new Candidate(i, end, mod != null ? mod.prefix() : core.prefix(), s);
    }

    private static boolean isAgo(Tokens t, TimexSpec s, int end) {
        boolean counted = s.literal != null && !s.literal.contains("X");
        boolean calendarUnit = "Y".equals(s.unit) || "M".equals(s.unit) || "W".equals(s.unit) || "D".equals(s.unit);
        boolean plausible = !"Y".equals(s.unit) || s.offset <= 500;
        return counted && calendarUnit && plausible && !t.is(end, Kind.OF) && !t.text(end).equals("على");
    }

    private Candidate core(Tokens t, int i, boolean modified) {
        Candidate recent = recentPlural(t, i);
        if (recent != null) {
            return recent;
        }
        Num n = t.cardinal(i);
        if (n != null) {
            Hit u = unit(t, n.end());
            if (u != null && !(u.lex().code().equals("DE") && !modified && !signalBefore(t, i))) {
                return make(i, u.end(), t.prefixAt(i), n.value(), u.lex().code());
            }
            return null;
        }
        Hit vague = t.hit(i, Kind.VAGUE);
        if (vague != null) {
            Hit u = t.hit(vague.end(), Kind.UNIT_PLURAL);
            return u == null ? null : make(i, u.end(), vague.prefix(), null, u.lex().code());
        }
        Hit dual = t.hit(i, Kind.UNIT_DUAL);
        if (dual != null) {
            return make(i, dual.end(), dual.prefix(), 2, dual.lex().code());
        }
        boolean signal = modified || signalBefore(t, i);
        Hit article = t.hit(i, Kind.ARTICLE);
        if (article != null && t.is(article.end(), Kind.UNIT_SINGULAR)) {
            Hit unit = t.hit(article.end(), Kind.UNIT_SINGULAR);
            // "for a year", "more than a month", "a year ago"; not "a second chance"
            if (signal || t.is(unit.end(), Kind.AGO)) {
                return make(i, unit.end(), article.prefix(), 1, unit.lex().code());
            }
            return null;
        }
        Hit single = t.hit(i, Kind.UNIT_SINGULAR);
        if (single != null && signal && !definiteAfter(t, single.end()) && !dayOf(t, single)) {
            int end = single.end();
            if (t.is(end, Kind.CARDINAL) && t.hit(end, Kind.CARDINAL).lex().number() == 1) {
                end = t.hit(end, Kind.CARDINAL).end();
            }
            return make(i, end, single.prefix(), 1, single.lex().code());
        }
        Hit plural = t.hit(i, Kind.UNIT_PLURAL);
        if (plural != null && signal && !definiteAfter(t, plural.end())) {
            return make(i, plural.end(), plural.prefix(), null, plural.lex().code());
        }
        return null;
    }

    /** الأسابيع الأخيرة، الأيام الماضية، السنوات العشر الماضية، الساعات الـ24 الماضية. */
    private Candidate recentPlural(Tokens t, int i) {
        Hit u = t.hit(i, Kind.UNIT_DEFINITE_PLURAL);
        if (u == null) {
            return null;
        }
        int j = u.end();
        Integer count = null;
        if (t.is(j, Kind.DEF_CARDINAL)) {
            count = t.hit(j, Kind.DEF_CARDINAL).lex().number();
            j = t.hit(j, Kind.DEF_CARDINAL).end();
        } else if (t.text(j).equals("ال") && t.digits(j + 1, 1, 3)) {
            count = t.intAt(j + 1);
            j += 2;
        }
        if (t.is(j, Kind.RECENT) || t.is(j, Kind.PAST) || t.is(j, Kind.NEXT)) {
            Hit rel = t.hit(j, Kind.RECENT) != null ? t.hit(j, Kind.RECENT)
                    : t.hit(j, Kind.PAST) != null ? t.hit(j, Kind.PAST) : t.hit(j, Kind.NEXT);
            return make(i, rel.end(), u.prefix(), count, u.lex().code());
        }
        return null;
    }

    private static Hit unit(Tokens t, int j) {
        for (Kind k : new Kind[] {Kind.UNIT_PLURAL, Kind.UNIT_SINGULAR, Kind.UNIT_DUAL}) {
            Hit h = t.hit(j, k);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    private static boolean signalBefore(Tokens t, int i) {
        return t.endsBefore(i, Kind.DURATION_SIGNAL);
    }

    /** منذ يوم تنصيبه: "the day of his inauguration", not a one-day duration. */
    private static boolean dayOf(Tokens t, Hit single) {
        if (!"D".equals(single.lex().code())) {
            return false;
        }
        int j = single.end();
        return j < t.size() && t.toks.get(j).word() && !t.is(j, Kind.OF) && !t.is(j, Kind.CARDINAL)
                && !t.is(j, Kind.AGO) && !t.text(j).equals("على") && !t.text(j).equals("فقط");
    }

    /** "خلال عقد الاجتماع": a unit word followed by a definite noun is a verbal noun, not a duration. */
    private static boolean definiteAfter(Tokens t, int j) {
        String next = t.text(j);
        return next.startsWith("ال") && next.length() > 3 && !t.is(j, Kind.PAST) && !t.is(j, Kind.RECENT);
    }

    private static Candidate make(int start, int end, int prefix, Integer count, String unit) {
        TimexSpec s = TimexSpec.literal("DURATION", TimeValues.duration(count, unit), TimexResolver.precisionName(unit));
        s.unit = unit;
        s.offset = count == null ? 0 : count;
        return new Candidate(start, end, prefix, s);
    }
}
