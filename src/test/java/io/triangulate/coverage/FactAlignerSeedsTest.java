package io.triangulate.coverage;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentence matching and fact alignment on the seeds, without Spark. */
class FactAlignerSeedsTest {

    private final CoverageSettings s = CoverageSettings.defaults();

    private long[] terms(String... words) {
        return SentenceFeature.hashTerms(List.of(words), s.seed());
    }

    @Test
    void rewordedDelegationSentenceMatches() {
        SentenceFeature dostor = SeedFeatures.of("seed-002").getSentences().stream()
                .filter(f -> f.getText().startsWith("وترأس الوفود")).findFirst().orElseThrow();
        SentenceFeature levant = SeedFeatures.of("seed-004").getSentences().stream()
                .filter(f -> f.getText().startsWith("وعلى رأس الوفود")).findFirst().orElseThrow();
        assertTrue(SentenceMatcher.similarity(dostor, levant, s) >= s.factSimilarity());
    }

    @Test
    void fingerprintMatchesAcrossLanguages() {
        SentenceFeature arabic = SeedFeatures.of("seed-002").getSentences().stream()
                .filter(f -> f.getText().contains("102 هجوم")).findFirst().orElseThrow();
        List<String> englishWords = List.of("attacks", "houthis", "ships", "strikes");
        SentenceFeature english = new SentenceFeature(0, 0, 10,
                "The Houthis carried out 102 attacks on ships since 19 November, according to the Pentagon, "
                        + "as of 14 March, while the United States carried out 44 strikes.",
                terms("102", "14", "19", "44", "attacks", "houthis", "ships", "strikes"),
                List.of("houthis", "pentagon", "united-states"), List.of("102", "14", "19", "44"));
        List<String> arabicWords = ContentTerms.of(arabic.getText()).stream().filter(t -> !ContentTerms.isNumber(t)).toList();
        assertTrue(arabicWords.size() > 3 && arabicWords.stream().noneMatch(englishWords::contains), "no words in common");
        assertTrue(SentenceMatcher.similarity(arabic, english, s) >= s.factSimilarity(),
                "actors " + arabic.getActors() + " numbers " + arabic.getNumbers());
    }

    @Test
    void sharedActorsAloneDoNotMakeAFact() {
        SentenceFeature a = new SentenceFeature(0, 0, 1, "a", terms("w1", "w2", "w3", "w4"),
                List.of("iran", "united-states"), List.of());
        SentenceFeature b = new SentenceFeature(0, 0, 1, "b", terms("w5", "w6", "w7", "w8"),
                List.of("iran", "united-states"), List.of());
        assertEquals(0, SentenceMatcher.similarity(a, b, s));
    }

    @Test
    void januaryArticlesShareFactsAndTheMayArticleDoesNot() {
        int dostorLevant = SentenceMatcher.alignedSentences(SeedFeatures.of("seed-002").getSentences(),
                SeedFeatures.of("seed-004").getSentences(), s);
        int watanMay = SentenceMatcher.alignedSentences(SeedFeatures.of("seed-000").getSentences(),
                SeedFeatures.of("seed-001").getSentences(), s);
        assertTrue(dostorLevant >= 4, "Al-Dostor and Levant retell the same NYT report: " + dostorLevant);
        assertTrue(watanMay < s.storyMinSharedSentences(), "January and May talks: " + watanMay);
    }

    @Test
    void omissionsAndExclusives() {
        List<ArticleSentences> january = SeedFeatures.all().stream()
                .filter(a -> !a.getArticleId().equals("seed-001")).toList();
        StoryFacts facts = FactAligner.align("story-x", january, s);
        assertTrue(facts.getFacts().stream().anyMatch(f -> f.getOutlets().size() == 4));
        for (OmissionRow o : facts.getOmissions()) {
            FactRow f = facts.getFacts().stream().filter(x -> x.getFactId().equals(o.getFactId())).findFirst().orElseThrow();
            assertEquals(3, f.getOutlets().size(), "3 of 4 outlets carry it, the fourth omits it");
            assertTrue(!f.getOutlets().contains(o.getOutlet()));
        }
        assertTrue(!facts.getOmissions().isEmpty());
        FactRow first = facts.getFacts().get(0);
        assertEquals("seed-000", first.getArticleId(), "Watan (2024) is the earliest dated article");
        assertEquals("story-x-f0001", first.getFactId());
    }
}
