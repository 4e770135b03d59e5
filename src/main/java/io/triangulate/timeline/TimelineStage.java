package io.triangulate.timeline;

import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.model.StoryAssignment;
import io.triangulate.model.TimeExpression;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * "Do the dates add up?": the thin Spark layer over {@link ClaimExtractor} (per article) and
 * {@link StoryAligner} (per story). Two shuffles: inputs grouped by article, claims grouped by story.
 * Each story keeps at most {@link TimelineSettings#maxClaimsPerStory()} event and directness claims and
 * {@link TimelineSettings#maxNumbersPerStory()} counts (the first in article and sentence order), so
 * one giant story costs bounded memory and time; nothing is compared across stories.
 */
public final class TimelineStage {

    private TimelineStage() {
    }

    public static TimelineOutputs run(SparkSession spark, Dataset<Sentence> sentences, Dataset<Mention> mentions,
                                      Dataset<TimeExpression> timexes, Dataset<StoryAssignment> stories,
                                      TimelineSettings settings) {
        List<String> problems = settings.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid timeline settings: " + String.join("; ", problems));
        }
        Dataset<TimelineClaim> claims = storyClaims(articleClaims(sentences, mentions, timexes, settings), stories)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<EventRow> events = claims.filter((FilterFunction<TimelineClaim>) c -> "event".equals(c.getKind()))
                .map((MapFunction<TimelineClaim, EventRow>) TimelineStage::eventRow, Encoders.bean(EventRow.class))
                .orderBy("articleId", "sentenceIndex", "timexStart", "timexEnd");
        Dataset<StoryOutput> perStory = claims
                .groupByKey((MapFunction<TimelineClaim, String>) TimelineClaim::getStoryId, Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, TimelineClaim, StoryOutput>) (story, it) ->
                        List.of(align(story, it, settings)).iterator(), Encoders.bean(StoryOutput.class))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<TimelineEntryRow> timeline = perStory
                .flatMap((FlatMapFunction<StoryOutput, TimelineEntryRow>) s -> s.getEntries().iterator(),
                        Encoders.bean(TimelineEntryRow.class)).orderBy("storyId", "entryId");
        Dataset<ConflictRow> conflicts = perStory
                .flatMap((FlatMapFunction<StoryOutput, ConflictRow>) s -> s.getConflicts().iterator(),
                        Encoders.bean(ConflictRow.class)).orderBy("storyId", "conflictId");
        Dataset<OutletClaimRow> judged = perStory
                .flatMap((FlatMapFunction<StoryOutput, OutletClaimRow>) s -> s.getClaims().iterator(),
                        Encoders.bean(OutletClaimRow.class));
        Dataset<OutletConsistencyRow> outlets = judged.groupBy("outlet")
                .agg(count(lit(1)).as("datedClaims"), sum(when(col("agrees"), 1L).otherwise(0L)).as("agreeing"))
                .withColumn("conflicting", col("datedClaims").minus(col("agreeing")))
                .withColumn("share", col("agreeing").cast("double").divide(col("datedClaims")))
                .orderBy("outlet").as(Encoders.bean(OutletConsistencyRow.class));
        return new TimelineOutputs(events, timeline, conflicts, outlets);
    }

    /** Per article: sentences, time expressions and mentions meet in one group, claims come out. */
    static Dataset<TimelineClaim> articleClaims(Dataset<Sentence> sentences, Dataset<Mention> mentions,
                                                Dataset<TimeExpression> timexes, TimelineSettings settings) {
        Dataset<ArticleItem> items = sentences.map((MapFunction<Sentence, ArticleItem>) s -> item(s.getArticleId(), s, null, null),
                        Encoders.bean(ArticleItem.class))
                .union(timexes.map((MapFunction<TimeExpression, ArticleItem>) t -> item(t.getArticleId(), null, t, null),
                        Encoders.bean(ArticleItem.class)))
                .union(mentions.map((MapFunction<Mention, ArticleItem>) m -> item(m.getArticleId(), null, null, m),
                        Encoders.bean(ArticleItem.class)));
        return items.groupByKey((MapFunction<ArticleItem, String>) ArticleItem::getArticleId, Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, ArticleItem, TimelineClaim>) (id, it) -> {
                    List<Sentence> ss = new ArrayList<>();
                    List<TimeExpression> ts = new ArrayList<>();
                    List<Mention> ms = new ArrayList<>();
                    it.forEachRemaining(i -> {
                        if (i.getSentence() != null) {
                            ss.add(i.getSentence());
                        } else if (i.getTimex() != null) {
                            ts.add(i.getTimex());
                        } else if (i.getMention() != null) {
                            ms.add(i.getMention());
                        }
                    });
                    return new ClaimExtractor(TimelineLexicon.shared(), settings).extractArticle(ss, ts, ms).iterator();
                }, Encoders.bean(TimelineClaim.class));
    }

    /** An article without a story assignment is its own story ("article:<id>"). */
    static Dataset<TimelineClaim> storyClaims(Dataset<TimelineClaim> claims, Dataset<StoryAssignment> stories) {
        return claims.joinWith(stories, claims.col("articleId").equalTo(stories.col("articleId")), "left_outer")
                .map((MapFunction<Tuple2<TimelineClaim, StoryAssignment>, TimelineClaim>) t -> {
                    TimelineClaim c = t._1();
                    c.setStoryId(t._2() != null && t._2().getStoryId() != null ? t._2().getStoryId() : "article:" + c.getArticleId());
                    return c;
                }, Encoders.bean(TimelineClaim.class));
    }

    private static ArticleItem item(String articleId, Sentence s, TimeExpression t, Mention m) {
        ArticleItem i = new ArticleItem();
        i.setArticleId(articleId);
        i.setSentence(s);
        i.setTimex(t);
        i.setMention(m);
        return i;
    }

    /** Keeps the first claims of each kind in reading order, never holding more than the caps. */
    private static StoryOutput align(String story, Iterator<TimelineClaim> it, TimelineSettings settings) {
        Map<String, PriorityQueue<TimelineClaim>> kept = new LinkedHashMap<>();
        while (it.hasNext()) {
            TimelineClaim c = it.next();
            int cap = "number".equals(c.getKind()) ? settings.maxNumbersPerStory() : settings.maxClaimsPerStory();
            PriorityQueue<TimelineClaim> q = kept.computeIfAbsent(c.getKind(),
                    k -> new PriorityQueue<>(StoryAligner.READING_ORDER.reversed()));
            q.add(c);
            if (q.size() > cap) {
                q.poll(); // drops the last in reading order
            }
        }
        List<TimelineClaim> all = new ArrayList<>();
        kept.values().forEach(all::addAll);
        StoryAligner.StoryTimeline t = new StoryAligner(settings).align(story, all);
        StoryOutput out = new StoryOutput();
        out.setEntries(new ArrayList<>(t.entries()));
        out.setConflicts(new ArrayList<>(t.conflicts()));
        out.setClaims(new ArrayList<>(t.claims()));
        return out;
    }

    private static EventRow eventRow(TimelineClaim c) {
        EventRow r = new EventRow();
        r.setArticleId(c.getArticleId());
        r.setOutlet(c.getOutlet());
        r.setStoryId(c.getStoryId());
        r.setSentenceIndex(c.getSentenceIndex());
        r.setEventType(c.getEventType());
        r.setFamily(c.getFamily());
        r.setRelation(c.getRelation());
        r.setDistinct(c.isDistinct());
        r.setTrigger(c.getTrigger());
        r.setTriggerStart(c.getTriggerStart());
        r.setTriggerEnd(c.getTriggerEnd());
        r.setTimexStart(c.getTimexStart());
        r.setTimexEnd(c.getTimexEnd());
        r.setTimexSurface(c.getTimexSurface());
        r.setTimexType(c.getTimexType());
        r.setValue(c.getValue());
        r.setMod(c.getMod());
        r.setActors(c.getActors());
        r.setEvidence(c.getSentenceText());
        return r;
    }

    /** Bounded summary: counts and at most {@code topN} conflicts, stories and outlets. */
    public static TimelineHeadlines headlines(TimelineOutputs outputs, int topN) {
        Map<String, Long> byKind = new java.util.TreeMap<>();
        for (Row r : outputs.conflicts().groupBy("kind").count().collectAsList()) {
            byKind.put(r.getString(0), r.getLong(1));
        }
        List<ConflictRow> sharpest = outputs.conflicts()
                .orderBy(col("sharpness").desc(), col("kind"), col("conflictId")).limit(topN).collectAsList();
        List<String> topStories = outputs.timeline().filter(col("reported"))
                .groupBy("storyId").agg(count(lit(1)).as("entries"), sum("agreeingOutlets").as("outlets"))
                .orderBy(col("entries").desc(), col("outlets").desc(), col("storyId")).limit(topN)
                .select("storyId").as(Encoders.STRING()).collectAsList();
        List<TimelineEntryRow> entries = topStories.isEmpty() ? List.of() : outputs.timeline()
                .filter(col("reported").and(col("storyId").isin(topStories.toArray())))
                .orderBy("storyId", "firstDay", "entryId").limit(topN * 50).collectAsList();
        List<OutletConsistencyRow> outlets = outputs.outletConsistency()
                .orderBy(col("datedClaims").desc(), col("outlet")).limit(topN).collectAsList();
        long events = outputs.events().count();
        long timeline = outputs.timeline().count();
        long conflicts = byKind.values().stream().mapToLong(Long::longValue).sum();
        return new TimelineHeadlines(events, timeline, conflicts, byKind, sharpest, topStories, entries, outlets);
    }
}
