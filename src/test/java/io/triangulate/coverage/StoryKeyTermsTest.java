package io.triangulate.coverage;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryKeyTermsTest {

    @Test
    void ranksByArticlesTimesInverseDocumentFrequency() {
        // 100 articles in the corpus; "قال" is in 90 of them, "هدنة" in 3 and "صنعاء" in 10
        List<StoryKeyTerms.Use> uses = List.of(
                new StoryKeyTerms.Use("قال", "قال", 90), new StoryKeyTerms.Use("قال", "وقال", 90),
                new StoryKeyTerms.Use("قال", "قال", 90),
                new StoryKeyTerms.Use("هدن", "هدنة", 3), new StoryKeyTerms.Use("هدن", "الهدنة", 3),
                new StoryKeyTerms.Use("صنعاء", "صنعاء", 10));
        // هدن: 2 × ln(1 + 100/3) = 7.07; قال: 3 × ln(1 + 100/90) = 2.24; صنعاء: 1 × ln(11) = 2.40
        assertEquals(List.of("الهدنة", "صنعاء", "قال"), StoryKeyTerms.best(uses.iterator(), 100, 5));
        assertEquals(List.of("الهدنة"), StoryKeyTerms.best(uses.iterator(), 100, 1));
    }

    @Test
    void equalScoresBreakOnTheTermInCodePointOrder() {
        // U+1D400 (a surrogate pair in UTF-16) sorts after U+FB50 by code point, before it by char
        String beyondBmp = new String(Character.toChars(0x1D400));
        List<StoryKeyTerms.Use> uses = List.of(new StoryKeyTerms.Use(beyondBmp, "x", 5),
                new StoryKeyTerms.Use("\uFB50", "y", 5), new StoryKeyTerms.Use("b", "z", 5));
        assertEquals(List.of("z", "y", "x"), StoryKeyTerms.best(uses.iterator(), 50, 5));
        assertTrue(StoryKeyTerms.CODE_POINT_ORDER.compare(beyondBmp + "a", beyondBmp) > 0);
    }

    @Test
    void agreesWithAPlainReferenceOnRandomStories() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int vocabulary = 3 + random.nextInt(12);
            long total = 20 + random.nextInt(200);
            long[] df = new long[vocabulary];
            for (int t = 0; t < vocabulary; t++) {
                df[t] = 1 + random.nextInt((int) total);
            }
            List<StoryKeyTerms.Use> uses = new ArrayList<>();
            TreeMap<String, long[]> articles = new TreeMap<>();
            TreeMap<String, String> minWord = new TreeMap<>();
            for (int a = 0; a < 1 + random.nextInt(6); a++) {
                for (int t = 0; t < vocabulary; t++) {
                    if (random.nextInt(3) == 0) {
                        String term = "t" + t;
                        String word = "w" + t + "-" + random.nextInt(3);
                        uses.add(new StoryKeyTerms.Use(term, word, df[t]));
                        articles.computeIfAbsent(term, k -> new long[]{0, df[Integer.parseInt(k.substring(1))]})[0]++;
                        minWord.merge(term, word, (x, y) -> x.compareTo(y) <= 0 ? x : y);
                    }
                }
            }
            // reference: score every term, sort by score descending then term, take 5
            List<String> terms = new ArrayList<>(articles.keySet());
            terms.sort((x, y) -> {
                double sx = articles.get(x)[0] * Math.log(1.0 + (double) total / articles.get(x)[1]);
                double sy = articles.get(y)[0] * Math.log(1.0 + (double) total / articles.get(y)[1]);
                return sx != sy ? Double.compare(sy, sx) : x.compareTo(y);
            });
            List<String> expected = terms.subList(0, Math.min(5, terms.size())).stream().map(minWord::get).toList();
            assertEquals(expected, StoryKeyTerms.best(uses.iterator(), total, 5), "round " + round);
        }
    }
}
