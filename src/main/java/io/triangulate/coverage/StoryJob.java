package io.triangulate.coverage;

import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.model.StoryAssignment;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import scala.Tuple2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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

    /** Each article's sentence features, with the actors the actor stage found in each sentence. */
    public static Dataset<ArticleSentences> sentenceFeatures(Dataset<Sentence> sentences, Dataset<Mention> mentions) {
        Column sameSentence = sentences.col("articleId").equalTo(mentions.col("articleId"))
                .and(sentences.col("index").equalTo(mentions.col("sentenceIndex")));
        Dataset<Tuple2<Sentence, Mention>> joined = sentences.joinWith(mentions, sameSentence, "left_outer");
        return joined.groupByKey((MapFunction<Tuple2<Sentence, Mention>, String>) t -> t._1().getArticleId(),
                        Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Tuple2<Sentence, Mention>, ArticleSentences>) (id, it) ->
                        collect(id, it), Encoders.bean(ArticleSentences.class));
    }

    private static ArticleSentences collect(String articleId, Iterator<Tuple2<Sentence, Mention>> it) {
        Map<Integer, Sentence> sentences = new TreeMap<>();
        Map<Integer, List<Mention>> mentions = new TreeMap<>();
        while (it.hasNext()) {
            Tuple2<Sentence, Mention> t = it.next();
            sentences.putIfAbsent(t._1().getIndex(), t._1());
            List<Mention> list = mentions.computeIfAbsent(t._1().getIndex(), k -> new ArrayList<>());
            if (t._2() != null) {
                list.add(t._2());
            }
        }
        List<SentenceFeature> features = new ArrayList<>();
        Sentence first = sentences.values().iterator().next();
        for (Sentence s : sentences.values()) {
            features.add(SentenceMatcher.features(s, mentions.get(s.getIndex())));
        }
        return new ArticleSentences(articleId, first.getOutlet(), first.getPublished(), first.getPublishedPrecision(),
                features);
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
            long[] terms = f.getTerms().stream().mapToLong(t -> Shingling.hash(t, s.seed())).sorted().toArray();
            for (long k : minHash.bandKeysOf(terms)) {
                keys.add(k);
            }
            if (!f.getNumbers().isEmpty() || f.getActors().size() >= s.factMinFingerprintKeys()) {
                keys.add(Shingling.hash("fingerprint|" + f.fingerprint(), s.seed()));
            }
        }
        return new ArrayList<>(keys);
    }

    /** Aligned-sentence counts and time compatibility for each candidate pair. */
    public static Dataset<StoryLink> link(Dataset<CandidatePair> pairs, Dataset<ArticleSentences> features,
                                          CoverageSettings s) {
        Dataset<StoryLink> half = pairs.joinWith(features, pairs.col("articleA").equalTo(features.col("articleId")))
                .map((MapFunction<Tuple2<CandidatePair, ArticleSentences>, StoryLink>) t ->
                        StoryLink.half(t._2(), t._1().getArticleB()), Encoders.bean(StoryLink.class));
        return half.joinWith(features, half.col("articleB").equalTo(features.col("articleId")))
                .map((MapFunction<Tuple2<StoryLink, ArticleSentences>, StoryLink>) t -> t._1().complete(t._2(), s),
                        Encoders.bean(StoryLink.class));
    }

    /**
     * Connected components of the story links by min-label propagation: every article starts with its
     * own id as label and takes the smallest label among itself and its neighbours until nothing
     * changes (at most {@code maxPropagationRounds} rounds; each round is one join and one aggregate).
     *
     * @param edges rows (articleA, articleB)
     */
    public static Dataset<StoryAssignment> components(Dataset<Article> articles, Dataset<Row> edges,
                                                      CoverageSettings s) {
        Dataset<Row> both = edges.select(col("articleA").as("src"), col("articleB").as("dst"))
                .union(edges.select(col("articleB").as("src"), col("articleA").as("dst"))).distinct().cache();
        Dataset<Row> labels = articles.select(col("id").as("articleId"), col("id").as("label")).localCheckpoint();
        for (int round = 0; round < s.maxPropagationRounds(); round++) {
            Dataset<Row> offers = both.join(labels, both.col("src").equalTo(labels.col("articleId")))
                    .select(both.col("dst").as("articleId"), labels.col("label"));
            Dataset<Row> next = labels.union(offers).groupBy("articleId").agg(functions.min("label").as("label"))
                    .localCheckpoint();
            long changed = next.join(labels.withColumnRenamed("label", "old"), "articleId")
                    .where(col("label").notEqual(col("old"))).count();
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        both.unpersist();
        return labels.map((MapFunction<Row, StoryAssignment>) r ->
                new StoryAssignment(r.getString(0), storyId(r.getString(1))), Encoders.bean(StoryAssignment.class));
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
