package io.triangulate.coverage;

import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.model.StoryAssignment;
import io.triangulate.testing.LocalSpark;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole stage on Spark over the five seeds. */
class CoverageStageSeedsTest {

    private static CoverageOutputs out;
    private static List<StoryAssignment> assignments;
    private static List<ArticlePair> pairs;
    private static List<StoryRow> stories;

    @BeforeAll
    static void run() {
        SparkSession spark = LocalSpark.session();
        List<Article> articles = SeedCorpus.articles();
        List<Sentence> sentences = SeedCorpus.sentences(articles);
        List<Mention> mentions = SeedCorpus.mentions(articles);
        out = CoverageStage.run(spark, spark.createDataset(articles, Encoders.bean(Article.class)),
                spark.createDataset(sentences, Encoders.bean(Sentence.class)),
                spark.createDataset(mentions, Encoders.bean(Mention.class)), CoverageSettings.defaults());
        assignments = out.assignments().collectAsList();
        pairs = out.pairs().collectAsList();
        stories = out.stories().collectAsList();
    }

    private static String story(String articleId) {
        return assignments.stream().filter(a -> a.getArticleId().equals(articleId)).findFirst().orElseThrow().getStoryId();
    }

    @Test
    void januaryTalksAreOneStoryAndMayTalksAnother() {
        assertEquals(5, assignments.size(), "every article belongs to exactly one story");
        String january = story("seed-000");
        assertEquals(january, story("seed-002"));
        assertEquals(january, story("seed-003"));
        assertEquals(january, story("seed-004"));
        assertNotEquals(january, story("seed-001"));
        StoryRow row = stories.stream().filter(s -> s.getStoryId().equals(january)).findFirst().orElseThrow();
        assertEquals(4, row.getArticles());
        assertEquals(List.of("dostor", "levant", "unidentified-b", "watan"), row.getOutlets());
        assertTrue(row.getTopActors().containsAll(List.of("Iran", "United States")), row.getTopActors().toString());
        assertTrue(row.getLabel().startsWith(String.join(", ", row.getTopActors().subList(0, 3))), row.getLabel());
        System.out.println("January story: " + row.getLabel() + " " + row.getKeyTerms());
    }

    @Test
    void closestPairIsDostorAndLevantFollowingTheNewYorkTimes() {
        ArticlePair closest = pairs.stream().max(Comparator.comparingInt(ArticlePair::getSharedSentences)
                .thenComparingDouble(ArticlePair::getJaccard)).orElseThrow();
        assertEquals("seed-002", closest.getArticleA());
        assertEquals("seed-004", closest.getArticleB());
        assertEquals(story("seed-002"), closest.getStoryId());
        assertEquals("shared_source", closest.getRelation(), "both cite the New York Times, in their own words");
        assertEquals("seed-002", closest.getDerivedFrom(), "Al-Dostor (March 2024) before Levant (2025)");
        assertEquals("published_earlier", closest.getDerivationBasis());
    }

    @Test
    void exclusivesAndCoverageCarryProvenance() {
        List<FactRow> facts = out.facts().collectAsList();
        String january = story("seed-000");
        assertTrue(facts.stream().allMatch(f -> f.getStoryId().equals(january)), "the May story has one article");
        FactRow delegations = facts.stream().filter(f -> f.getOutlets().size() == 4).findFirst().orElseThrow();
        assertTrue(delegations.getText().contains("باقري كاني"), delegations.getText());
        Map<String, Long> exclusives = facts.stream().filter(FactRow::isExclusive)
                .collect(Collectors.groupingBy(FactRow::getExclusiveOutlet, Collectors.counting()));
        assertEquals(4, exclusives.size(), "every outlet has something of its own: " + exclusives);
        for (FactCoverageRow c : out.factCoverage().collectAsList()) {
            Article a = SeedCorpus.article(c.getArticleId());
            assertEquals(c.getSentenceText(), a.getText().substring(c.getStart(), c.getEnd()));
        }
    }

    @Test
    void citationsPerSeed() {
        Map<String, List<String>> cited = out.citations().collectAsList().stream().collect(Collectors.groupingBy(
                CitationRow::getArticleId, Collectors.collectingAndThen(Collectors.mapping(CitationRow::sourceKey,
                        Collectors.toCollection(java.util.TreeSet::new)), List::copyOf)));
        assertEquals(List.of("financial-times"), cited.get("seed-000"));
        assertEquals(List.of("axios"), cited.get("seed-001"));
        assertEquals(List.of("new-york-times"), cited.get("seed-002"));
        assertEquals(List.of("financial-times", io.triangulate.text.MatchingText.normalize("صدى البلد")), cited.get("seed-003"));
        assertEquals(List.of("financial-times", "new-york-times"), cited.get("seed-004"));
    }

    @Test
    void headlinesAreBoundedSummaries() {
        CoverageHeadlines h = CoverageStage.headlines(out, 3);
        assertEquals(5, h.articles());
        assertEquals(2, h.stories());
        assertEquals(1, h.multiArticleStories());
        assertEquals(2, h.biggestStories().size());
        assertEquals(4, h.biggestStories().get(0).articles());
        CoverageHeadlines.CitedSource top = h.topCitedSources().get(0);
        assertEquals("financial-times", top.sourceKey());
        assertEquals(3, top.citingArticles(), "Watan, the Sada El-Balad reprint and Levant cite the FT");
        assertTrue(h.citationGraph().stream().anyMatch(e -> e.outlet().equals("levant")
                && e.sourceKey().equals("new-york-times")));
        assertEquals(1, h.matrices().size(), "a one-article story has no matrix");
        CoverageHeadlines.StoryMatrix m = h.matrices().get(0);
        assertEquals(List.of("dostor", "levant", "unidentified-b", "watan"), m.outlets());
        assertEquals(List.of(true, true, true, true), m.covered().get(0), "the most widely reported fact comes first");
        assertTrue(m.factIds().size() <= CoverageHeadlines.MATRIX_FACTS);
    }
}
