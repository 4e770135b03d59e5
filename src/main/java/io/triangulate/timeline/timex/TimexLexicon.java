package io.triangulate.timeline.timex;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.text.MatchingText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary of one language compiled for lookup: every form, folded with {@link MatchingText}
 * and split into tokens exactly as sentences are, maps to what it can mean. A form can mean several
 * things (Arabic الثاني: ordinal "second" and the 2 of الثاني عشر); the grammar picks by context.
 */
final class TimexLexicon {

    enum Kind {
        MONTH, HIJRI_MONTH, WEEKDAY, CARDINAL, TEEN_SUFFIX, DEF_CARDINAL, ORDINAL, COMPOUND_ORDINAL_UNIT,
        UNIT_SINGULAR, UNIT_DUAL, UNIT_PLURAL, UNIT_DEFINITE, UNIT_DEFINITE_PLURAL,
        PAST, CURRENT, NEXT, RECENT, THIS, YEAR_RELATION, DEICTIC_DAY, TONIGHT, PART_OF_DAY,
        PERIOD_MOD, QUANTITY_MOD, VAGUE, DURATION_SIGNAL, YEAR_SIGNAL, YEAR_WORD, OF, DAY_WORD,
        MONTH_WORD, HIJRI_MARK, GREGORIAN_MARK, SET, REFERENCE, CLOCK_WORD, AMPM, AGO, ARTICLE, BLOCKED, HOLIDAY, HOLIDAY_EVE, SEASON, AGO_SIGNAL, FUTURE_CUE
    }

    /** One meaning of a form: its kind, a code (unit, mod, part of day) and a number (month, value, offset). */
    record Lex(Kind kind, String code, int number, boolean ambiguous) {
    }

    /** A meaning found at a token: it covers tokens [start, end); prefix = clitic letters before it. */
    record Hit(Lex lex, int start, int end, int prefix) {
    }

    private final String language;
    private final Map<String, List<Lex>> phrases = new HashMap<>();
    /** First tokens of all phrases: most words of a text are not, and are skipped at once. */
    private final Set<String> firstTokens = new HashSet<>();
    private final List<String> proclitics;
    private final List<String> prepositions;
    private final String conjunction;
    final Set<String> generalNouns;
    final Set<String> notTodayAfter;
    final Set<String> unitsNeedingSignal;
    private int maxTokens = 1;

    private TimexLexicon(LexiconFile f) {
        this.language = f.language();
        this.proclitics = norm(f.proclitics());
        this.prepositions = norm(f.prepositions());
        this.conjunction = f.conjunction() == null ? "" : MatchingText.normalize(f.conjunction());
        this.generalNouns = new HashSet<>(norm(f.generalNouns()));
        this.notTodayAfter = new HashSet<>(norm(f.notTodayAfter()));
        this.unitsNeedingSignal = new HashSet<>(f.unitsNeedingSignal() == null ? List.of() : f.unitsNeedingSignal());
        Set<String> ambiguousMonths = new HashSet<>(norm(f.ambiguousMonths()));
        Set<String> ambiguousHijri = new HashSet<>(norm(f.ambiguousHijriMonths()));
        numbered(f.months(), Kind.MONTH, ambiguousMonths);
        numbered(f.hijriMonths(), Kind.HIJRI_MONTH, ambiguousHijri);
        numbered(f.weekdays(), Kind.WEEKDAY, Set.of());
        numbered(f.cardinals(), Kind.CARDINAL, Set.of());
        numbered(f.definiteCardinals(), Kind.DEF_CARDINAL, Set.of());
        numbered(f.ordinals(), Kind.ORDINAL, Set.of());
        numbered(f.compoundOrdinalUnits(), Kind.COMPOUND_ORDINAL_UNIT, Set.of());
        numbered(f.yearRelations(), Kind.YEAR_RELATION, Set.of());
        numbered(f.deicticDays(), Kind.DEICTIC_DAY, Set.of());
        if (f.units() != null) {
            f.units().forEach((code, u) -> {
                coded(u.singular(), Kind.UNIT_SINGULAR, code);
                coded(u.dual(), Kind.UNIT_DUAL, code);
                coded(u.plural(), Kind.UNIT_PLURAL, code);
                coded(u.definite(), Kind.UNIT_DEFINITE, code);
                coded(u.definitePlural(), Kind.UNIT_DEFINITE_PLURAL, code);
            });
        }
        codedMap(f.partsOfDay(), Kind.PART_OF_DAY);
        codedMap(f.periodMods(), Kind.PERIOD_MOD);
        codedMap(f.quantityMods(), Kind.QUANTITY_MOD);
        codedMap(f.sets(), Kind.SET);
        codedMap(f.references(), Kind.REFERENCE);
        codedMap(f.ampm(), Kind.AMPM);
        coded(f.teenSuffixes(), Kind.TEEN_SUFFIX, "");
        coded(f.past(), Kind.PAST, "");
        coded(f.current(), Kind.CURRENT, "");
        coded(f.next(), Kind.NEXT, "");
        coded(f.recent(), Kind.RECENT, "");
        coded(f.thisWords(), Kind.THIS, "");
        coded(f.tonight(), Kind.TONIGHT, "");
        coded(f.vagueQuantities(), Kind.VAGUE, "");
        coded(f.durationSignals(), Kind.DURATION_SIGNAL, "");
        coded(f.yearSignals(), Kind.YEAR_SIGNAL, "");
        coded(f.yearWords(), Kind.YEAR_WORD, "");
        coded(f.of(), Kind.OF, "");
        coded(f.dayWords(), Kind.DAY_WORD, "");
        coded(f.monthWords(), Kind.MONTH_WORD, "");
        coded(f.hijriMarks(), Kind.HIJRI_MARK, "");
        coded(f.gregorianMarks(), Kind.GREGORIAN_MARK, "");
        coded(f.clockWords(), Kind.CLOCK_WORD, "");
        coded(f.ago(), Kind.AGO, "");
        coded(f.articles(), Kind.ARTICLE, "");
        coded(f.blocked(), Kind.BLOCKED, "");
        codedMap(f.holidays(), Kind.HOLIDAY);
        coded(f.holidayEves(), Kind.HOLIDAY_EVE, "");
        codedMap(f.seasons(), Kind.SEASON);
        coded(f.agoSignals(), Kind.AGO_SIGNAL, "");
        coded(f.futureCues(), Kind.FUTURE_CUE, "");
    }

