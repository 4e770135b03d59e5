package io.triangulate.coverage;

import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.text.SentenceSegmenter;
import io.triangulate.text.TextSpan;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Citations on Spark: each article meets its mentions in one grouping by article (a cogroup), and
 * {@link CitationExtractor} reads them. The sentence spans come from splitting the text again, as the
 * cleaning stage did for the sentence table: joining the sentence rows cost two more shuffles.
 */
public final class CitationJob {

    private CitationJob() {
    }

    public static Dataset<CitationRow> run(Dataset<Article> articles, Dataset<Mention> mentions,
                                           CitationExtractor extractor) {
        KeyValueGroupedDataset<String, Mention> mentionsByArticle = mentions.groupByKey(
                (MapFunction<Mention, String>) Mention::getArticleId, Encoders.STRING());
        return articles.groupByKey((MapFunction<Article, String>) Article::getId, Encoders.STRING())
                .cogroup(mentionsByArticle, (CoGroupFunction<String, Article, Mention, CitationRow>) (id, as, ms) -> {
                    if (!as.hasNext()) {
                        return Collections.emptyIterator(); // mentions of an article outside this set
                    }
                    Article a = as.next();
                    List<Mention> found = new ArrayList<>();
                    ms.forEachRemaining(found::add);
                    List<TextSpan> sentences = a.getText() == null ? List.of()
                            : SentenceSegmenter.forThisThread().split(a.getText());
                    return extractor.extract(a, sentences, found).iterator();
                }, Encoders.bean(CitationRow.class));
    }
}
