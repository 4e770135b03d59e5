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

        long t = System.nanoTime();
        Dataset<ArticleShingles> shingles = OverlapJob.shingles(articles, s).persist();
        report("shingles", shingles.count(), t);
        t = System.nanoTime();
        Dataset<ArticleSentences> features = StoryJob.sentenceFeatures(sentences, mentions).persist();
        report("sentence features", features.count(), t);
        t = System.nanoTime();
        Dataset<CandidatePair> overlap = OverlapJob.candidates(shingles, s).persist();
        report("overlap candidates (document LSH)", overlap.count(), t);
        t = System.nanoTime();
        Dataset<CandidatePair> story = StoryJob.candidates(features, s).persist();
        report("story candidates (sentence keys)", story.count(), t);
        t = System.nanoTime();
        Dataset<CandidatePair> all = overlap.union(story).distinct().persist();
        report("distinct candidates", all.count(), t);
        t = System.nanoTime();
        report("measured", OverlapJob.measure(all, shingles).count(), t);
        t = System.nanoTime();
        report("linked", StoryJob.link(all, features, s).count(), t);

        t = System.nanoTime();
        var out = CoverageStage.run(spark, articles, sentences, mentions, s);
        report("stories (whole stage, assignments)", out.assignments().count(), t);
        t = System.nanoTime();
        report("article pairs", out.pairs().count(), t);
        t = System.nanoTime();
        report("story table", out.stories().count(), t);
        t = System.nanoTime();
        report("facts", out.facts().count(), t);
        t = System.nanoTime();
        report("citations", out.citations().count(), t);
        t = System.nanoTime();
        report("fact coverage", out.factCoverage().count(), t);
        report("omissions", out.omissions().count(), System.nanoTime());
        spark.stop();
    }

    private static void report(String what, long rows, long since) {
        System.out.printf("%-40s %10d rows %8.1f s%n", what, rows, (System.nanoTime() - since) / 1e9);
    }
}
