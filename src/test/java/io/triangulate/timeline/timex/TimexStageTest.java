package io.triangulate.timeline.timex;

import io.triangulate.model.Article;
import io.triangulate.model.Sentence;
import io.triangulate.model.TimeExpression;
import io.triangulate.testing.LocalSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimexStageTest {

    @Test
    void tagsEveryArticleWithItsOwnPublicationDateAndTextReferences() {
        SparkSession spark = LocalSpark.session();
        List<Article> articles = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (String id : List.of("seed-001", "seed-004")) {
            SeedArticles s = SeedArticles.load(id);
            Article a = new Article();
            a.setId(id);
            a.setOutlet(s.outlet());
            a.setText(s.text());
            a.setLanguage("ar");
            a.setPublished(s.published().value());
            a.setPublishedPrecision(s.published().precision().name());
            articles.add(a);
            sentences.addAll(s.sentences());
        }
        Dataset<TimeExpression> out = TimexStage.run(spark,
                spark.createDataset(articles, Encoders.bean(Article.class)).repartition(3));
        List<TimeExpression> rows = new ArrayList<>(out.collectAsList());
        rows.sort(Comparator.comparing(TimeExpression::getArticleId).thenComparingInt(TimeExpression::getStart));
        assertEquals(14, rows.size());
        for (TimeExpression e : rows) { // the stage splits each article as the sentence table has it
            Sentence in = sentences.stream().filter(x -> x.getArticleId().equals(e.getArticleId())
                    && x.getIndex() == e.getSentenceIndex()).findFirst().orElseThrow();
            assertTrue(in.getStart() <= e.getStart() && e.getEnd() <= in.getEnd(), e.getSurface());
        }
        TimeExpression tenth = rows.stream().filter(e -> e.getSurface().equals("العاشر من يناير")).findFirst().orElseThrow();
        assertEquals("2024-01-10", tenth.getValue());
        TimeExpression friday = rows.stream().filter(e -> e.getSurface().equals("مساء الجمعة")).findFirst().orElseThrow();
        assertEquals("seed-001", friday.getArticleId());
        assertEquals("2024-05-17TEV", friday.getValue());
    }
}
