package io.triangulate.coverage;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.col;

/**
 * The bounded summary of the coverage stage for run.json and the brief: counts, the biggest stories,
 * the strongest reprint relations between outlets, the most cited sources, and a fact × outlet matrix
 * for the biggest stories only. Everything here is a top-N aggregate: nothing unbounded reaches the driver.
 */
public record CoverageHeadlines(
        long articles,
        long stories,
        long multiArticleStories,
        Map<String, Long> pairsByRelation,
        long facts,
        long exclusives,
        long omissions,
        long citations,
        List<StorySummary> biggestStories,
        List<OutletFlow> reprintFlows,
        List<CitedSource> topCitedSources,
        List<CitationEdge> citationGraph,
        List<StoryMatrix> matrices) implements java.io.Serializable {

    /** Facts shown per story matrix. */
    public static final int MATRIX_FACTS = 25;

    public record StorySummary(String storyId, String label, int articles, List<String> outlets,
                               String firstPublished, String lastPublished) implements java.io.Serializable {
    }

    /**
     * Pairs in which {@code derivative} outlet reprinted or rewrote {@code original} outlet's article;
     * {@code directed} false when the direction is unknown (then the two are in name order).
     */
    public record OutletFlow(String original, String derivative, boolean directed, long pairs)
            implements java.io.Serializable {
    }

    public record CitedSource(String sourceKey, String name, long citations, long citingArticles,
                              List<String> citingOutlets) implements java.io.Serializable {
    }

    /** Outlet → cited source, weighted by the number of citing articles (the strongest edges only). */
    public record CitationEdge(String outlet, String sourceKey, String source, long articles)
            implements java.io.Serializable {
    }

    /** A fact × outlet matrix: {@code covered.get(i).get(j)} says whether outlet j reports fact i. */
    public record StoryMatrix(String storyId, String label, List<String> outlets, List<String> factIds,
                              List<String> factTexts, List<List<Boolean>> covered) implements java.io.Serializable {
    }

    public static CoverageHeadlines of(CoverageOutputs out, int topN) {
        Dataset<Row> stories = out.stories().toDF();
        long articles = out.assignments().count();
        // one pass for both story counts (and one for both fact counts below): every small query costs
        // its planning and code generation whatever the size of the table
        Row storyCounts = stories.agg(functions.count(functions.lit(1)),
                functions.count(functions.when(col("articles").geq(2), true))).first();
        long storyCount = storyCounts.getLong(0);
        long multi = storyCounts.getLong(1);
        Map<String, Long> byRelation = new TreeMap<>();
        for (Row r : out.pairs().groupBy("relation").count().collectAsList()) {
            byRelation.put(r.getString(0), r.getLong(1));
        }
        List<StorySummary> biggest = new ArrayList<>();
        for (StoryRow s : out.stories().orderBy(col("articles").desc(), functions.size(col("outlets")).desc(),
                col("storyId")).limit(topN).collectAsList()) {
            biggest.add(new StorySummary(s.getStoryId(), s.getLabel(), s.getArticles(), s.getOutlets(),
                    s.getFirstPublished(), s.getLastPublished()));
        }
        Row factCounts = out.facts().agg(functions.count(functions.lit(1)),
                functions.count(functions.when(col("exclusive"), true))).first();
        return new CoverageHeadlines(articles, storyCount, multi, byRelation, factCounts.getLong(0),
                factCounts.getLong(1), out.omissions().count(), out.citations().count(),
                biggest, flows(out, topN), cited(out, topN), citationGraph(out, topN * 3), matrices(out, biggest));
    }

    private static List<OutletFlow> flows(CoverageOutputs out, int topN) {
        Dataset<Row> reuse = out.pairs().toDF().where(col("relation").isin("verbatim_reprint", "rewrite")
                .and(col("outletA").notEqual(col("outletB"))));
        Dataset<Row> directed = reuse.select(
                functions.when(col("derivedFrom").equalTo(col("articleA")), col("outletA"))
                        .when(col("derivedFrom").equalTo(col("articleB")), col("outletB"))
                        .otherwise(functions.least(col("outletA"), col("outletB"))).as("original"),
                functions.when(col("derivedFrom").equalTo(col("articleA")), col("outletB"))
                        .when(col("derivedFrom").equalTo(col("articleB")), col("outletA"))
                        .otherwise(functions.greatest(col("outletA"), col("outletB"))).as("derivative"),
                col("derivedFrom").isNotNull().as("directed"));
        List<OutletFlow> flows = new ArrayList<>();
        for (Row r : directed.groupBy("original", "derivative", "directed").count()
                .orderBy(col("count").desc(), col("original"), col("derivative"), col("directed").desc())
                .limit(topN).collectAsList()) {
            flows.add(new OutletFlow(r.getString(0), r.getString(1), r.getBoolean(2), r.getLong(3)));
        }
        return flows;
    }

    private static List<CitedSource> cited(CoverageOutputs out, int topN) {
        Dataset<Row> keyed = out.citations().toDF().withColumn("sourceKey",
                functions.coalesce(col("citedActorId"), col("citedSource")));
        List<CitedSource> list = new ArrayList<>();
        for (Row r : keyed.groupBy("sourceKey")
                .agg(functions.min("citedSource").as("name"), functions.count("*").as("citations"),
                        functions.countDistinct("articleId").as("articles"),
                        functions.slice(functions.array_sort(functions.collect_set("outlet")), 1, topN).as("outlets"))
                .orderBy(col("articles").desc(), col("citations").desc(), col("sourceKey")).limit(topN)
                .collectAsList()) {
            list.add(new CitedSource(r.getString(0), r.getString(1), r.getLong(2), r.getLong(3), r.getList(4)));
        }
        return list;
    }

    private static List<CitationEdge> citationGraph(CoverageOutputs out, int limit) {
        Dataset<Row> keyed = out.citations().toDF().withColumn("sourceKey",
                functions.coalesce(col("citedActorId"), col("citedSource")));
        List<CitationEdge> edges = new ArrayList<>();
        for (Row r : keyed.groupBy("outlet", "sourceKey")
                .agg(functions.min("citedSource").as("source"), functions.countDistinct("articleId").as("articles"))
                .orderBy(col("articles").desc(), col("outlet"), col("sourceKey")).limit(limit).collectAsList()) {
            edges.add(new CitationEdge(r.getString(0), r.getString(1), r.getString(2), r.getLong(3)));
        }
        return edges;
    }

    /**
     * Matrices for the given stories, each with its MATRIX_FACTS most widely reported facts: one query
     * for all of them (a query per story made ten more on the Saudi week).
     */
    private static List<StoryMatrix> matrices(CoverageOutputs out, List<StorySummary> stories) {
        List<String> ids = stories.stream().filter(s -> s.articles() >= 2).map(StorySummary::storyId).toList();
        Map<String, List<FactRow>> factsByStory = new HashMap<>();
        if (!ids.isEmpty()) {
            Dataset<Row> ranked = out.facts().toDF().where(col("storyId").isin(ids.toArray()))
                    .withColumn("matrixRank", functions.row_number().over(Window.partitionBy("storyId")
                            .orderBy(functions.size(col("outlets")).desc(), col("factId"))))
                    .where(col("matrixRank").leq(MATRIX_FACTS));
            Dataset<FactRow> top = ranked.orderBy(col("storyId"), col("matrixRank")).drop("matrixRank")
                    .as(Encoders.bean(FactRow.class));
            for (FactRow f : top.collectAsList()) {
                factsByStory.computeIfAbsent(f.getStoryId(), k -> new ArrayList<>()).add(f);
            }
        }
        List<StoryMatrix> matrices = new ArrayList<>();
        for (StorySummary s : stories) {
            if (s.articles() < 2) {
                continue;
            }
            List<String> outlets = new ArrayList<>(new TreeSet<>(s.outlets()));
            List<String> factIds = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<List<Boolean>> covered = new ArrayList<>();
            for (FactRow f : factsByStory.getOrDefault(s.storyId(), List.of())) {
                factIds.add(f.getFactId());
                texts.add(f.getText());
                List<Boolean> row = new ArrayList<>();
                outlets.forEach(o -> row.add(f.getOutlets().contains(o)));
                covered.add(row);
            }
            matrices.add(new StoryMatrix(s.storyId(), s.label(), outlets, factIds, texts, covered));
        }
        return matrices;
    }

    /** Counts as an ordered map, for run.json. */
    public Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("articles", articles);
        m.put("stories", stories);
        m.put("multiArticleStories", multiArticleStories);
        pairsByRelation.forEach((k, v) -> m.put("pairs." + k, v));
        m.put("facts", facts);
        m.put("exclusives", exclusives);
        m.put("omissions", omissions);
        m.put("citations", citations);
        return m;
    }
}
