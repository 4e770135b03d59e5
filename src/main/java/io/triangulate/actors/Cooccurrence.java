package io.triangulate.actors;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Pair counts per window and outlet slice, with NPMI and G² against the actors' own unit counts, and
 * the change since the previous period. All aggregations are group-bys over per-article units: the
 * cost grows with the number of articles, never with pairs of articles.
 */
final class Cooccurrence {

    private Cooccurrence() {
    }

    static Dataset<CooccurrenceRow> table(Dataset<ArticleFindings> current, Dataset<ArticleFindings> previous,
                                          ActorSettings settings, String period) {
        Dataset<Row> now = withStatistics(current, settings.windows());
        Dataset<Row> rows = now.filter(col("support").geq(settings.minPairSupport()));
        if (previous != null) {
            Dataset<Row> before = withStatistics(previous, settings.windows()).select(col("outlet").as("pOutlet"),
                    col("actorA").as("pA"), col("actorB").as("pB"), col("window").as("pWindow"),
                    col("support").as("previousCount"), col("n").as("previousN"));
            rows = rows.join(before, col("outlet").equalTo(col("pOutlet")).and(col("actorA").equalTo(col("pA")))
                    .and(col("actorB").equalTo(col("pB"))).and(col("window").equalTo(col("pWindow"))), "left_outer");
        } else {
            rows = rows.withColumn("previousCount", lit(null).cast("long")).withColumn("previousN", lit(null).cast("long"));
        }
        boolean compared = previous != null;
        double ratio = settings.changeRatio();
        return rows.map((MapFunction<Row, CooccurrenceRow>) r -> toRow(r, period, compared, ratio),
                        Encoders.bean(CooccurrenceRow.class))
                .orderBy(col("window").desc(), col("outlet"), desc("g2"), col("actorA"), col("actorB"));
    }

    /** One row per (outlet slice, window, pair) with the counts the statistics need: support, a, b, n. */
    private static Dataset<Row> withStatistics(Dataset<ArticleFindings> findings, List<String> windows) {
        Column slices = explode(array(col("outlet"), lit("*")));
        Dataset<Row> pairs = findings.flatMap((FlatMapFunction<ArticleFindings, PairInArticle>) f ->
                f.getPairs().iterator(), Encoders.bean(PairInArticle.class)).toDF().withColumn("slice", slices);
        Column inSentence = col("sentences").gt(0);
        // Per outlet first, then per slice: the outlet counts become plain counts of rows, where
        // countDistinct would make Spark expand every row once per distinct aggregate and sort them.
        Dataset<Row> perOutlet = pairs.groupBy("slice", "outlet", "actorA", "actorB").agg(
                first("nameA").as("nameA"), first("nameB").as("nameB"), first("nameArA").as("nameArA"),
                first("nameArB").as("nameArB"), first("typeA").as("typeA"), first("typeB").as("typeB"),
                sum("sentences").cast("long").as("sentences"), count(lit(1)).as("articlesAny"),
                sum(when(inSentence, 1).otherwise(0)).cast("long").as("articlesSentence"),
                min("published").as("firstAny"), max("published").as("lastAny"),
                min(when(inSentence, col("published"))).as("firstSentence"),
                max(when(inSentence, col("published"))).as("lastSentence"));
        Dataset<Row> perPair = perOutlet.groupBy("slice", "actorA", "actorB").agg(
                first("nameA").as("nameA"), first("nameB").as("nameB"), first("nameArA").as("nameArA"),
                first("nameArB").as("nameArB"), first("typeA").as("typeA"), first("typeB").as("typeB"),
                sum("sentences").cast("long").as("sentences"), sum("articlesAny").cast("long").as("articlesAny"),
                sum("articlesSentence").cast("long").as("articlesSentence"), count(lit(1)).as("outletsAny"),
                sum(when(col("articlesSentence").gt(0), 1).otherwise(0)).cast("long").as("outletsSentence"),
                min("firstAny").as("firstAny"), max("lastAny").as("lastAny"),
                min("firstSentence").as("firstSentence"), max("lastSentence").as("lastSentence"));
        // both windows from one pass over perPair (a union of two selects would compute it twice)
        List<Column> chosen = new ArrayList<>();
        if (windows.contains("sentence")) {
            chosen.add(struct(lit("sentence").as("window"), col("articlesSentence").as("articles"),
                    col("outletsSentence").as("outlets"), col("firstSentence").as("firstSeen"),
                    col("lastSentence").as("lastSeen"), col("sentences").as("support")));
        }
        if (windows.contains("article")) {
            chosen.add(struct(lit("article").as("window"), col("articlesAny").as("articles"),
                    col("outletsAny").as("outlets"), col("firstAny").as("firstSeen"), col("lastAny").as("lastSeen"),
                    col("articlesAny").as("support")));
        }
        Dataset<Row> windowed = perPair.withColumn("w", explode(array(chosen.toArray(new Column[0]))))
                .where(col("w.window").notEqual("sentence").or(col("sentences").gt(0)))
                .select(col("slice").as("outlet"), col("actorA"), col("actorB"), col("nameA"), col("nameB"),
                        col("nameArA"), col("nameArB"), col("typeA"), col("typeB"), col("w.window").as("window"),
                        col("sentences"), col("w.articles").as("articles"), col("w.outlets").as("outlets"),
                        col("w.firstSeen").as("firstSeen"), col("w.lastSeen").as("lastSeen"),
                        col("w.support").as("support"));
        return joinUnitCounts(windowed, findings, slices);
    }

