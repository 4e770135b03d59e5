package io.triangulate.actors;

import io.triangulate.clean.CleaningStage;
import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.testing.LocalSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stage on the five seeds: seed-001 (May talks) is the previous period, the January reports the current one. */
class ActorStageTest {

    private static ActorOutputs outputs;
    private static List<Mention> mentions;
    private static List<CooccurrenceRow> pairs;

    @BeforeAll
    static void run() {
        SparkSession spark = LocalSpark.session();
        List<Article> articles = new ArrayList<>();
        for (Article seed : Seeds.articles().values()) {
            articles.add(copy(seed, seed.getId().equals("seed-001") ? "P0" : "P1"));
        }
        Dataset<Article> articleData = spark.createDataset(articles, Encoders.bean(Article.class));
        outputs = ActorStage.run(spark, articleData, ActorSettings.defaults(), "P1", "P0");
        mentions = outputs.mentions().collectAsList();
        pairs = outputs.cooccurrence().collectAsList();
    }

    private static Article copy(Article seed, String period) {
        Article a = new Article();
        a.setId(seed.getId());
        a.setOutlet(seed.getOutlet());
        a.setLanguage(seed.getLanguage());
        a.setPublished(seed.getPublished());
        a.setPublishedPrecision(seed.getPublishedPrecision());
        a.setText(seed.getText());
        a.setPeriod(period);
        return a;
    }

    @Test
    void mentionsCarryProvenanceThatPointsAtTheText() {
        assertTrue(mentions.size() > 300, "mentions: " + mentions.size());
        for (Mention m : mentions) {
            String text = Seeds.article(m.getArticleId()).getText();
            assertEquals(m.getSurface(), text.substring(m.getStart(), m.getEnd()));
            // the sentence index is the sentence table's (the stage splits the text as cleaning did)
            List<Sentence> table = new ArrayList<>();
            CleaningStage.sentencesOf(Seeds.article(m.getArticleId())).forEachRemaining(table::add);
            Sentence s = table.get(m.getSentenceIndex());
            assertEquals(m.getSentenceIndex(), s.getIndex());
            assertTrue(s.getStart() <= m.getStart() && m.getEnd() <= s.getEnd(), m.getSurface());
        }
        assertTrue(mentions.stream().anyMatch(m -> m.getArticleId().equals("seed-001") && m.getActorId().equals("ISR")));
    }

    @Test
    void actorTableCountsTheCurrentPeriodOnly() {
        Map<String, ActorRow> actors = outputs.actors().collectAsList().stream()
                .collect(Collectors.toMap(ActorRow::getId, a -> a));
        ActorRow usa = actors.get("USA");
        assertEquals(4, usa.getArticles());
        assertEquals(4, usa.getOutlets());
        assertEquals("P1", usa.getPeriod());
        assertEquals("الولايات المتحدة", usa.getNameAr());
        assertFalse(actors.containsKey("media:axios"), "Axios is only in the previous period");
    }

    @Test
    void pairsHaveCountsStatisticsAndChange() {
        CooccurrenceRow iranUs = find("IRN", "USA", "sentence", "*");
        assertEquals(4, iranUs.getArticles());
        assertTrue(iranUs.getSentences() >= 10);
        assertTrue(iranUs.getPreviousCount() > 0);
        assertTrue(List.of("rising", "steady", "falling").contains(iranUs.getChange()));
        CooccurrenceRow nytUs = find("USA", "media:nyt", "article", "*");
        assertEquals("new", nytUs.getChange());
        assertEquals(0L, nytUs.getPreviousCount());
        assertEquals(2, nytUs.getArticles());
        assertTrue(nytUs.getNpmi() >= -1 && nytUs.getNpmi() <= 1);
        CooccurrenceRow perOutlet = find("IRN", "USA", "sentence", "dostor");
        assertEquals(1, perOutlet.getOutlets());
        assertTrue(pairs.stream().allMatch(p -> p.support() >= 2), "minimum support");
        assertTrue(pairs.stream().allMatch(p -> p.getActorA().compareTo(p.getActorB()) < 0));
    }

    private static CooccurrenceRow find(String a, String b, String window, String outlet) {
        return pairs.stream().filter(p -> p.getActorA().equals(a) && p.getActorB().equals(b)
                        && p.getWindow().equals(window) && p.getOutlet().equals(outlet)).findFirst()
                .orElseThrow(() -> new AssertionError(a + "-" + b + " " + window + " " + outlet));
    }

    @Test
    void candidatesPointAtTheirExampleSentence() {
        for (ActorCandidate c : outputs.candidates().collectAsList()) {
            assertTrue(c.getCount() >= 2);
            String text = Seeds.article(c.getExampleArticleId()).getText();
            assertEquals(c.getSurface(), text.substring(c.getExampleStart(), c.getExampleEnd()));
            assertTrue(c.getExampleSentence().contains(c.getSurface()));
        }
    }

    @Test
    void headlinesAndNetworkAreBoundedAndDeterministic() {
        ActorHeadlines h = ActorStage.headlines(outputs, 5);
        assertEquals(5, h.topActors().size());
        assertTrue(List.of("IRN", "USA").contains(h.topActors().get(0).id()));
        assertEquals("sentence", h.window());
        assertTrue(h.newPairs().stream().allMatch(p -> "new".equals(p.change())));
        ActorNetwork network = ActorNetworks.build(outputs.cooccurrence(), 20);
        assertTrue(network.edges().size() <= 20 && !network.edges().isEmpty());
        assertTrue(network.nodes().stream().anyMatch(n -> n.id().equals("IRN")));
        assertEquals(network, ActorNetworks.build(outputs.cooccurrence(), 20));
    }

    @Test
    void badSettingsAreRejectedNamingTheField() {
        ActorSettings bad = new ActorSettings(null, 0, null, List.of("paragraph"), null, null, null, null);
        assertEquals(2, bad.validate().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActorStage.run(
                LocalSpark.session(), null, bad, "P1", null));
        assertTrue(e.getMessage().contains("actors.minPairSupport"));
    }
}
