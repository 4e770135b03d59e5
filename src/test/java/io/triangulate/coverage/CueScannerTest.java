package io.triangulate.coverage;

import io.triangulate.model.Article;
import io.triangulate.text.MatchingText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scanner finds exactly what repeated {@link Matcher#find()} finds. */
class CueScannerTest {

    private static final List<Pattern> CUES = CitationCues.loadDefault().cues().stream()
            .map(CitationCues.Cue::compiled).toList();

    private static int[] byFind(Pattern p, String text) {
        Matcher m = p.matcher(text);
        List<Integer> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start());
            out.add(m.end());
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void sameAsFind(Pattern p, String text) {
        int[] scanned = new CueScanner(p).matches(text, CueScanner.afterNonLetters(text));
        assertArrayEquals(byFind(p, text), scanned, () -> p.pattern() + " over " + text);
    }

    @Test
    void everyCueOverTheSeeds() {
        int matches = 0;
        for (Article a : SeedCorpus.articles()) {
            String text = MatchingText.of(a.getText()).text();
            for (Pattern p : CUES) {
                sameAsFind(p, text);
                matches += byFind(p, text).length / 2;
            }
        }
        assertTrue(matches >= 10, "the seeds cite sources: " + matches);
    }

    @Test
    void everyCueOverRandomTextsMadeOfCueWords() {
        String[] pieces = {"قال", "وقالت", "فقال", "ذكرت", "صحيفة", "موقع", "وكالة", "وفقا", "حسب", "بحسب", "ل", "لـ",
                "نقلا", "عن", "المصدر", "المصادر", ":", "\"", "أوردته", "أشار", "إليه", "according", "to", "the",
                "told", "reported", "reports", "has", "by", "cited", "first", "said", "in", "a", "report",
                " ", " ", " ", "  ", "\n", ".", "،", "-", "_", "9", "٣", "\u064E", "\u200D", "ـ", "x", "😀", "(", "\u00A0"};
        Random random = new Random(20261201);
        int matches = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(25); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            String text = MatchingText.of(b.toString()).text();
            for (Pattern p : CUES) {
                sameAsFind(p, text);
                matches += byFind(p, text).length / 2;
            }
        }
        assertTrue(matches > 1_000, "the texts hold cues: " + matches);
    }

    @Test
    void patternsWithoutTheWordBoundaryOrMatchingNothing() {
        for (String regex : List.of("\\d+", "(?=a)", "a*", "b?", "(?<=x)y", "\\By", "\\s+", "\\bto\\b", "$", "(?<!\\w)(?:x|y)z")) {
            Pattern p = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
            for (String text : List.of("", "a", "xyz 12 aa to b", "ab a to\n", "xy xy", "ـاa١٢3")) {
                sameAsFind(p, text);
            }
        }
    }

    @Test
    void positionsAfterNonLetters() {
        assertArrayEquals(new int[]{0, 4, 5}, CueScanner.afterNonLetters("ab1 \"c"));
        assertArrayEquals(new int[0], Arrays.copyOf(CueScanner.afterNonLetters(""), 0));
    }
}
