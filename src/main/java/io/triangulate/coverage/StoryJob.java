package io.triangulate.coverage;

import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.model.StoryAssignment;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.PairFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.col;

/**
 * Stories on Spark: sentence features per article, candidate pairs from shared sentence keys (bounded
 * buckets), pair scoring by aligned sentences, and connected components by min-label propagation.
 */
public final class StoryJob {

    private StoryJob() {
    }

    /**
     * Each article's sentence features, with the actors the actor stage found in each sentence. Sentences
     * and mentions meet in one grouping by article (a cogroup: one shuffle of each); a join on (article,
     * sentence) followed by a grouping by article moved every sentence twice.
     */
    public static Dataset<ArticleSentences> sentenceFeatures(Dataset<Sentence> sentences, Dataset<Mention> mentions,
                                                             CoverageSettings s) {
        long seed = s.seed();
        KeyValueGroupedDataset<String, Mention> mentionsByArticle = mentions.groupByKey(
                (MapFunction<Mention, String>) Mention::getArticleId, Encoders.STRING());
        return sentences.groupByKey((MapFunction<Sentence, String>) Sentence::getArticleId, Encoders.STRING())
                .cogroup(mentionsByArticle, (CoGroupFunction<String, Sentence, Mention, ArticleSentences>)
                        (id, ss, ms) -> collect(id, ss, ms, seed), Encoders.bean(ArticleSentences.class));
    }

    /** One article's features, in sentence order; none for an article without sentences. */
    private static Iterator<ArticleSentences> collect(String articleId, Iterator<Sentence> ss, Iterator<Mention> ms,
                                                      long seed) {
        Map<Integer, Sentence> sentences = new TreeMap<>();
        ss.forEachRemaining(x -> sentences.putIfAbsent(x.getIndex(), x));
        if (sentences.isEmpty()) {
            return java.util.Collections.emptyIterator();
        }
        Map<Integer, List<Mention>> mentions = new HashMap<>();
        ms.forEachRemaining(m -> mentions.computeIfAbsent(m.getSentenceIndex(), k -> new ArrayList<>()).add(m));
        List<SentenceFeature> features = new ArrayList<>();
        Sentence first = sentences.values().iterator().next();
        for (Sentence x : sentences.values()) {
            features.add(SentenceMatcher.features(x, mentions.getOrDefault(x.getIndex(), List.of()), seed));
        }
        return List.of(new ArticleSentences(articleId, first.getOutlet(), first.getPublished(),
                first.getPublishedPrecision(), features)).iterator();
    }

    /**
     * Pairs of articles sharing at least {@code storyMinSharedKeys} sentence keys (band keys or
     * fingerprints). A key found in more than {@code storyKeyMaxArticles} articles is boilerplate (a
     * sign-off, a standing disclaimer), not a story, and is skipped.
     */
    public static Dataset<CandidatePair> candidates(Dataset<ArticleSentences> features, CoverageSettings s) {
        Dataset<Row> entries = features.flatMap((FlatMapFunction<ArticleSentences, Tuple2<String, Long>>) a ->
                        sentenceKeys(a, s).stream().map(k -> new Tuple2<>(a.getArticleId(), k)).iterator(),
                Encoders.tuple(Encoders.STRING(), Encoders.LONG())).toDF("articleId", "key");
        return OverlapJob.bucketPairRows(entries, "key", s.maxBucketSize(), s.storyKeyMaxArticles())
                .groupBy("articleA", "articleB").count()
                .where(col("count").geq(s.storyMinSharedKeys()))
                .select("articleA", "articleB").as(Encoders.bean(CandidatePair.class));
    }

    /** Distinct keys of an article's substantial sentences: term MinHash bands, and qualifying fingerprints. */
    static List<Long> sentenceKeys(ArticleSentences a, CoverageSettings s) {
        MinHash minHash = new MinHash(s.sentenceBands(), s.sentenceRowsPerBand(), s.seed());
        TreeSet<Long> keys = new TreeSet<>();
        for (SentenceFeature f : a.getSentences()) {
            if (!SentenceMatcher.substantial(f, s)) {
                continue;
            }
            for (long k : minHash.bandKeysOf(f.getTerms())) { // hashed with the seed and sorted already
                keys.add(k);
            }
            if (!f.getNumbers().isEmpty() || f.getActors().size() >= s.factMinFingerprintKeys()) {
                keys.add(Shingling.hash("fingerprint|" + f.fingerprint(), s.seed()));
            }
        }
        return new ArrayList<>(keys);
    }

    /** Aligned-sentence counts and time compatibility for each candidate pair. */
    public static Dataset<StoryLink> link(Dataset<CandidatePair> pairs, Dataset<ArticleSentences> allFeatures,
                                          CoverageSettings s) {
        // Scoring reads terms, actors and numbers only. Each article's features travel once per candidate
        // pair it is in, so the sentence texts (most of the bytes) stay behind.
        Dataset<ArticleSentences> features = ArticleSentences.withoutSentenceFields(allFeatures, "text");
        Dataset<StoryLink> half = pairs.joinWith(features, pairs.col("articleA").equalTo(features.col("articleId")))
                .map((MapFunction<Tuple2<CandidatePair, ArticleSentences>, StoryLink>) t ->
                        StoryLink.half(t._2(), t._1().getArticleB()), Encoders.bean(StoryLink.class));
        return half.joinWith(features, half.col("articleB").equalTo(features.col("articleId")))
                .map((MapFunction<Tuple2<StoryLink, ArticleSentences>, StoryLink>) t -> t._1().complete(t._2(), s),
                        Encoders.bean(StoryLink.class));
    }

