package io.triangulate.coverage;

import io.triangulate.model.Article;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Text reuse on Spark without all-pairs comparison: MinHash band keys are exploded, grouped, and only
 * articles sharing a band key (in bounded buckets) become candidates; the exact Jaccard similarity and
 * containments are then computed for those candidates only, on their shingle sets.
 */
public final class OverlapJob {

    private OverlapJob() {
    }

    /** Shingles and band keys of each article with at least {@code minShingles} shingles. */
    public static Dataset<ArticleShingles> shingles(Dataset<Article> articles, CoverageSettings s) {
        return articles.mapPartitions((MapPartitionsFunction<Article, ArticleShingles>) it -> {
            MinHash minHash = MinHash.of(s);
            List<ArticleShingles> out = new ArrayList<>();
            while (it.hasNext()) {
                Article a = it.next();
                long[] sh = Shingling.shingles(a.getText(), s.shingleSize(), s.seed());
                if (sh.length < s.minShingles()) {
                    continue;
                }
                out.add(new ArticleShingles(a.getId(), a.getOutlet(), a.getPublished(), a.getPublishedPrecision(),
                        sh, minHash.bandKeysOf(sh)));
            }
            return out.iterator();
        }, Encoders.bean(ArticleShingles.class));
    }

    /** Distinct pairs of articles sharing at least one band key. */
    public static Dataset<CandidatePair> candidates(Dataset<ArticleShingles> shingles, CoverageSettings s) {
        Dataset<Row> entries = shingles.select(functions.col("articleId"),
                functions.explode(functions.col("bandKeys")).as("bandKey"));
        return bucketPairs(entries, "bandKey", s.maxBucketSize());
    }

    /** Pairs within each bucket of {@code keyColumn} (rows articleId, key), bounded by {@link BucketPairs}. */
    static Dataset<CandidatePair> bucketPairs(Dataset<Row> entries, String keyColumn, int maxBucket) {
        return bucketPairRows(entries, keyColumn, maxBucket, Integer.MAX_VALUE).distinct();
    }

    /**
     * Every pair of each bucket, once per bucket (so a pair sharing k keys appears k times); buckets
     * larger than {@code dropAbove} are skipped altogether.
     */
    static Dataset<CandidatePair> bucketPairRows(Dataset<Row> entries, String keyColumn, int maxBucket, int dropAbove) {
        Dataset<Row> buckets = entries.groupBy(functions.col(keyColumn))
                .agg(functions.collect_list(functions.col("articleId")).as("ids"))
                .where(functions.size(functions.col("ids")).gt(1)
                        .and(functions.size(functions.col("ids")).leq(dropAbove)));
        return buckets.flatMap((FlatMapFunction<Row, CandidatePair>) row -> {
            List<String> ids = new ArrayList<>(new java.util.TreeSet<String>(row.getList(row.fieldIndex("ids"))));
            return BucketPairs.pairs(ids, maxBucket).iterator();
        }, Encoders.bean(CandidatePair.class));
    }

    /** Exact Jaccard and containments of each pair, read from the two shingle sets. */
    public static Dataset<MeasuredPair> measure(Dataset<CandidatePair> pairs, Dataset<ArticleShingles> shingles) {
        Dataset<Tuple2<CandidatePair, ArticleShingles>> withA = pairs.joinWith(shingles,
                pairs.col("articleA").equalTo(shingles.col("articleId")));
        Dataset<MeasuredPair> half = withA.map((MapFunction<Tuple2<CandidatePair, ArticleShingles>, MeasuredPair>) t ->
                MeasuredPair.half(t._2(), t._1().getArticleB()), Encoders.bean(MeasuredPair.class));
        Dataset<Tuple2<MeasuredPair, ArticleShingles>> withB = half.joinWith(shingles,
                half.col("articleB").equalTo(shingles.col("articleId")));
        return withB.map((MapFunction<Tuple2<MeasuredPair, ArticleShingles>, MeasuredPair>) t ->
                t._1().complete(t._2()), Encoders.bean(MeasuredPair.class));
    }

}
