package io.triangulate.coverage;

import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.model.StoryAssignment;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * Who covers what, and who copies whom: stories, article overlap, facts and citations.
 *
 * <p>One candidate-pair set serves both stories and overlap: pairs sharing a shingle MinHash band key
 * (text reuse) or a sentence key (same facts in other words), all in bounded buckets, so the work
 * grows about linearly with the corpus. Each candidate is measured exactly (shingle Jaccard and
 * containments, aligned sentences); story links among them give the stories (connected components);
 * citations give the direction of derivation and the shared-source class.
 */
public final class CoverageStage {

    private CoverageStage() {
    }

    public static CoverageOutputs run(SparkSession spark, Dataset<Article> articles, Dataset<Sentence> sentences,
                                      Dataset<Mention> mentions, CoverageSettings settings) {
        List<String> problems = settings.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid coverage settings: " + String.join("; ", problems));
        }
        CoverageSettings s = settings;
        Dataset<ArticleShingles> shingles = OverlapJob.shingles(articles, s).persist();
        Dataset<ArticleSentences> features = StoryJob.sentenceFeatures(sentences, mentions, s).persist();
        Dataset<CandidatePair> candidates = OverlapJob.candidates(shingles, s)
                .union(StoryJob.candidates(features, s)).distinct().persist();
        Dataset<PairEvidence> evidence = evidence(OverlapJob.measure(candidates, shingles),
                StoryJob.link(candidates, features, s)).persist();

        Dataset<Row> edges = evidence.filter((FilterFunction<PairEvidence>) e -> e.isStoryEdge(s))
                .select("articleA", "articleB");
        Dataset<StoryAssignment> assignments = StoryJob.components(articles, edges, s).persist();
        Dataset<CitationRow> citations = CitationJob.run(articles, mentions,
                new CitationExtractor(CitationCues.loadDefault(), s)).persist();
        // Not persisted: each is written once as a table, and the headlines read the stored table.
        Dataset<ArticlePair> pairs = pairs(evidence, citations, assignments, s);
        Dataset<StoryRow> stories = StoryTable.build(articles, mentions, assignments, s);
        Dataset<StoryFacts> storyFacts = FactJob.run(features, assignments, s).persist();
        return new CoverageOutputs(stories, assignments, pairs, FactJob.facts(storyFacts),
                FactJob.coverage(storyFacts), FactJob.omissions(storyFacts), citations);
    }

    /** The bounded summary for run.json and the brief (see {@link CoverageHeadlines}). */
    public static CoverageHeadlines headlines(CoverageOutputs outputs, int topN) {
        return CoverageHeadlines.of(outputs, topN);
    }

    /** Overlap measures with aligned-sentence counts (0 when an article had no sentences). */
    private static Dataset<PairEvidence> evidence(Dataset<MeasuredPair> measured, Dataset<StoryLink> links) {
        Dataset<Row> shared = links.select("articleA", "articleB", "sharedSentences");
        return measured.toDF().join(shared, new String[]{"articleA", "articleB"}, "left")
                .withColumn("sharedSentences", functions.coalesce(col("sharedSentences"), functions.lit(0)))
                .withColumn("citedA", functions.lit(null).cast(DataTypes.createArrayType(DataTypes.StringType)))
                .withColumn("citedB", functions.lit(null).cast(DataTypes.createArrayType(DataTypes.StringType)))
                .withColumn("storyA", functions.lit(null).cast(DataTypes.StringType))
                .withColumn("storyB", functions.lit(null).cast(DataTypes.StringType))
                .as(Encoders.bean(PairEvidence.class));
    }

    /** The article_pairs table: overlapping pairs and same-story pairs sharing facts, classified. */
    private static Dataset<ArticlePair> pairs(Dataset<PairEvidence> evidence, Dataset<CitationRow> citations,
                                              Dataset<StoryAssignment> assignments, CoverageSettings s) {
        Dataset<Row> cited = citations.map((MapFunction<CitationRow, scala.Tuple2<String, String>>) c ->
                        new scala.Tuple2<>(c.getArticleId(), c.sourceKey()),
                        Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
                .groupBy(col("_1").as("articleId")).agg(functions.array_sort(functions.collect_set("_2")).as("cited"));
        Dataset<Row> e = evidence.toDF().drop("citedA", "citedB", "storyA", "storyB");
        e = e.join(cited.select(col("articleId").as("aId"), col("cited").as("citedA")),
                col("articleA").equalTo(col("aId")), "left").drop("aId");
        e = e.join(cited.select(col("articleId").as("bId"), col("cited").as("citedB")),
                col("articleB").equalTo(col("bId")), "left").drop("bId");
        Dataset<Row> story = assignments.toDF();
        e = e.join(story.select(col("articleId").as("aId"), col("storyId").as("storyA")),
                col("articleA").equalTo(col("aId")), "left").drop("aId");
        e = e.join(story.select(col("articleId").as("bId"), col("storyId").as("storyB")),
                col("articleB").equalTo(col("bId")), "left").drop("bId");
        int minShared = s.storyMinSharedSentences();
        return e.as(Encoders.bean(PairEvidence.class))
                .map((MapFunction<PairEvidence, ArticlePair>) p -> p.finish(s), Encoders.bean(ArticlePair.class))
                .filter((FilterFunction<ArticlePair>) p -> !p.getRelation().equals(OverlapRelation.INDEPENDENT.label())
                        || p.getSharedSentences() >= minShared);
    }
}
