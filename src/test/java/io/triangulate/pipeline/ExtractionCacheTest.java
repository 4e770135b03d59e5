package io.triangulate.pipeline;

import io.triangulate.clean.CleaningStage;
import io.triangulate.model.Article;
import io.triangulate.model.Sentence;
import io.triangulate.testing.LocalSpark;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExtractionCacheTest {

    @TempDir
    Path cacheRoot;

    private static Article article(String id, String text, String published) {
        Article a = new Article();
        a.setId(id);
        a.setOutlet("watan");
        a.setText(text);
        a.setLanguage("ar");
        a.setPublished(published);
        a.setPublishedPrecision(published == null ? "UNKNOWN" : "DAY");
        a.setContentHash(io.triangulate.clean.ArticleBuilder.contentHash(text));
        return a;
    }

    private static ExtractionCache.Result<Sentence> extract(ExtractionCache cache, List<Article> articles) {
        SparkSession spark = LocalSpark.session();
        Dataset<Article> ds = spark.createDataset(articles, Encoders.bean(Article.class));
        return cache.reuse("sentences", "test-1", ds,
                a -> a.flatMap((FlatMapFunction<Article, Sentence>) CleaningStage::sentencesOf, Encoders.bean(Sentence.class)),
                Sentence.class, "articleId");
    }

    private static List<String> texts(Dataset<Sentence> rows) {
        return rows.collectAsList().stream().sorted(Comparator.comparing(Sentence::getArticleId)
                .thenComparingInt(Sentence::getIndex)).map(s -> s.getArticleId() + ":" + s.getText()).toList();
    }

    @Test
    void secondRunReusesEverythingAndAChangedArticleIsExtractedAgain() {
        ExtractionCache cache = new ExtractionCache(LocalSpark.session(), cacheRoot.toString());
        List<Article> week = List.of(
                article("a1", "أجرت إيران والولايات المتحدة محادثات سرية. وجرت في مسقط.", "2024-03-15"),
                article("a2", "قال مسؤولون إن الحوثيين واصلوا الهجمات.", "2024-03-16"));
        ExtractionCache.Result<Sentence> first = extract(cache, week);
        List<String> firstRows = texts(first.rows());
        assertEquals(2, first.use().extracted());
        assertEquals(0, first.use().reused());

        ExtractionCache.Result<Sentence> second = extract(cache, week);
        assertEquals(0, second.use().extracted());
        assertEquals(2, second.use().reused());
        assertEquals(firstRows, texts(second.rows()));

        List<Article> edited = List.of(week.get(0), article("a2", "قال مسؤولون إن الحوثيين أوقفوا الهجمات.", "2024-03-16"));
        ExtractionCache.Result<Sentence> third = extract(cache, edited);
        assertEquals(1, third.use().extracted());
        assertEquals(1, third.use().reused());
        assertEquals(List.of("a1:أجرت إيران والولايات المتحدة محادثات سرية.", "a1:وجرت في مسقط.",
                "a2:قال مسؤولون إن الحوثيين أوقفوا الهجمات."), texts(third.rows()));
    }

    @Test
    void withoutARootNothingIsCached() {
        ExtractionCache cache = new ExtractionCache(LocalSpark.session(), null);
        ExtractionCache.Result<Sentence> r = extract(cache, List.of(article("a1", "نص قصير هنا.", null)));
        assertEquals(1, r.rows().count());
        assertEquals(0, r.use().reused());
    }
}
