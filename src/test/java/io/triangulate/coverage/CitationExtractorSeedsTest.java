package io.triangulate.coverage;

import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.text.TextSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sources each seed cites, as a careful reader finds them. */
class CitationExtractorSeedsTest {

    private final CitationExtractor extractor = new CitationExtractor(CitationCues.loadDefault(),
            CoverageSettings.defaults());

    private List<CitationRow> citations(String id) {
        Article a = SeedCorpus.article(id);
        List<Mention> mentions = SeedCorpus.mentions(a);
        List<TextSpan> sentences = SeedCorpus.sentences(a).stream().map(s -> new TextSpan(s.getStart(), s.getEnd()))
                .toList();
        return extractor.extract(a, sentences, mentions);
    }

    private Set<String> sources(String id) {
        return citations(id).stream().map(CitationRow::sourceKey).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void watanCitesTheFinancialTimes() {
        assertEquals(Set.of("financial-times"), sources("seed-000"));
        assertTrue(citations("seed-000").size() >= 3, "كشفت صحيفة، حسب، وقالت صحيفة: three citations of the FT");
    }

    @Test
    void mayTalksArticleCitesAxios() {
        assertEquals(Set.of("axios"), sources("seed-001"));
    }

    @Test
    void dostorCitesTheNewYorkTimesButNotThePentagonFigures() {
        assertEquals(Set.of("new-york-times"), sources("seed-002"));
        CitationRow nyt = citations("seed-002").get(0);
        Article a = SeedCorpus.article("seed-002");
        assertTrue(a.getText().substring(nyt.getStart(), nyt.getEnd()).contains("نيويورك تايمز"));
        Sentence s = SeedCorpus.sentences(a).get(nyt.getSentenceIndex());
        assertTrue(s.getText().startsWith("ونقلت صحيفة"), s.getText());
    }

    @Test
    void reprintCitesTheFinancialTimesInTheBodyAndSadaElBaladInTheFooter() {
        List<CitationRow> rows = citations("seed-003");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("financial-times", rows.get(0).getCitedActorId());
        assertEquals("told", rows.get(0).getCue());
        assertEquals("صدى البلد", rows.get(1).getCitedSource());
        assertEquals("footer", rows.get(1).getCue());
        assertNull(rows.get(1).getCitedActorId(), "no media actor named صدى البلد is mentioned in the text");
        assertEquals(-1, rows.get(1).getSentenceIndex());
    }

    @Test
    void levantCitesBothTheNewYorkTimesAndTheFinancialTimes() {
        assertEquals(Set.of("financial-times", "new-york-times"), sources("seed-004"));
    }

    @Test
    void unresolvedOutletNameIsKeptAsText() {
        Article a = new Article();
        a.setId("x");
        a.setOutlet("test");
        a.setText("وذكرت صحيفة \"الرأي\" أن الاجتماع عقد في مسقط.");
        List<CitationRow> rows = extractor.extract(a, List.of(), List.of());
        assertEquals(1, rows.size());
        assertEquals("الرأي", rows.get(0).getCitedSource());
        assertNull(rows.get(0).getCitedActorId());
    }

    @Test
    void englishCuesResolvedThroughMediaMentions() {
        Article a = new Article();
        a.setId("en");
        a.setOutlet("test");
        a.setText("The talks took place in Muscat, according to the Financial Times. An official told Reuters "
                + "that no deal was reached. Axios reported the meeting first. Strikes rose, according to the Pentagon.");
        List<Mention> mentions = List.of(mention(a, "Financial Times", "financial-times", "media"),
                mention(a, "Reuters", "reuters", "media"), mention(a, "Axios", "axios", "media"),
                mention(a, "Pentagon", "pentagon", "organization"));
        List<CitationRow> rows = extractor.extract(a, List.of(), mentions);
        assertEquals(List.of("according_to_en:financial-times", "told_en:reuters", "reported_en:axios"),
                rows.stream().map(r -> r.getCue() + ":" + r.getCitedActorId()).toList());
    }

    private static Mention mention(Article a, String surface, String id, String type) {
        Mention m = new Mention();
        m.setArticleId(a.getId());
        m.setStart(a.getText().indexOf(surface));
        m.setEnd(m.getStart() + surface.length());
        m.setSurface(surface);
        m.setActorId(id);
        m.setActorType(type);
        m.setActorName(surface);
        return m;
    }
}
