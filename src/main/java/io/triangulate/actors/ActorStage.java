package io.triangulate.actors;

import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.text.SentenceSegmenter;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

/**
 * Spark stage "who appears with whom": finds actors in every article (one matcher per executor),
 * then counts actors, co-occurring pairs and unknown names with bounded aggregations. The three
 * aggregate tables are persisted (MEMORY_AND_DISK), since the report reads them several times; the
 * caller may unpersist them when done.
 */
public final class ActorStage {

    private ActorStage() {
    }

    public static ActorOutputs run(SparkSession spark, Dataset<Article> articles, ActorSettings settings,
                                   String currentPeriod, String previousPeriod) {
        return run(findings(spark, articles, settings).persist(StorageLevel.MEMORY_AND_DISK()), settings,
                currentPeriod, previousPeriod);
    }

    /**
     * The per-article extraction alone (mentions, actors, pairs and candidate names of each article):
     * what depends only on an article and the dictionary, so a later run can reuse it.
     */
    public static Dataset<ArticleFindings> findings(SparkSession spark, Dataset<Article> articles,
                                                    ActorSettings settings) {
        requireValid(settings);
        ActorDictionary dictionary = ActorDictionary.load(settings.dictionaries()); // fails fast on the driver
        Broadcast<byte[]> broadcast = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(dictionary.toBytes());
        return extract(articles, broadcast, settings.maxActorsPerArticle());
    }

    /**
     * What the extraction's results depend on besides the article: the dictionary as loaded (shipped
     * plus the job's own files) and the per-article cap. Equal fingerprints give equal findings for
     * the same article text, so cached findings may be reused.
     */
    public static byte[] extractionFingerprint(ActorSettings settings) {
        byte[] dictionary = ActorDictionary.load(settings.dictionaries()).toBytes();
        byte[] cap = Integer.toString(settings.maxActorsPerArticle()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(dictionary, dictionary.length + 1 + cap.length);
        out[dictionary.length] = '|';
        System.arraycopy(cap, 0, out, dictionary.length + 1, cap.length);
        return out;
    }

    /**
     * The aggregate tables from per-article findings (fresh or reused), which are read four or five
     * times: the caller persists them if they are computed rather than read from storage. Caching
     * findings read back from the extraction cache put partitions of 130 MB into the columnar cache on
     * the week x4, in a 1 GB heap, for no gain over reading the files again.
     */
    public static ActorOutputs run(Dataset<ArticleFindings> findings, ActorSettings settings, String currentPeriod,
                                   String previousPeriod) {
        requireValid(settings);
        Dataset<ArticleFindings> current = inPeriod(findings, currentPeriod);
        String periodLabel = currentPeriod == null ? "all" : currentPeriod;

        Dataset<Mention> mentions = findings.flatMap((FlatMapFunction<ArticleFindings, Mention>) f ->
                f.getMentions().iterator(), Encoders.bean(Mention.class));
        // The aggregates are read several times (tables, headlines, network): keep them rather than recompute.
        Dataset<ActorRow> actors = actorTable(current, periodLabel).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<CooccurrenceRow> cooccurrence = Cooccurrence.table(current,
                previousPeriod == null ? null : inPeriod(findings, previousPeriod), settings, periodLabel)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<ActorCandidate> candidates = candidateTable(current, settings.candidatesMinCount())
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new ActorOutputs(mentions, actors, cooccurrence, candidates);
    }

    private static void requireValid(ActorSettings settings) {
        List<String> problems = settings.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** Bounded summary for run.json and the brief, with {@code topN} entries per list. */
    public static ActorHeadlines headlines(ActorOutputs outputs, int topN) {
        return ActorHeadlines.of(outputs, topN);
    }

    public static ActorHeadlines headlines(ActorOutputs outputs) {
        return ActorHeadlines.of(outputs, ActorSettings.defaults().topN());
    }

    private static Dataset<ArticleFindings> inPeriod(Dataset<ArticleFindings> findings, String period) {
        if (period == null) {
            return findings;
        }
        return findings.filter((FilterFunction<ArticleFindings>) f -> period.equals(f.getPeriod()));
    }

    /**
     * Each article's sentences are found by splitting its text again, as the cleaning stage did for the
     * sentence table ({@link SentenceSegmenter#forThisThread()}), so mentions carry the same sentence
     * indexes. Joining the sentence rows instead meant shuffling every article's text to meet them: on
     * the Saudi week that join cost more than the split.
     */
    static Dataset<ArticleFindings> extract(Dataset<Article> articles, Broadcast<byte[]> dictionary,
                                            int maxActorsPerArticle) {
        long broadcastId = dictionary.id();
        return articles.mapPartitions((MapPartitionsFunction<Article, ArticleFindings>) rows -> {
            ArticleActors extractor = ExecutorActors.get(broadcastId, dictionary::value, maxActorsPerArticle);
            SentenceSegmenter segmenter = SentenceSegmenter.forThisThread();
            return new Iterator<>() {
                public boolean hasNext() {
                    return rows.hasNext();
                }

                public ArticleFindings next() {
                    Article a = rows.next();
                    ArticleActors.SentenceBounds bounds = a.getText() == null ? ArticleActors.SentenceBounds.none()
                            : ArticleActors.SentenceBounds.of(segmenter.split(a.getText()));
                    return extractor.extract(a.getId(), a.getOutlet(), a.getPublished(), a.getPublishedPrecision(),
                            a.getPeriod(), a.getText(), bounds);
                }
            };
        }, Encoders.bean(ArticleFindings.class));
    }

    private static Dataset<ActorRow> actorTable(Dataset<ArticleFindings> current, String period) {
        Dataset<ActorInArticle> units = current.flatMap((FlatMapFunction<ArticleFindings, ActorInArticle>) f ->
                f.getActors().iterator(), Encoders.bean(ActorInArticle.class));
        return units.groupBy(col("actorId").as("id"))
                .agg(first("name").as("name"), first("nameAr").as("nameAr"), first("type").as("type"),
                        sum("mentions").cast("long").as("mentions"), count(lit(1)).as("articles"),
                        countDistinct("outlet").as("outlets"), min("published").as("firstSeen"),
                        max("published").as("lastSeen"))
                .withColumn("period", lit(period))
                .orderBy(desc("mentions"), col("id"))
                .as(Encoders.bean(ActorRow.class));
    }

    private static Dataset<ActorCandidate> candidateTable(Dataset<ArticleFindings> current, int minCount) {
        Dataset<CandidateRow> rows = current.flatMap((FlatMapFunction<ArticleFindings, CandidateRow>) f ->
                f.getCandidates().iterator(), Encoders.bean(CandidateRow.class));
        Column example = struct(col("articleId"), col("sentenceIndex"), col("start"), col("end"), col("surface"),
                col("pattern"), col("sentence"));
        return rows.groupBy(col("normalized"))
                .agg(count(lit(1)).as("count"), countDistinct("articleId").as("articles"),
                        countDistinct("outlet").as("outlets"), min(example).as("ex"))
                .filter(col("count").geq(minCount))
                .select(col("ex.surface").as("surface"), col("normalized"), col("ex.pattern").as("pattern"),
                        col("count"), col("articles"), col("outlets"), col("ex.articleId").as("exampleArticleId"),
                        col("ex.sentenceIndex").as("exampleSentenceIndex"), col("ex.start").as("exampleStart"),
                        col("ex.end").as("exampleEnd"), col("ex.sentence").as("exampleSentence"))
                .orderBy(desc("count"), col("normalized"))
                .as(Encoders.bean(ActorCandidate.class));
    }
}
