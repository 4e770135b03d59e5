package io.triangulate.clean;

import io.triangulate.config.CleaningSpec;
import io.triangulate.ingest.RawArticle;
import io.triangulate.model.Article;
import io.triangulate.model.Duplicate;
import io.triangulate.model.Reject;
import io.triangulate.model.Sentence;
import io.triangulate.text.SentenceSegmenter;
import io.triangulate.text.TextSpan;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;

import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

/**
 * The Spark side of cleaning: learns each outlet's boilerplate lines from the corpus, cleans every
 * record, splits kept articles from exact duplicates, and segments sentences.
 */
public final class CleaningStage {

    private CleaningStage() {
    }

    /**
     * The stage's outputs. Only the cleaning outcomes and the ranked copies are persisted: articles,
     * duplicates and sentences are cheap filters and splits of those, and each is written once as a table
     * that later stages read back. Caching articles and sentences as well meant encoding the whole corpus
     * text into Spark's columnar cache twice more for a single read.
     */
    public record Result(Dataset<Article> articles, Dataset<Reject> rejects, Dataset<Duplicate> duplicates,
                         Dataset<Sentence> sentences, long boilerplateLines) {
    }

    public static Result run(SparkSession spark, Dataset<RawArticle> raw, ArticleBuilder builder, CleaningSpec spec) {
        Map<String, Set<String>> boilerplate = learnBoilerplate(raw, spec);
        long learned = boilerplate.values().stream().mapToLong(Set::size).sum();
        Broadcast<Map<String, Set<String>>> shared = spark.sparkContext().broadcast(boilerplate,
                scala.reflect.ClassTag$.MODULE$.apply(Map.class));

        Dataset<CleaningOutcome> outcomes = raw.mapPartitions((MapPartitionsFunction<RawArticle, CleaningOutcome>) rows -> {
            Map<String, Set<String>> lines = shared.value();
            List<CleaningOutcome> out = new ArrayList<>();
            while (rows.hasNext()) {
                RawArticle r = rows.next();
                out.add(builder.build(r, lines.getOrDefault(r.getOutlet(), Set.of())));
            }
            return out.iterator();
        }, Encoders.bean(CleaningOutcome.class)).persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Reject> rejects = outcomes.filter(col("reject").isNotNull()).select(col("reject.*")).as(Encoders.bean(Reject.class));
        Dataset<Row> accepted = outcomes.filter(col("article").isNotNull()).select(col("article.*"));

        // The earliest dated copy of a text is the one kept; ties go to outlet then id, so reruns agree.
        WindowSpec byText = Window.partitionBy("contentHash")
                .orderBy(col("published").asc_nulls_last(), col("outlet"), col("id"));
        Dataset<Row> ranked = accepted.withColumn("copy", row_number().over(byText))
                .withColumn("keptId", first("id").over(byText))
                .withColumn("keptOutlet", first("outlet").over(byText))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Article> articles = ranked.filter(col("copy").equalTo(1)).drop("copy", "keptId", "keptOutlet")
                .as(Encoders.bean(Article.class));
        Dataset<Duplicate> duplicates = ranked.filter(col("copy").gt(1))
                .select(col("id").as("recordId"), col("outlet"), col("keptId").as("keptArticleId"),
                        col("keptOutlet"), col("contentHash"), col("originFile"), col("originLine"))
                .as(Encoders.bean(Duplicate.class));
        Dataset<Sentence> sentences = articles.flatMap((FlatMapFunction<Article, Sentence>) CleaningStage::sentencesOf,
                Encoders.bean(Sentence.class));
        return new Result(articles, rejects, duplicates, sentences, learned);
    }

    /** Sentences of one article, offsets into its cleaned text. */
    public static java.util.Iterator<Sentence> sentencesOf(Article a) {
        List<Sentence> out = new ArrayList<>();
        List<TextSpan> spans = SentenceSegmenter.forThisThread().split(a.getText());
        for (int i = 0; i < spans.size(); i++) {
            TextSpan s = spans.get(i);
            out.add(new Sentence(a.getId(), a.getOutlet(), a.getPublished(), a.getPublishedPrecision(),
                    a.getLanguage(), i, s.start(), s.end(), s.of(a.getText())));
        }
        return out.iterator();
    }

    /**
     * Lines that recur across many articles of one outlet. Only a bounded number per outlet is
     * brought to the driver and broadcast (the most frequent first).
     */
    static Map<String, Set<String>> learnBoilerplate(Dataset<RawArticle> raw, CleaningSpec spec) {
        int maxChars = spec.maxLineChars();
        Dataset<Row> lines = raw.flatMap((FlatMapFunction<RawArticle, Tuple2<String, String>>) r -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            String outlet = r.getOutlet() == null ? "" : r.getOutlet();
            for (String key : ArticleCleaner.boilerplateCandidates(r.getText(), maxChars)) {
                out.add(new Tuple2<>(outlet, key));
            }
            return out.iterator();
        }, Encoders.tuple(Encoders.STRING(), Encoders.STRING())).toDF("outlet", "line");
        Dataset<Row> perOutlet = raw.groupBy(col("outlet")).agg(count(lit(1)).as("outletArticles"));
        WindowSpec mostFrequent = Window.partitionBy("outlet").orderBy(col("articles").desc(), col("line"));
        List<Row> rows = lines.groupBy("outlet", "line").agg(count(lit(1)).as("articles"))
                .filter(col("articles").geq(spec.minArticles()))
                .join(perOutlet, "outlet")
                .filter(col("articles").geq(col("outletArticles").multiply(spec.minShare())))
                .withColumn("rank", row_number().over(mostFrequent))
                .filter(col("rank").leq(spec.maxLinesPerOutlet()))
                .select("outlet", "line").collectAsList();
        Map<String, Set<String>> byOutlet = new HashMap<>();
        for (Row row : rows) {
            byOutlet.computeIfAbsent(row.getString(0), k -> new HashSet<>()).add(row.getString(1));
        }
        return byOutlet;
    }

}