    static TimexLexicon load(String resource) {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = TimexLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Temporal lexicon not on the classpath: " + resource);
            }
            return new TimexLexicon(mapper.readValue(in, LexiconFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read temporal lexicon " + resource, e);
        }
    }

    String conjunction() {
        return conjunction;
    }

    String language() {
        return language;
    }

    private static List<String> norm(List<String> forms) {
        List<String> out = new ArrayList<>();
        if (forms != null) {
            forms.forEach(s -> out.add(MatchingText.normalize(s)));
        }
        return out;
    }

    private void numbered(Map<String, List<String>> m, Kind kind, Set<String> ambiguous) {
        if (m == null) {
            return;
        }
        m.forEach((k, forms) -> forms.forEach(form -> {
            String n = MatchingText.normalize(form);
            add(n, new Lex(kind, "", Integer.parseInt(k), ambiguous.contains(n)));
        }));
    }

    private void codedMap(Map<String, List<String>> m, Kind kind) {
        if (m != null) {
            m.forEach((code, forms) -> coded(forms, kind, code));
        }
    }

    private void coded(List<String> forms, Kind kind, String code) {
        if (forms != null) {
            forms.forEach(form -> add(MatchingText.normalize(form), new Lex(kind, code, 0, false)));
        }
    }

    private void add(String normalizedForm, Lex lex) {
        List<Token> toks = Token.split(normalizedForm);
        if (toks.isEmpty()) {
            return;
        }
        StringBuilder key = new StringBuilder();
        for (Token t : toks) {
            key.append(key.isEmpty() ? "" : " ").append(t.text());
        }
        List<Lex> list = phrases.computeIfAbsent(key.toString(), k -> new ArrayList<>());
        if (!list.contains(lex)) {
            list.add(lex);
        }
        maxTokens = Math.max(maxTokens, toks.size());
        firstTokens.add(toks.get(0).text());
    }

    /** Every meaning of every phrase starting at each token, longest phrases first. */
    List<List<Hit>> index(List<Token> tokens) {
        List<List<Hit>> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(hitsAt(tokens, i));
        }
        return out;
    }

    private List<Hit> hitsAt(List<Token> tokens, int i) {
        List<String[]> variants = variants(tokens.get(i).text());
        variants.removeIf(v -> !firstTokens.contains(v[0]));
        if (variants.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>(2);
        for (int n = Math.min(maxTokens, tokens.size() - i); n >= 1; n--) {
            StringBuilder rest = new StringBuilder();
            for (int k = i + 1; k < i + n; k++) {
                rest.append(' ').append(tokens.get(k).text());
            }
            for (String[] v : variants) {
                List<Lex> lexes = phrases.get(v[0] + rest);
                if (lexes != null) {
                    int prefix = Integer.parseInt(v[1]);
                    for (Lex l : lexes) {
                        hits.add(new Hit(l, i, i + n, prefix));
                    }
                    break; // the least-stripped reading of this length wins
                }
            }
        }
        return hits;
    }

    /**
     * The token as written, then without a conjunction (و ف), then without a preposition (ب ل ك),
     * with لل read as ل + ال. Each variant carries how many letters were stripped.
     */
    private List<String[]> variants(String w) {
        List<String[]> out = new ArrayList<>(4);
        out.add(new String[] {w, "0"});
        if (proclitics.isEmpty()) {
            return out;
        }
        List<String[]> base = new ArrayList<>(out);
        for (String p : proclitics) {
            if (w.startsWith(p) && w.length() > p.length() + 1) {
                String[] v = {w.substring(p.length()), String.valueOf(p.length())};
                out.add(v);
                base.add(v);
            }
        }
        for (String[] b : base) {
            String s = b[0];
            int stripped = Integer.parseInt(b[1]);
            if (s.startsWith("لل") && s.length() > 3) {
                out.add(new String[] {"ا" + s.substring(1), String.valueOf(stripped + 1)});
                continue;
            }
            for (String p : prepositions) {
                if (s.startsWith(p) && s.length() > p.length() + 1) {
                    out.add(new String[] {s.substring(p.length()), String.valueOf(stripped + p.length())});
                }
            }
        }
        return out;
    }

    /** The token without a leading conjunction, if it has one (for و in الحادي والعشرين). */
    String withoutConjunction(String w) {
        if (!conjunction.isEmpty() && w.startsWith(conjunction) && w.length() > conjunction.length() + 1) {
            return w.substring(conjunction.length());
        }
        return null;
    }

    List<Lex> lookup(String normalizedWord) {
        return phrases.getOrDefault(normalizedWord, List.of());
    }
}