    /**
     * Connected components of the story links. Every article starts with its own id as label. Each
     * round finds the links whose two articles still have different labels, joins those labels with a
     * union-find inside each partition, keeps for every label the smallest label it was joined with,
     * and relabels the articles; it stops when no link crosses two labels (at most
     * {@code maxPropagationRounds} rounds). A label is always the id of an article in the same
     * component and never grows, so in the end each story is labelled by its smallest article id.
     *
     * <p>Why not plain min-label propagation: it needs as many rounds as the longest chain of links
     * (11 to 14 on the Saudi week, 17 to 22 s), where the union-find joins whole chains at once and
     * needs a round only for what one partition did not see. On pair RDDs with one hash partitioner:
     * as DataFrame queries every round paid for planning and code generation again.
     *
     * @param edges rows (articleA, articleB)
     */
    public static Dataset<StoryAssignment> components(Dataset<Article> articles, Dataset<Row> edges,
                                                      CoverageSettings s) {
        Partitioner partitioner = new HashPartitioner(labelPartitions(articles));
        JavaPairRDD<String, String> links = edges.select("articleA", "articleB").javaRDD()
                .mapToPair((PairFunction<Row, String, String>) r -> ordered(r.getString(0), r.getString(1)))
                .filter(t -> !t._1().equals(t._2()))
                .distinct(partitioner.numPartitions()).partitionBy(partitioner).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> labels = settle(articles.select("id").javaRDD()
                .mapToPair((PairFunction<Row, String, String>) r -> new Tuple2<>(r.getString(0), r.getString(0)))
                .partitionBy(partitioner));
        for (int round = 0; round < s.maxPropagationRounds(); round++) {
            JavaPairRDD<String, String> crossing = crossingLabels(links, labels, partitioner)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            if (crossing.isEmpty()) {
                crossing.unpersist(false);
                break;
            }
            JavaPairRDD<String, String> merged = crossing
                    .mapPartitionsToPair(pairs -> LabelUnion.of(pairs).smallerLabels().iterator())
                    .reduceByKey(partitioner, StoryJob::smaller);
            JavaPairRDD<String, String> next = settle(labels.mapToPair(t -> new Tuple2<>(t._2(), t._1()))
                    .leftOuterJoin(merged, partitioner)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2().orElse(t._1())))
                    .partitionBy(partitioner));
            crossing.unpersist(false);
            labels.unpersist(false);
            labels = next;
        }
        links.unpersist(false);
        JavaRDD<StoryAssignment> assigned = labels.map(t -> new StoryAssignment(t._1(), storyId(t._2())));
        return articles.sparkSession().createDataset(assigned.rdd(), Encoders.bean(StoryAssignment.class));
    }

    /** The distinct pairs of different labels that a link joins, smaller label first. */
    private static JavaPairRDD<String, String> crossingLabels(JavaPairRDD<String, String> links,
                                                              JavaPairRDD<String, String> labels,
                                                              Partitioner partitioner) {
        return links.join(labels)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                .join(labels, partitioner)
                .values()
                .filter(t -> !t._1().equals(t._2()))
                .mapToPair(t -> ordered(t._1(), t._2()))
                .distinct(partitioner.numPartitions());
    }

    private static Tuple2<String, String> ordered(String a, String b) {
        return a.compareTo(b) <= 0 ? new Tuple2<>(a, b) : new Tuple2<>(b, a);
    }

    /**
     * Partitions for the (article, label) pairs: about {@value #LABELS_PER_PARTITION} per partition, at
     * least one per core and at most the job's shuffle partitions. Each round runs a few small
     * shuffles, and on a corpus of a week tasks over 32 partitions spent more time starting than
     * working (3 s a round, against about 1 s with 2).
     */
    private static int labelPartitions(Dataset<Article> articles) {
        SparkSession spark = articles.sparkSession();
        int most = Math.max(1, Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions")));
        int least = Math.min(most, Math.max(1, spark.sparkContext().defaultParallelism()));
        long wanted = (articles.count() + LABELS_PER_PARTITION - 1) / LABELS_PER_PARTITION;
        return (int) Math.max(least, Math.min(most, wanted));
    }

    private static final long LABELS_PER_PARTITION = 200_000;

    private static String smaller(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Stored and computed now, so round k reads round k-1's labels rather than recomputing the rounds
     * before it, and the caller may drop round k-1's. Not checkpointed: there are only a few rounds, and
     * dropping a locally checkpointed RDD makes Spark warn on every round.
     */
    private static JavaPairRDD<String, String> settle(JavaPairRDD<String, String> labels) {
        labels.persist(StorageLevel.MEMORY_AND_DISK());
        labels.count();
        return labels;
    }

    /** A stable story id from the smallest article id in the story. */
    public static String storyId(String smallestArticleId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(smallestArticleId.getBytes(StandardCharsets.UTF_8));
            return "story-" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
