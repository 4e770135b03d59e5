package io.triangulate.coverage;

import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.model.StoryAssignment;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * The {@code stories} table: per story its size, outlets and dates, the actors named by most of its
 * articles (media excluded: they are sources, not participants; ties go to the most often named) and
 * its key terms, ranked by
 * articles-in-story × log(1 + corpus size / corpus document frequency), so words every story uses
 * ("قال", "الولايات") do not label anything. Ties break on the id or term, so labels are deterministic.
 */
public final class StoryTable {

    /** Length of the topActors and keyTerms lists. */
    public static final int LIST_SIZE = 5;

    private StoryTable() {
    }

    public static Dataset<StoryRow> build(Dataset<Article> articles, Dataset<Mention> mentions,
                                          Dataset<StoryAssignment> assignments, CoverageSettings s) {
        Dataset<Row> assigned = assignments.toDF();
        Dataset<Row> base = assigned.join(articles.select(col("id").as("articleId"), col("outlet"), col("published")),
                        "articleId")
                .groupBy("storyId")
                .agg(functions.count("*").cast("int").as("articles"),
                        functions.array_sort(functions.collect_set("outlet")).as("outlets"),
                        functions.min("published").as("firstPublished"), functions.max("published").as("lastPublished"));
        Dataset<Row> actors = mentions.where(col("actorType").notEqual("media").and(col("actorId").isNotNull()))
                .join(assigned, "articleId")
                .groupBy("storyId", "actorId")
                .agg(functions.countDistinct("articleId").as("n"), functions.count("*").as("tie"),
                        functions.min(functions.coalesce(col("actorName"), col("actorId"))).as("name"));
        Dataset<Row> topActors = topN(actors, "actorId", "name", "topActors");
        Dataset<Row> topTerms = topN(termScores(articles, assigned), "term", "word", "keyTerms");
        // joined by column name: all three derive from the same assignments, so base.col("storyId") ==
        // topActors.col("storyId") would be one attribute compared with itself
        String[] byStory = {"storyId"};
        Dataset<Row> joined = base.join(topActors, byStory, "left").join(topTerms, byStory, "left");
        return joined.map((MapFunction<Row, StoryRow>) r -> row(r, s), Encoders.bean(StoryRow.class));
    }

    /** (storyId, term, word, n, score) for every content term of every story. */
    private static Dataset<Row> termScores(Dataset<Article> articles, Dataset<Row> assigned) {
        Dataset<Row> terms = articles.flatMap((FlatMapFunction<Article, Tuple2<String, Tuple2<String, String>>>) a -> {
            List<Tuple2<String, Tuple2<String, String>>> out = new ArrayList<>();
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            for (ContentTerms.Term t : ContentTerms.withWords(a.getText() == null ? "" : a.getText())) {
                if (!ContentTerms.isNumber(t.key()) && seen.add(t.key())) {
                    out.add(new Tuple2<>(a.getId(), new Tuple2<>(t.key(), t.word())));
                }
            }
            return out.iterator();
        }, Encoders.tuple(Encoders.STRING(), Encoders.tuple(Encoders.STRING(), Encoders.STRING())))
                .select(col("_1").as("articleId"), col("_2._1").as("term"), col("_2._2").as("word"))
                // read twice (document frequencies, story counts): tokenized once
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        long total = Math.max(1, articles.count());
        Dataset<Row> df = terms.groupBy("term").agg(functions.count("*").as("df"));
        return terms.join(assigned, "articleId").groupBy("storyId", "term")
                // one row per article and term (see the flatMap): a count of rows is a count of articles
                .agg(functions.count("*").as("n"), functions.min("word").as("word"))
                .join(df, "term")
                .withColumn("n", col("n").multiply(functions.log(functions.lit(1.0)
                        .plus(functions.lit((double) total).divide(col("df"))))))
                .withColumn("tie", functions.lit(0L));
    }

    /** The LIST_SIZE best (by n desc, tie desc, then key) display names per story, as an ordered array. */
    private static Dataset<Row> topN(Dataset<Row> scored, String key, String display, String as) {
        Dataset<Row> ranked = scored.withColumn("rank", functions.row_number().over(
                        Window.partitionBy("storyId").orderBy(col("n").desc(), col("tie").desc(), col(key).asc())))
                .where(col("rank").leq(LIST_SIZE));
        return ranked.groupBy("storyId").agg(functions.array_sort(functions.collect_list(
                functions.struct(col("rank"), col(display).as("name")))).getField("name").as(as));
    }

    private static StoryRow row(Row r, CoverageSettings s) {
        StoryRow row = new StoryRow();
        row.setStoryId(r.getAs("storyId"));
        row.setArticles(r.<Integer>getAs("articles"));
        row.setOutlets(new ArrayList<>(r.<scala.collection.Seq<String>>getAs("outlets") == null ? List.of()
                : scala.jdk.javaapi.CollectionConverters.asJava(r.<scala.collection.Seq<String>>getAs("outlets"))));
        row.setFirstPublished(r.getAs("firstPublished"));
        row.setLastPublished(r.getAs("lastPublished"));
        row.setTopActors(list(r, "topActors"));
        row.setKeyTerms(list(r, "keyTerms"));
        row.setLabel(label(row.getTopActors(), row.getKeyTerms(), s));
        return row;
    }

    private static List<String> list(Row r, String field) {
        scala.collection.Seq<String> seq = r.getAs(field);
        return seq == null ? new ArrayList<>() : new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(seq));
    }

    /** "Iran, United States, Oman — محادثات، سرية، ماكغورك": top actors, then key terms. */
    public static String label(List<String> actors, List<String> terms, CoverageSettings s) {
        String a = String.join(", ", actors.subList(0, Math.min(s.labelActors(), actors.size())));
        String t = String.join("، ", terms.subList(0, Math.min(s.labelTerms(), terms.size())));
        if (a.isEmpty()) {
            return t;
        }
        return t.isEmpty() ? a : a + " — " + t;
    }
}
