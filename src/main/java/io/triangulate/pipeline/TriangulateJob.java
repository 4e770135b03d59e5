package io.triangulate.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.triangulate.actors.ActorHeadlines;
import io.triangulate.actors.ActorNetwork;
import io.triangulate.actors.ActorNetworks;
import io.triangulate.actors.ActorOutputs;
import io.triangulate.actors.ActorStage;
import io.triangulate.actors.ArticleFindings;
import io.triangulate.brief.BriefAssembler;
import io.triangulate.coverage.CoverageHeadlines;
import io.triangulate.coverage.CoverageOutputs;
import io.triangulate.coverage.CoverageStage;
import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.model.TimeExpression;
import io.triangulate.timeline.TimelineHeadlines;
import io.triangulate.timeline.TimelineOutputs;
import io.triangulate.timeline.TimelineStage;
import io.triangulate.timeline.timex.TimexStage;
import org.apache.spark.sql.Encoders;
import io.triangulate.clean.ArticleBuilder;
import io.triangulate.clean.ArticleCleaner;
import io.triangulate.clean.CleaningStage;
import io.triangulate.config.JobConfig;
import io.triangulate.config.JobLoader;
import io.triangulate.config.Period;
import io.triangulate.ingest.IngestResult;
import io.triangulate.ingest.IngestStage;
import io.triangulate.ingest.RawArticle;
import io.triangulate.model.Article;
import io.triangulate.model.Reject;
import io.triangulate.report.BriefModel;
import io.triangulate.spark.RunFolder;
import io.triangulate.spark.ShufflePartitions;
import io.triangulate.spark.TableWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;

/**
 * One run of a job, start to finish: ingest, clean, analyse, write tables and reports, publish the
 * run folder. The only class that strings stages together; each stage is its own small class.
 */
public final class TriangulateJob {

    private TriangulateJob() {
    }

    public static RunSummary run(SparkSession spark, JobConfig job) {
        Period period = job.period().resolve();
        Optional<Period> previous = job.period().comparesWithPrevious() ? period.previous() : Optional.empty();
        RunFolder folder = RunFolder.create(job.output().root(), job.name(), period.label(),
                spark.sparkContext().hadoopConfiguration());
        RunSummary summary = new RunSummary(job.name(), period.label(), previous.map(Period::label).orElse(null),
                folder.finalUri());
        try {
            execute(spark, job, period, previous, folder, summary);
            writeRunJson(folder, job, summary);
            folder.publish();
            return summary;
        } catch (RuntimeException e) {
            folder.discard();
            throw e;
        }
    }

