package io.triangulate.timeline.timex;

import io.triangulate.clean.CleaningStage;
import io.triangulate.model.Article;
import io.triangulate.model.PublicationDate;
import io.triangulate.model.Sentence;
import io.triangulate.model.TimeExpression;
import io.triangulate.text.Language;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Spark stage of the temporal tagger: each article is split into its sentences again, as the cleaning
 * stage split it for the sentence table ({@link CleaningStage#sentencesOf}), and the sentences are
 * tagged in order so that references the text sets carry forward. Splitting costs less than bringing
 * each article together with its sentence rows (a cogroup shuffled both the article texts and the
 * sentence texts). The tagger is built once per executor JVM.
 */
public final class TimexStage {

    private TimexStage() {
    }

    /** Lazily loaded tagger, one per JVM: the vocabularies are read once, not per task. */
    private static final class Holder {
        static final TemporalTagger TAGGER = TemporalTagger.load();
    }

    public static Dataset<TimeExpression> run(SparkSession spark, Dataset<Article> articles) {
        return articles.flatMap((FlatMapFunction<Article, TimeExpression>) TimexStage::tag,
                Encoders.bean(TimeExpression.class));
    }

    private static Iterator<TimeExpression> tag(Article a) {
        if (a.getText() == null) {
            return Collections.emptyIterator();
        }
        List<Sentence> list = new ArrayList<>();
        CleaningStage.sentencesOf(a).forEachRemaining(list::add);
        if (list.isEmpty()) {
            return Collections.emptyIterator();
        }
        PublicationDate pub = PublicationDate.of(a.getPublished(), a.getPublishedPrecision());
        return Holder.TAGGER.tagArticle(a.getId(), a.getOutlet(), a.getText(), list, pub,
                Language.fromCode(a.getLanguage())).iterator();
    }
}
