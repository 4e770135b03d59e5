package io.triangulate.timeline.timex;

import io.triangulate.model.Article;
import io.triangulate.model.PublicationDate;
import io.triangulate.model.Sentence;
import io.triangulate.model.TimeExpression;
import io.triangulate.text.Language;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Spark stage of the temporal tagger: each article meets its sentences (cogroup by article id, so the
 * cost is linear in the corpus), and the sentences are tagged in order so that references the text
 * sets carry forward. The tagger is built once per executor JVM.
 */
public final class TimexStage {

    private TimexStage() {
    }

    /** Lazily loaded tagger, one per JVM: the vocabularies are read once, not per task. */
    private static final class Holder {
        static final TemporalTagger TAGGER = TemporalTagger.load();
    }

    public static Dataset<TimeExpression> run(SparkSession spark, Dataset<Article> articles, Dataset<Sentence> sentences) {
        return articles
                .groupByKey((MapFunction<Article, String>) Article::getId, Encoders.STRING())
                .cogroup(sentences.groupByKey((MapFunction<Sentence, String>) Sentence::getArticleId, Encoders.STRING()),
                        (CoGroupFunction<String, Article, Sentence, TimeExpression>) TimexStage::tag,
                        Encoders.bean(TimeExpression.class));
    }

    private static Iterator<TimeExpression> tag(String articleId, Iterator<Article> articles, Iterator<Sentence> sentences) {
        if (!articles.hasNext()) {
            return Collections.emptyIterator();
        }
        Article a = articles.next();
        List<Sentence> list = new ArrayList<>();
        sentences.forEachRemaining(list::add);
        if (list.isEmpty()) {
            return Collections.emptyIterator();
        }
        PublicationDate pub = PublicationDate.of(a.getPublished(), a.getPublishedPrecision());
        return Holder.TAGGER.tagArticle(a.getId(), a.getOutlet(), a.getText(), list, pub,
                Language.fromCode(a.getLanguage())).iterator();
    }
}
