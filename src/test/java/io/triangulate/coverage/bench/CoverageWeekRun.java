package io.triangulate.coverage.bench;

import io.triangulate.coverage.CoverageHeadlines;
import io.triangulate.coverage.CoverageOutputs;
import io.triangulate.coverage.CoverageSettings;
import io.triangulate.coverage.CoverageStage;
import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.spark.SparkSessions;
import io.triangulate.text.SentenceSegmenter;
import io.triangulate.text.TextSpan;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole coverage stage over the SaudiNewsNet week (raw content, no actor mentions: the actor stage
 * is not part of this run), for realism and timing. Run by hand like {@link OverlapBenchmark}.
 */
public final class CoverageWeekRun {

    private CoverageWeekRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/corpora/saudinewsnet");
        SparkSession spark = SparkSessions.create("coverage-week", "local[2]", 8);
        spark.sparkContext().setLogLevel("WARN");
        Dataset<Article> articles = spark.createDataset(OverlapBenchmark.readWeekPublic(dir), Encoders.bean(Article.class))
                .repartition(8).cache();
        Dataset<Sentence> sentences = articles.flatMap((FlatMapFunction<Article, Sentence>) a -> {
            List<Sentence> out = new ArrayList<>();
            int i = 0;
            for (TextSpan span : new SentenceSegmenter().split(a.getText())) {
                out.add(new Sentence(a.getId(), a.getOutlet(), a.getPublished(), a.getPublishedPrecision(), a.getLanguage(),
                        i++, span.start(), span.end(), span.of(a.getText())));
            }
            return out.iterator();
        }, Encoders.bean(Sentence.class)).cache();
        System.out.println("articles " + articles.count() + ", sentences " + sentences.count());
        Dataset<Mention> mentions = spark.emptyDataset(Encoders.bean(Mention.class));
        long t0 = System.nanoTime();
        CoverageOutputs out = CoverageStage.run(spark, articles, sentences, mentions, CoverageSettings.defaults());
        CoverageHeadlines h = CoverageStage.headlines(out, 10);
        System.out.printf("stage + headlines: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        System.out.println(h.counts());
        h.biggestStories().forEach(s -> System.out.println("story " + s.articles() + " " + s.outlets().size()
                + " outlets " + s.firstPublished() + ".." + s.lastPublished() + " " + s.label()));
        h.reprintFlows().forEach(f -> System.out.println("flow " + f));
        h.topCitedSources().forEach(c -> System.out.println("cited " + c.name() + " " + c.citingArticles()));
        out.stories().groupBy("articles").count().orderBy(functions.col("articles").desc()).show(15);
        spark.stop();
    }
}
