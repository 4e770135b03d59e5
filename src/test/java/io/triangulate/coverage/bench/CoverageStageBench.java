package io.triangulate.coverage.bench;

import io.triangulate.coverage.ArticleSentences;
import io.triangulate.coverage.ArticleShingles;
import io.triangulate.coverage.CandidatePair;
import io.triangulate.coverage.CoverageSettings;
import io.triangulate.coverage.CoverageStage;
import io.triangulate.coverage.OverlapJob;
import io.triangulate.coverage.StoryJob;
import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.spark.SparkSessions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * The coverage stage alone, on the articles, sentences and mentions tables of an earlier run, with
 * the size and time of each step. Run by hand (not a test), e.g. after bench/run.sh week:
 * <pre>
 * java -Xmx1g --add-opens=... -cp target/test-classes:target/triangulate-0.1.0.jar:$(cat target/classpath.txt) \
 *   io.triangulate.coverage.bench.CoverageStageBench bench/work/out-week/saudi-week/all/tables
 * </pre>
 */
public final class CoverageStageBench {

    private CoverageStageBench() {
    }

    public static void main(String[] args) {
        String tables = args[0];
        SparkSession spark = SparkSessions.create("coverage-bench", "local[2]", 8);
        spark.sparkContext().setLogLevel("ERROR");
        Dataset<Article> articles = spark.read().parquet(tables + "/articles").as(Encoders.bean(Article.class));
        Dataset<Sentence> sentences = spark.read().parquet(tables + "/sentences").as(Encoders.bean(Sentence.class));
        Dataset<Mention> mentions = spark.read().parquet(tables + "/mentions").as(Encoders.bean(Mention.class));
        CoverageSettings s = CoverageSettings.defaults();

        Dataset<ArticleShingles> shingles = timed("shingles", OverlapJob.shingles(articles, s).persist());
        Dataset<ArticleSentences> features = timed("sentence features",
                StoryJob.sentenceFeatures(sentences, mentions, s).persist());
        Dataset<CandidatePair> overlap = timed("overlap candidates (document LSH)",
                OverlapJob.candidates(shingles, s).persist());
        Dataset<CandidatePair> story = timed("story candidates (sentence keys)",
                StoryJob.candidates(features, s).persist());
        Dataset<CandidatePair> all = timed("distinct candidates", overlap.union(story).distinct().persist());
        timed("measured", OverlapJob.measure(all, shingles));
        timed("linked", StoryJob.link(all, features, s));

        long t = System.nanoTime();
        var out = CoverageStage.run(spark, articles, sentences, mentions, s);
        report("stories (whole stage, assignments)", out.assignments().count(), t);
        java.util.Map<String, Dataset<?>> outputs = new java.util.LinkedHashMap<>();
        outputs.put("article pairs", out.pairs());
        outputs.put("story table", out.stories());
        outputs.put("facts", out.facts());
        outputs.put("citations", out.citations());
        outputs.put("fact coverage", out.factCoverage());
        outputs.put("omissions", out.omissions());
        outputs.forEach(CoverageStageBench::timed);
        spark.stop();
    }

    /** Counts (computes) {@code rows} and prints the time it took. */
    private static <T> Dataset<T> timed(String what, Dataset<T> rows) {
        long t = System.nanoTime();
        report(what, rows.count(), t);
        return rows;
    }

    private static void report(String what, long rows, long since) {
        System.out.printf("%-40s %10d rows %8.1f s%n", what, rows, (System.nanoTime() - since) / 1e9);
    }
}