    private static void execute(SparkSession spark, JobConfig job, Period period, Optional<Period> previous,
                                RunFolder folder, RunSummary summary) {
        TableWriter tables = new TableWriter(folder.stagingChild("tables"), folder.stagingChild(WORK),
                job.output().tableFormat());
        Stopwatch clock = new Stopwatch(summary);

        IngestResult ingest = IngestStage.read(spark, job.inputs(), job.limits(), job.spark().inputPartitions());
        Dataset<RawArticle> raw = ingest.articles().persist(StorageLevel.MEMORY_AND_DISK());
        long rawCount = raw.count();
        int shufflePartitions = ShufflePartitions.sizeFor(spark, job.spark().shufflePartitions(), rawCount);
        clock.lap("ingest");

        ArticleBuilder builder = new ArticleBuilder(ArticleCleaner.withDefaultCues(), period, previous);
        CleaningStage.Result cleaned = CleaningStage.run(spark, raw, builder, job.cleaning());
        // every table below is handed on as read back from storage (see TableWriter)
        Dataset<Article> articles = tables.write("articles", cleaned.articles());
        Dataset<Sentence> sentences = tables.write("sentences", cleaned.sentences());
        Dataset<Reject> rejects = tables.write("rejects", ingest.rejects().union(cleaned.rejects()));
        Dataset<io.triangulate.model.Duplicate> duplicateRows = tables.write("duplicates", cleaned.duplicates());
        releaseCaches(spark); // the raw records too
        clock.lap("clean");

        Map<String, Long> byReason = new TreeMap<>();
        long rejectedTotal = 0;
        for (Row r : rejects.groupBy("reason").count().collectAsList()) {
            byReason.put(r.getString(0), r.getLong(1));
            rejectedTotal += r.getLong(1);
        }
        long accepted = articles.count();
        long duplicates = duplicateRows.count();
        long ingestRejects = byReason.entrySet().stream().filter(e -> !CLEANING_REASONS.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        Dataset<Article> current = articles.filter(col("period").equalTo(period.label()));
        summary.counts(rawCount + ingestRejects, accepted, rejectedTotal, duplicates, byReason, current.count());
        Map<String, Object> ingestFigures = new LinkedHashMap<>();
        ingestFigures.put("boilerplateLinesLearned", cleaned.boilerplateLines());
        ingestFigures.put("shufflePartitions", shufflePartitions);
        summary.headline("ingest", ingestFigures);
        clock.lap("count");

        ExtractionCache cache = new ExtractionCache(spark, job.output().cacheFolder());
        List<ExtractionCache.Use> cacheUse = new java.util.ArrayList<>();
        // Findings are keyed by article, text, date and outlet; the period label is the job's own, so
        // reused findings take the label this run gave their article.
        String actorsVersion = ExtractorVersion.of("actors", ActorStage.class,
                ActorStage.extractionFingerprint(job.actors()), ACTOR_RESOURCES);
        ExtractionCache.Result<ArticleFindings> found = cache.reuse("actors", actorsVersion, articles,
                todo -> ActorStage.findings(spark, todo, job.actors()),
                ArticleFindings.class, "articleId");
        cacheUse.add(found.use());
        // Fresh findings carry this run's periods already; relabelling them all meant one more shuffle of
        // the nested findings rows, so it runs only when some came from the cache.
        Dataset<ArticleFindings> findings = found.use().reused() > 0 ? withPeriods(found.rows(), articles)
                : found.rows();
        ActorOutputs computed = ActorStage.run(findings, job.actors(), period.label(),
                previous.map(Period::label).orElse(null));
        ActorOutputs actors = new ActorOutputs(tables.write("mentions", computed.mentions()),
                tables.write("actors", computed.actors()), tables.write("cooccurrence", computed.cooccurrence()),
                tables.write("actor_candidates", computed.candidates()));
        findings.unpersist();
        ActorHeadlines actorHeadlines = ActorStage.headlines(actors, job.actors().topN());
        summary.headline("actors", actorHeadlines);
        ActorNetwork network = ActorNetworks.build(actors.cooccurrence(), job.actors().maxNetworkEdges());
        releaseCaches(spark);
        clock.lap("actors");

        Dataset<Sentence> currentSentences = sentences.join(current.select(col("id").as("currentId")),
                col("articleId").equalTo(col("currentId")), "left_semi").as(Encoders.bean(Sentence.class))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Mention> currentMentions = actors.mentions().join(current.select(col("id").as("currentId")),
                col("articleId").equalTo(col("currentId")), "left_semi").as(Encoders.bean(Mention.class))
                .persist(StorageLevel.MEMORY_AND_DISK());
        CoverageOutputs covered = CoverageStage.run(spark, current, currentSentences, currentMentions, job.coverage());
        CoverageOutputs coverage = new CoverageOutputs(tables.write("stories", covered.stories()),
                tables.write("story_articles", covered.assignments()), tables.write("article_pairs", covered.pairs()),
                tables.write("facts", covered.facts()), tables.write("fact_coverage", covered.factCoverage()),
                tables.write("omissions", covered.omissions()), tables.write("citations", covered.citations()));
        CoverageHeadlines coverageHeadlines = CoverageStage.headlines(coverage, job.actors().topN());
        summary.headline("coverage", coverageHeadlines);
        releaseCaches(spark);
        // the timeline reads these again: cached anew (from the stored tables) rather than recomputed twice
        currentSentences.persist(StorageLevel.MEMORY_AND_DISK());
        currentMentions.persist(StorageLevel.MEMORY_AND_DISK());
        clock.lap("coverage");

        ExtractionCache.Result<TimeExpression> tagged = cache.reuse("timexes", TIMEX_VERSION, current,
                todo -> TimexStage.run(spark, todo), TimeExpression.class, "articleId");
        cacheUse.add(tagged.use());
        Dataset<TimeExpression> timexes = tables.write("timexes", tagged.rows());
        TimelineOutputs aligned = TimelineStage.run(spark, currentSentences, currentMentions, timexes,
                coverage.assignments(), job.timeline());
        TimelineOutputs timeline = new TimelineOutputs(tables.write("events", aligned.events()),
                tables.write("timeline", aligned.timeline()), tables.write("conflicts", aligned.conflicts()),
                tables.write("outlet_consistency", aligned.outletConsistency()));
        TimelineHeadlines timelineHeadlines = TimelineStage.headlines(timeline, job.actors().topN());
        summary.headline("timeline", timelineHeadlines);
        summary.headline("extractionCache", cacheUse);
        releaseCaches(spark);
        clock.lap("timeline");

        if (job.output().reports()) {
            BriefAssembler brief = new BriefAssembler(spark, job.output().reportLanguage(), job.output().maxSheetRows());
            brief.addActors(actors, actorHeadlines, network);
            brief.addCoverage(coverage, coverageHeadlines);
            brief.addTimeline(timeline, timelineHeadlines);
            BriefModel model = brief.assemble(job.name(), period.label(), previous.map(Period::label).orElse(null),
                    new BriefAssembler.RunCounts(summary.getRecordsIn(), summary.getAccepted(), summary.getDuplicates(),
                            summary.getRejectedByReason()), current, sentences, rejects);
            Reports.write(model, folder);
            clock.lap("reports");
        }
        folder.deleteStagingChild(WORK);
    }

    /**
     * Drops every cached dataset once a stage's tables are written: later stages read the stored
     * tables, so what a stage cached for itself is dead weight. Left in the heap, it filled a 1 GB
     * driver to ~700 MB after collection by the end of the Saudi week, and the collector ran full
     * collections over it (14 to 19 per run; 34 on the week x2).
     */
    private static void releaseCaches(SparkSession spark) {
        spark.catalog().clearCache();
    }

    private static final String TIMEX_VERSION = ExtractorVersion.of("timex", TimexStage.class, new byte[0],
            "/triangulate/timex/lexicon-ar.json", "/triangulate/timex/lexicon-en.json",
            "/triangulate/timex/timex-config.json");

    /** Rules the actor extraction reads besides the dictionary (which its fingerprint covers). */
    private static final String[] ACTOR_RESOURCES = {"/triangulate/actors/matching.json",
            "/triangulate/actors/discovery.json"};

    private static Dataset<ArticleFindings> withPeriods(Dataset<ArticleFindings> findings, Dataset<Article> articles) {
        Dataset<Row> periods = articles.select(col("id").as("periodArticleId"), col("period").as("articlePeriod"));
        return findings.drop("period")
                .join(periods, col("articleId").equalTo(col("periodArticleId")))
                .drop("periodArticleId").withColumnRenamed("articlePeriod", "period")
                .as(Encoders.bean(ArticleFindings.class));
    }

    /** Parquet copies of tables written in another format, read back by later stages; not published. */
    private static final String WORK = "_work";

    private static final List<String> CLEANING_REASONS = List.of("NO_BODY_AFTER_CLEANING", "OUT_OF_PERIOD");

    private static void writeRunJson(RunFolder folder, JobConfig job, RunSummary summary) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("job", summary.getJob());
        run.put("period", summary.getPeriod());
        run.put("previousPeriod", summary.getPreviousPeriod());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("recordsIn", summary.getRecordsIn());
        counts.put("accepted", summary.getAccepted());
        counts.put("rejected", summary.getRejected());
        counts.put("duplicates", summary.getDuplicates());
        counts.put("balanced", summary.balanced());
        counts.put("articlesInPeriod", summary.getArticlesInPeriod());
        counts.put("rejectedByReason", summary.getRejectedByReason());
        run.put("counts", counts);
        run.put("stageSeconds", summary.getStageSeconds());
        run.put("headlines", summary.getHeadlines());
        run.put("versions", Versions.all());
        try {
            run.put("jobAsRun", JobLoader.MAPPER.readTree(JobLoader.toJson(job)));
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
            byte[] bytes = mapper.writeValueAsString(run).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = folder.fileSystem().create(new org.apache.hadoop.fs.Path(folder.stagingChild("run.json")))) {
                out.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run.json", e);
        }
    }
}
