package io.triangulate.coverage;

import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.List;

/** Citations on Spark: each article with its sentences and mentions, through {@link CitationExtractor}. */
public final class CitationJob {

    private CitationJob() {
    }

    public static Dataset<CitationRow> run(Dataset<Article> articles, Dataset<ArticleSentences> allFeatures,
                                           Dataset<Mention> mentions, CitationExtractor extractor) {
        // the extractor reads each sentence's bounds and index only (to place a citation in its sentence)
        Dataset<ArticleSentences> features = ArticleSentences.withoutSentenceFields(allFeatures,
                "text", "terms", "actors", "numbers");
        Dataset<ArticleMentions> byArticle = mentions.groupByKey((MapFunction<Mention, String>) Mention::getArticleId,
                        Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Mention, ArticleMentions>) (id, it) -> {
                    List<Mention> list = new ArrayList<>();
                    it.forEachRemaining(list::add);
                    return new ArticleMentions(id, list);
                }, Encoders.bean(ArticleMentions.class));
        Dataset<Tuple2<Article, ArticleSentences>> withSentences = articles.joinWith(features,
                articles.col("id").equalTo(features.col("articleId")), "left_outer");
        Dataset<Tuple2<Tuple2<Article, ArticleSentences>, ArticleMentions>> all = withSentences.joinWith(byArticle,
                withSentences.col("_1.id").equalTo(byArticle.col("articleId")), "left_outer");
        return all.flatMap((FlatMapFunction<Tuple2<Tuple2<Article, ArticleSentences>, ArticleMentions>, CitationRow>) t -> {
            Article a = t._1()._1();
            List<SentenceFeature> sentences = t._1()._2() == null ? List.of() : t._1()._2().getSentences();
            List<Mention> found = t._2() == null ? List.of() : t._2().getMentions();
            return extractor.extract(a, sentences, found).iterator();
        }, Encoders.bean(CitationRow.class));
    }
}
