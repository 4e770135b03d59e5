package io.triangulate.coverage;

import io.triangulate.model.Article;
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
     * larger than {@code dropAbove} are skipped altogether. The entries are shuffled by key and sorted
     * within each partition, and the buckets read off as runs of one key ({@link BucketPairs#ofSortedEntries}).
     * Grouping them with {@code collect_list} instead built an object per key in a hash map that fell back
     * to sorting anyway past 128 keys a task; most keys belong to one article only.
     *
     * @param entries rows (articleId, key) with a {@code long} key
     */
    static Dataset<CandidatePair> bucketPairRows(Dataset<Row> entries, String keyColumn, int maxBucket, int dropAbove) {
        Dataset<Row> sorted = entries.select(functions.col(keyColumn).as("key"), functions.col("articleId"))
                .repartition(functions.col("key"))
                .sortWithinPartitions("key");
        return sorted.mapPartitions((MapPartitionsFunction<Row, CandidatePair>) rows ->
                        BucketPairs.ofSortedEntries(rows, r -> r.getLong(0), r -> r.getString(1), maxBucket, dropAbove),
                Encoders.bean(CandidatePair.class));
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
