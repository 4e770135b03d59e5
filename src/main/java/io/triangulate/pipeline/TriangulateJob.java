package io.triangulate.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.triangulate.actors.ActorHeadlines;
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
import io.triangulate.spark.ConcurrentQueries;
import io.triangulate.spark.QueryConcurrency;
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
        // A stage's tables are written side by side; the time expressions, headlines and the brief's
        // parts are computed while the next stage runs (see ConcurrentQueries). Closing waits for all of
        // them, also on failure.
        try (ConcurrentQueries queries = new ConcurrentQueries(spark.sparkContext(),
                QueryConcurrency.of(spark, job.spark().concurrentQueries()))) {
            execute(spark, job, period, previous, folder, summary, queries);
        }
    }

    private static void execute(SparkSession spark, JobConfig job, Period period, Optional<Period> previous,
                                RunFolder folder, RunSummary summary, ConcurrentQueries queries) {
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
        var articlesWritten = queries.start(() -> tables.write("articles", cleaned.articles()));
        var sentencesWritten = queries.start(() -> tables.write("sentences", cleaned.sentences()));
        var rejectsWritten = queries.start(() -> tables.write("rejects", ingest.rejects().union(cleaned.rejects())));
        var duplicatesWritten = queries.start(() -> tables.write("duplicates", cleaned.duplicates()));
        Dataset<Article> articles = articlesWritten.get();
        Dataset<Sentence> sentences = sentencesWritten.get();
        Dataset<Reject> rejects = rejectsWritten.get();
        Dataset<io.triangulate.model.Duplicate> duplicateRows = duplicatesWritten.get();
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
        long currentCount = current.count();
        summary.counts(rawCount + ingestRejects, accepted, rejectedTotal, duplicates, byReason, currentCount);
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
        if (job.output().cacheFolder() == null || found.use().reused() > 0) {
            // computed or joined, not read straight from the cache: kept for the stage's four or five reads
            findings = findings.persist(StorageLevel.MEMORY_AND_DISK());
        }
        ActorOutputs computed = ActorStage.run(findings, job.actors(), period.label(),
                previous.map(Period::label).orElse(null));
        var mentionsWritten = queries.start(() -> tables.write("mentions", computed.mentions()));
        var actorsWritten = queries.start(() -> tables.write("actors", computed.actors()));
        var cooccurrenceWritten = queries.start(() -> tables.write("cooccurrence", computed.cooccurrence()));
        var candidatesWritten = queries.start(() -> tables.write("actor_candidates", computed.candidates()));
        ActorOutputs actors = new ActorOutputs(mentionsWritten.get(), actorsWritten.get(), cooccurrenceWritten.get(),
                candidatesWritten.get());
        findings.unpersist();
        releaseCaches(spark);
        // Headlines and the network read only the stored tables: they are computed while the next stage
        // runs, and handed to the run summary in stage order.
        var actorHeadlinesFound = queries.start(() -> ActorStage.headlines(actors, job.actors().topN()));
        // only the brief draws the network: without reports it is not built
        var networkBuilt = job.output().reports()
                ? queries.start(() -> ActorNetworks.build(actors.cooccurrence(), job.actors().maxNetworkEdges())) : null;
        // Each part of the brief is built as soon as its tables are written, beside the next stage: a
        // few dozen small queries that, left to the end, added about 5 s with little for the cores to
        // do. Each task is started after the tasks it waits for, so even one query thread runs them in
        // an order that cannot deadlock.
        BriefAssembler brief = job.output().reports()
                ? new BriefAssembler(spark, job.output().reportLanguage(), job.output().maxSheetRows()) : null;
        BriefAssembler.RunCounts runCounts = new BriefAssembler.RunCounts(summary.getRecordsIn(), summary.getAccepted(),
                summary.getDuplicates(), summary.getRejectedByReason());
        var briefActors = brief == null ? null : queries.start(() -> {
            brief.addActors(actors, actorHeadlinesFound.get(), networkBuilt.get());
            brief.addCorpus(runCounts, current, rejects);
            return brief;
        });
        clock.lap("actors");

        // Read from the stored tables by each use, not cached: coverage and the timeline read them three
        // times in all, and caching them cost two encodings of every sentence text into Spark's columnar
        // cache (it was dropped between the stages). A run whose articles are all in its period (no
        // previous period to compare with) needs no filter.
        boolean allCurrent = currentCount == accepted;
        Dataset<Sentence> currentSentences = allCurrent ? sentences : inArticles(sentences, current, Sentence.class);
        Dataset<Mention> currentMentions = allCurrent ? actors.mentions()
                : inArticles(actors.mentions(), current, Mention.class);
        // The time expressions need only the articles: they are extracted while coverage runs, so the
        // "coverage" lap in run.json includes part of that work and the "timeline" lap less of it.
        var tagging = queries.start(() -> cache.reuse("timexes", TIMEX_VERSION, current,
                todo -> TimexStage.run(spark, todo), TimeExpression.class, "articleId"));
        CoverageOutputs covered = CoverageStage.run(spark, current, currentSentences, currentMentions, job.coverage());
        var storiesWritten = queries.start(() -> tables.write("stories", covered.stories()));
        var assignmentsWritten = queries.start(() -> tables.write("story_articles", covered.assignments()));
        var pairsWritten = queries.start(() -> tables.write("article_pairs", covered.pairs()));
        var factsWritten = queries.start(() -> tables.write("facts", covered.facts()));
        var factCoverageWritten = queries.start(() -> tables.write("fact_coverage", covered.factCoverage()));
        var omissionsWritten = queries.start(() -> tables.write("omissions", covered.omissions()));
        var citationsWritten = queries.start(() -> tables.write("citations", covered.citations()));
        CoverageOutputs coverage = new CoverageOutputs(storiesWritten.get(), assignmentsWritten.get(),
                pairsWritten.get(), factsWritten.get(), factCoverageWritten.get(), omissionsWritten.get(),
                citationsWritten.get());
        releaseCaches(spark);
        var coverageHeadlinesFound = queries.start(() -> CoverageStage.headlines(coverage, job.actors().topN()));
        var briefCoverage = brief == null ? null : queries.start(() -> {
            briefActors.get(); // parts in a fixed order: evidence numbers do not depend on timing
            brief.addCoverage(coverage, coverageHeadlinesFound.get());
            return brief;
        });
        clock.lap("coverage");

        ExtractionCache.Result<TimeExpression> tagged = tagging.get();
        cacheUse.add(tagged.use());
        Dataset<TimeExpression> timexes = tables.write("timexes", tagged.rows());
        TimelineOutputs aligned = TimelineStage.run(spark, currentSentences, currentMentions, timexes,
                coverage.assignments(), job.timeline());
        var eventsWritten = queries.start(() -> tables.write("events", aligned.events()));
        var timelineWritten = queries.start(() -> tables.write("timeline", aligned.timeline()));
        var conflictsWritten = queries.start(() -> tables.write("conflicts", aligned.conflicts()));
        var consistencyWritten = queries.start(() -> tables.write("outlet_consistency", aligned.outletConsistency()));
        TimelineOutputs timeline = new TimelineOutputs(eventsWritten.get(), timelineWritten.get(),
                conflictsWritten.get(), consistencyWritten.get());
        releaseCaches(spark);
        TimelineHeadlines timelineHeadlines = TimelineStage.headlines(timeline, job.actors().topN());
        ActorHeadlines actorHeadlines = actorHeadlinesFound.get();
        CoverageHeadlines coverageHeadlines = coverageHeadlinesFound.get();
        summary.headline("actors", actorHeadlines);
        summary.headline("coverage", coverageHeadlines);
        summary.headline("timeline", timelineHeadlines);
        summary.headline("extractionCache", cacheUse);
        clock.lap("timeline");

        if (brief != null) {
            briefCoverage.get();
            brief.addTimeline(timeline, timelineHeadlines);
            BriefModel model = brief.assemble(job.name(), period.label(), previous.map(Period::label).orElse(null),
                    current, sentences);
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

    /** The rows of {@code rows} (with an {@code articleId}) whose article is one of {@code articles}. */
    private static <T> Dataset<T> inArticles(Dataset<T> rows, Dataset<Article> articles, Class<T> type) {
        return rows.join(articles.select(col("id").as("keptId")), col("articleId").equalTo(col("keptId")), "left_semi")
                .as(Encoders.bean(type));
    }

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
