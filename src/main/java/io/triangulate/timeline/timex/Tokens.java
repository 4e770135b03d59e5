package io.triangulate.timeline.timex;

import io.triangulate.timeline.timex.TimexLexicon.Hit;
import io.triangulate.timeline.timex.TimexLexicon.Kind;

import java.util.List;

/**
 * A tokenized sentence with the lexicon's readings of every position: the grammar's view of it.
 */
final class Tokens {

    /** A number read at a position: its value and the token after it. */
    record Num(int value, int end, boolean digits) {
    }

    final List<Token> toks;
    final List<List<Hit>> hits;
    final TimexLexicon lexicon;

    Tokens(List<Token> toks, TimexLexicon lexicon) {
        this.toks = toks;
        this.lexicon = lexicon;
        this.hits = lexicon.index(toks);
    }

    int size() {
        return toks.size();
    }

    String text(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i).text() : "";
    }

    /** The longest reading of kind {@code k} starting at {@code i}, or null. */
    Hit hit(int i, Kind k) {
        if (i < 0 || i >= toks.size()) {
            return null;
        }
        for (Hit h : hits.get(i)) {
            if (h.lex().kind() == k) {
                return h;
            }
        }
        return null;
    }

    /** Clitic letters before the first reading at {@code i} (0 when there is none). */
    int prefixAt(int i) {
        return i < 0 || i >= hits.size() || hits.get(i).isEmpty() ? 0 : hits.get(i).get(0).prefix();
    }

    boolean is(int i, Kind k) {
        return hit(i, k) != null;
    }

    /** True when a reading of kind {@code k} ends right before token {@code i}. */
    boolean endsBefore(int i, Kind k) {
        for (int s = Math.max(0, i - 4); s < i; s++) {
            for (Hit h : hits.get(s)) {
                if (h.end() == i && h.lex().kind() == k) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean punct(int i, String p) {
        return text(i).equals(p);
    }

    boolean digits(int i, int minLen, int maxLen) {
        if (i < 0 || i >= toks.size() || !toks.get(i).number()) {
            return false;
        }
        int len = toks.get(i).text().length();
        return len >= minLen && len <= maxLen;
    }

    int intAt(int i) {
        return toks.get(i).intValue();
    }

    /** A cardinal in digits or words: ثمانية، خمسة عشر، ثلاثة وعشرين، 10. */
    Num cardinal(int i) {
        if (digits(i, 1, 6)) {
            return new Num(intAt(i), i + 1, true);
        }
        Hit h = hit(i, Kind.CARDINAL);
        if (h == null) {
            return null;
        }
        int v = h.lex().number();
        int end = h.end();
        if (v < 10 && is(end, Kind.TEEN_SUFFIX)) {
            return new Num(10 + v, hit(end, Kind.TEEN_SUFFIX).end(), false);
        }
        if (v < 10) {
            Integer tens = conjoined(end, Kind.CARDINAL);
            if (tens != null && tens >= 20 && tens % 10 == 0 && tens < 100) {
                return new Num(tens + v, end + 1, false);
            }
        }
        return new Num(v, end, false);
    }

    /** A day ordinal: الأول، العاشر، الحادي عشر، الثاني والعشرين، الحادي والثلاثين. */
    Num ordinalDay(int i) {
        Hit unit = hit(i, Kind.COMPOUND_ORDINAL_UNIT);
        if (unit != null) {
            int v = unit.lex().number();
            if (is(unit.end(), Kind.TEEN_SUFFIX)) {
                return new Num(10 + v, hit(unit.end(), Kind.TEEN_SUFFIX).end(), false);
            }
            Integer tens = conjoined(unit.end(), Kind.ORDINAL);
            if (tens != null && (tens == 20 || tens == 30) && tens + v <= 31) {
                return new Num(tens + v, unit.end() + 1, false);
            }
        }
        Hit h = hit(i, Kind.ORDINAL);
        return h == null ? null : new Num(h.lex().number(), h.end(), false);
    }

    /** The number of kind {@code k} of a token written with the conjunction (والعشرين), or null. */
    private Integer conjoined(int i, Kind k) {
        if (i >= toks.size()) {
            return null;
        }
        String w = lexicon.withoutConjunction(text(i));
        if (w == null && text(i).equals("و") && i + 1 < toks.size()) {
            return null;
        }
        if (w == null) {
            return null;
        }
        for (TimexLexicon.Lex l : lexicon.lookup(w)) {
            if (l.kind() == k) {
                return l.number();
            }
        }
        return null;
    }
}
