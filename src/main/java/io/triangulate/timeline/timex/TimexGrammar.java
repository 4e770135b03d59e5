package io.triangulate.timeline.timex;

import io.triangulate.timeline.timex.TimexLexicon.Hit;
import io.triangulate.timeline.timex.TimexLexicon.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds time expressions in one normalized sentence: at each token every rule is tried, the longest
 * match wins (ties go to the earlier rule), and scanning resumes after it. A start/middle/end word
 * (أوائل، منتصف، نهاية، early, late) in front of a date becomes its mod.
 */
final class TimexGrammar {

    private final TimexLexicon lexicon;
    private final DateRules dates;
    private final RelativeRules relative = new RelativeRules();
    private final DurationRules durations = new DurationRules();

    TimexGrammar(TimexLexicon lexicon, TimexConfig config) {
        this.lexicon = lexicon;
        this.dates = new DateRules(config);
    }

    List<Candidate> parse(List<Token> tokens) {
        Tokens t = new Tokens(tokens, lexicon);
        List<Candidate> out = new ArrayList<>();
        boolean future = false;
        for (int k = 0; k < t.size() && !future; k++) {
            future = t.is(k, Kind.FUTURE_CUE);
        }
        int i = 0;
        while (i < t.size()) {
            Hit blocked = t.hit(i, Kind.BLOCKED);
            if (blocked != null) {
                i = blocked.end();
                continue;
            }
            Candidate c = longestAt(t, i);
            if (c != null) {
                c.spec().future = future;
                out.add(c);
                i = c.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Candidate longestAt(Tokens t, int i) {
        Candidate best = modified(t, i);
        best = longer(best, date(t, i));
        best = longer(best, durations.duration(t, i));
        best = longer(best, relative.literal(t, i));
        return best;
    }

    private Candidate date(Tokens t, int i) {
        if (i >= t.size()) {
            return null;
        }
        Candidate best = dates.dayMonth(t, i);
        best = longer(best, dates.monthFirst(t, i));
        best = longer(best, dates.year(t, i));
        best = longer(best, dates.numeric(t, i));
        best = longer(best, relative.deictic(t, i));
        best = longer(best, relative.weekday(t, i));
        best = longer(best, relative.unitRelative(t, i));
        best = longer(best, relative.holiday(t, i));
        best = longer(best, dates.season(t, i));
        best = longer(best, relative.clock(t, i));
        return best;
    }

    /** أوائل فبراير، نهاية عام 2003، منتصف العام الماضي، early February, the end of 2003. */
    private Candidate modified(Tokens t, int i) {
        Hit mod = t.hit(i, Kind.PERIOD_MOD);
        if (mod == null) {
            return null;
        }
        int j = mod.end();
        if (t.is(j, Kind.OF)) {
            j = t.hit(j, Kind.OF).end();
        }
        if (t.punct(j, "-")) {
            j++;
        }
        Candidate core = date(t, j);
        if (core == null || !"DATE".equals(core.spec().type) || core.spec().form == TimexSpec.Form.DEICTIC_DAY) {
            return null;
        }
        core.spec().mod = mod.lex().code();
        return new Candidate(i, core.end(), mod.prefix(), core.spec());
    }

    private static Candidate longer(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        return b != null && b.end() > a.end() ? b : a;
    }
}
