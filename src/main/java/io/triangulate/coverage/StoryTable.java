package io.triangulate.coverage;

import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.model.StoryAssignment;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple3;

import java.util.ArrayList;
import java.util.Iterator;
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
        Dataset<Row> topTerms = topTerms(articles, assigned);
        // joined by column name: all three derive from the same assignments, so base.col("storyId") ==
        // topActors.col("storyId") would be one attribute compared with itself
        String[] byStory = {"storyId"};
        Dataset<Row> joined = base.join(topActors, byStory, "left").join(topTerms, byStory, "left");
        return joined.map((MapFunction<Row, StoryRow>) r -> row(r, s), Encoders.bean(StoryRow.class));
    }

    /**
     * (storyId, keyTerms) for every story with a content term. Each article's distinct terms carry its
     * story; the document frequency is a count over the term (one shuffle), and each story's terms are
     * then scored together in {@link StoryKeyTerms} (a second). Grouping by (story, term) and ranking
     * with a window took two more shuffles of the ~1.8 M term rows of the Saudi week and a sort for the
     * string minimum, the larger part of this table's 17.6 s in {@code CoverageStageBench}.
     */
    private static Dataset<Row> topTerms(Dataset<Article> articles, Dataset<Row> assigned) {
        long total = Math.max(1, articles.count());
        // left join: an article without a story still counts towards document frequencies
        Dataset<Row> withStory = articles.toDF().join(assigned.select(col("articleId"), col("storyId")),
                col("id").equalTo(col("articleId")), "left");
        Dataset<Row> terms = withStory.select(col("storyId"), col("text"))
                .flatMap((FlatMapFunction<Row, Tuple3<String, String, String>>) r -> {
                    String storyId = r.getString(0);
                    String text = r.isNullAt(1) ? "" : r.getString(1);
                    List<Tuple3<String, String, String>> out = new ArrayList<>();
                    LinkedHashSet<String> seen = new LinkedHashSet<>();
                    for (ContentTerms.Term t : ContentTerms.withWords(text)) {
                        if (!ContentTerms.isNumber(t.key()) && seen.add(t.key())) {
                            out.add(new Tuple3<>(storyId, t.key(), t.word()));
                        }
                    }
                    return out.iterator();
                }, Encoders.tuple(Encoders.STRING(), Encoders.STRING(), Encoders.STRING()))
                .toDF("storyId", "term", "word");
        Dataset<Row> counted = terms.withColumn("df", functions.count(functions.lit(1)).over(Window.partitionBy("term")))
                .where(col("storyId").isNotNull());
        StructType schema = new StructType()
                .add("storyId", DataTypes.StringType, false)
                .add("keyTerms", DataTypes.createArrayType(DataTypes.StringType, false), false);
        return counted.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Row, Row>) (storyId, rows) -> {
                    Iterator<StoryKeyTerms.Use> uses = new Iterator<>() {
                        public boolean hasNext() {
                            return rows.hasNext();
                        }

                        public StoryKeyTerms.Use next() {
                            Row r = rows.next();
                            return new StoryKeyTerms.Use(r.getString(1), r.getString(2), r.getLong(3));
                        }
                    };
                    return RowFactory.create(storyId, StoryKeyTerms.best(uses, total, LIST_SIZE).toArray(new String[0]));
                }, Encoders.row(schema));
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