    /** Adds a (units naming actorA), b, and n (all units) for the row's window and slice. */
    private static Dataset<Row> joinUnitCounts(Dataset<Row> windowed, Dataset<ArticleFindings> findings, Column slices) {
        Dataset<Row> units = findings.flatMap((FlatMapFunction<ArticleFindings, ActorInArticle>) f ->
                        f.getActors().iterator(), Encoders.bean(ActorInArticle.class)).toDF().withColumn("slice", slices)
                .groupBy("slice", "actorId")
                .agg(sum("sentences").cast("long").as("sentenceUnits"), count(lit(1)).as("articleUnits"));
        Dataset<Row> totals = findings.toDF().select(col("sentenceCount"), slices.as("slice")).groupBy("slice")
                .agg(sum("sentenceCount").cast("long").as("sentenceTotal"), count(lit(1)).as("articleTotal"));
        Dataset<Row> a = units.select(col("slice").as("aSlice"), col("actorId").as("aId"),
                col("sentenceUnits").as("aSentences"), col("articleUnits").as("aArticles"));
        Dataset<Row> b = units.select(col("slice").as("bSlice"), col("actorId").as("bId"),
                col("sentenceUnits").as("bSentences"), col("articleUnits").as("bArticles"));
        Column bySentence = col("window").equalTo("sentence");
        return windowed
                .join(a, col("outlet").equalTo(col("aSlice")).and(col("actorA").equalTo(col("aId"))))
                .join(b, col("outlet").equalTo(col("bSlice")).and(col("actorB").equalTo(col("bId"))))
                .join(totals, col("outlet").equalTo(totals.col("slice")))
                .withColumn("a", when(bySentence, col("aSentences")).otherwise(col("aArticles")))
                .withColumn("b", when(bySentence, col("bSentences")).otherwise(col("bArticles")))
                .withColumn("n", when(bySentence, col("sentenceTotal")).otherwise(col("articleTotal")));
    }

    private static CooccurrenceRow toRow(Row r, String period, boolean compared, double ratio) {
        CooccurrenceRow c = new CooccurrenceRow();
        c.setActorA(r.getAs("actorA"));
        c.setActorB(r.getAs("actorB"));
        c.setNameA(r.getAs("nameA"));
        c.setNameB(r.getAs("nameB"));
        c.setNameArA(r.getAs("nameArA"));
        c.setNameArB(r.getAs("nameArB"));
        c.setTypeA(r.getAs("typeA"));
        c.setTypeB(r.getAs("typeB"));
        c.setWindow(r.getAs("window"));
        c.setOutlet(r.getAs("outlet"));
        c.setSentences(r.<Long>getAs("sentences"));
        c.setArticles(r.<Long>getAs("articles"));
        c.setOutlets(r.<Long>getAs("outlets"));
        c.setFirstSeen(r.getAs("firstSeen"));
        c.setLastSeen(r.getAs("lastSeen"));
        long support = r.<Long>getAs("support");
        long n = r.<Long>getAs("n");
        c.setNpmi(Association.npmi(support, r.<Long>getAs("a"), r.<Long>getAs("b"), n));
        c.setG2(Association.g2(support, r.<Long>getAs("a"), r.<Long>getAs("b"), n));
        c.setPeriod(period);
        if (compared) {
            Long before = r.getAs("previousCount");
            Long beforeN = r.getAs("previousN");
            c.setPreviousCount(before == null ? 0L : before);
            c.setChange(change(support, n, before == null ? 0 : before, beforeN == null ? 0 : beforeN, ratio));
        }
        return c;
    }

    /** new / rising / falling / steady, comparing rates per unit so that periods of different size compare. */
    static String change(long now, long n, long before, long beforeN, double ratio) {
        if (before == 0 || beforeN == 0) {
            return "new";
        }
        double r = ((double) now / n) / ((double) before / beforeN);
        if (r >= ratio) {
            return "rising";
        }
        return r <= 1.0 / ratio ? "falling" : "steady";
    }
}
