package io.triangulate.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts reported in a sentence, with the noun they count: "102 هجوم" (102 attacks), "44 غارة",
 * "350 صاروخًا", "عشرات الصواريخ" (20–99 missiles), "مقتل ثلاثة من أفراد" (3 killed), "مقتل جنود"
 * (soldiers killed, no number: at least three, the Arabic plural). Numbers are digits or Arabic or
 * English number words, compounds joined with و ("خمسة وعشرون"). Percentages and years ("عام 2004
 * هجوم إرهابي": in 2004 a terrorist attack) are not counts.
 */
public final class NumberExtractor {

    /** A count: {@code high} is -1 when open-ended. Word indexes are into the sentence's words. */
    public record Count(String noun, long low, long high, int firstWord, int lastWord) {
    }

    private record Amount(long low, long high, int next) {
    }

    private final TimelineLexicon lexicon;

    public NumberExtractor(TimelineLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Count> extract(String sentence, List<Word> words) {
        List<Count> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Word w = words.get(i);
            if (lexicon.isAny(w.text(), lexicon.killedWords) && i + 1 < words.size()) {
                Amount a = amount(sentence, words, i + 1);
                if (a != null) {
                    out.add(new Count("killed", a.low(), a.high(), i, a.next() - 1));
                    i = a.next();
                    continue;
                }
                if (lexicon.isAny(words.get(i + 1).text(), lexicon.pluralPeople)) {
                    out.add(new Count("killed", 3, -1, i, i + 1));
                    i += 2;
                    continue;
                }
            }
            Amount a = amount(sentence, words, i);
            if (a == null) {
                i++;
                continue;
            }
            int k = a.next();
            if (k < words.size() && words.get(k).text().equals("من") && k + 1 < words.size()) {
                k++; // "ثلاثة من أفراد", "عشرات من الصواريخ"
            }
            String noun = k < words.size() ? lexicon.countedNoun(words.get(k).text()) : null;
            if (noun != null) {
                out.add(new Count(noun, a.low(), a.high(), i, k));
                i = k + 1;
            } else {
                i = a.next();
            }
        }
        return out;
    }

    /** The amount starting at word {@code i}, or null when there is none. */
    private Amount amount(String sentence, List<Word> words, int i) {
        Word w = words.get(i);
        if (w.digits()) {
            boolean year = i > 0 && lexicon.isAny(words.get(i - 1).text(), lexicon.yearWords); // "عام 2004 هجوم"
            if (year || isPercent(sentence, w.end()) || w.text().length() > 9) {
                return null;
            }
            long v = Long.parseLong(w.text());
            return new Amount(v, v, i + 1);
        }
        long[] vague = lexicon.vagueQuantity(w.text());
        if (vague != null) {
            return new Amount(vague[0], vague[1], i + 1);
        }
        long total = 0;
        long current = 0;
        int j = i;
        while (j < words.size() && !words.get(j).digits()) {
            Long v = lexicon.numberWord(words.get(j).text());
            if (v == null) {
                break;
            }
            if (v >= 1000) {
                total += Math.max(current, 1) * v;
                current = 0;
            } else if (v == 100 && current > 0 && current < 10) {
                current *= 100;
            } else {
                current += v;
            }
            j++;
        }
        if (j == i) {
            return null;
        }
        long value = total + current;
        return new Amount(value, value, j);
    }

    private static boolean isPercent(String sentence, int end) {
        int k = end;
        while (k < sentence.length() && sentence.charAt(k) == ' ') {
            k++;
        }
        return k < sentence.length() && (sentence.charAt(k) == '%' || sentence.charAt(k) == '\u066A');
    }
}
