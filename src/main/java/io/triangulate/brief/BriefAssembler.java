package io.triangulate.brief;

import io.triangulate.model.Article;
import io.triangulate.model.Reject;
import io.triangulate.model.Sentence;
import io.triangulate.report.BriefModel;
import io.triangulate.report.Labels;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.SparkSession;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.triangulate.report.SheetTable.ColumnType.ARABIC_TEXT;
import static io.triangulate.report.SheetTable.ColumnType.DATE;
import static io.triangulate.report.SheetTable.ColumnType.INTEGER;
import static io.triangulate.report.SheetTable.ColumnType.TEXT;
import static io.triangulate.report.SheetTable.ColumnType.URL;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

/**
 * Builds the report model from a finished run. Everything it brings to the driver is bounded:
 * sheets are capped at {@code maxRows} rows (the full tables are in {@code tables/}), figures and
 * findings use top-N aggregates, and evidence is fetched for the cited sentences only.
 *
 * <p>Not thread-safe, but it may pass between threads: the job adds the actor, coverage and corpus
 * parts on a query thread while the timeline stage runs, and the rest after waiting for that thread.
 * Parts are added in a fixed order, so evidence numbers do not depend on timing.
 */
public final class BriefAssembler {

    private final SparkSession spark;
    private final Labels labels;
    private final int maxRows;
    private final EvidenceBook evidence = new EvidenceBook();
    private final List<BriefPart> parts = new ArrayList<>();
    private List<io.triangulate.report.SheetTable> corpusTables;
    private BriefModel.CorpusCounts corpusCounts;
    private Instant dataAsOf;

    public BriefAssembler(SparkSession spark, String language, int maxRows) {
        this.spark = spark;
        this.labels = Labels.forLanguage(language);
        this.maxRows = maxRows;
    }

    public Labels labels() {
        return labels;
    }

    public EvidenceBook evidence() {
        return evidence;
    }

    public int maxRows() {
        return maxRows;
    }

    void add(BriefPart part) {
        parts.add(part);
    }

    public void addActors(io.triangulate.actors.ActorOutputs actors, io.triangulate.actors.ActorHeadlines headlines,
                          io.triangulate.actors.ActorNetwork network) {
        add(ActorBrief.build(actors, headlines, network, labels, evidence, maxRows));
    }

    public void addCoverage(io.triangulate.coverage.CoverageOutputs coverage,
                            io.triangulate.coverage.CoverageHeadlines headlines) {
        add(CoverageBrief.build(coverage, headlines, labels, evidence, maxRows));
    }

    public void addTimeline(io.triangulate.timeline.TimelineOutputs timeline,
                            io.triangulate.timeline.TimelineHeadlines headlines) {
        add(TimelineBrief.build(timeline, headlines, labels, evidence, maxRows));
    }

    /**
     * The corpus part: the articles and rejects sheets, the counts and the report's date. It needs only
     * the cleaned corpus, so the job adds it while the last analysis still runs.
     */
    public void addCorpus(RunCounts counts, Dataset<Article> articles, Dataset<Reject> rejects) {
        corpusTables = List.of(articleSheet(articles), rejectSheet(rejects));
        corpusCounts = corpusCounts(counts, articles);
        dataAsOf = dataAsOf(articles);
    }

    /**
     * The model, once every analysis has added its part and the corpus part is in.
     *
     * @param articles the articles whose sentences evidence may cite
     */
    public BriefModel assemble(String jobName, String period, String previousPeriod, Dataset<Article> articles,
                               Dataset<Sentence> sentences) {
        if (corpusTables == null) {
            throw new IllegalStateException("addCorpus must come before assemble");
        }
        List<io.triangulate.report.SheetTable> tables = new ArrayList<>(corpusTables);
        List<BriefModel.Section> sections = new ArrayList<>();
        List<BriefModel.Finding> findings = new ArrayList<>();
        for (BriefPart p : parts) {
            tables.addAll(p.tables);
            sections.addAll(p.sections);
            findings.addAll(p.findings);
        }
        evidence.resolve(spark, sentences, articles);
        List<BriefModel.Finding> cited = findings.stream().map(f -> new BriefModel.Finding(f.headline(), f.detail(),
                f.evidenceRefs().stream().filter(evidence::isResolved).toList())).toList();
        BriefModel.Meta meta = new BriefModel.Meta(labels.get("product.title"), jobName, period, previousPeriod,
                dataAsOf, labels.language());
        return new BriefModel(meta, corpusCounts, cited, tables, sections, evidence.evidence());
    }

    /**
     * The report's date is the latest publication date in the data, not the wall clock, so the
     * same input always gives the same brief.
     */
    private static Instant dataAsOf(Dataset<Article> articles) {
        Row r = articles.agg(max(col("published"))).first();
        String latest = r.isNullAt(0) ? null : r.getString(0);
        if (latest == null) {
            return Instant.EPOCH;
        }
        String day = latest.length() >= 10 ? latest.substring(0, 10) : latest.length() == 7 ? latest + "-01" : latest + "-01-01";
        return LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private BriefModel.CorpusCounts corpusCounts(RunCounts counts, Dataset<Article> articles) {
        List<BriefModel.Count> reasons = counts.rejectedByReason().entrySet().stream()
                .map(e -> new BriefModel.Count(e.getKey(), e.getValue())).toList();
        List<BriefModel.Count> outlets = top(articles, "outlet", 60);
        List<BriefModel.Count> languages = top(articles, "language", 10);
        return new BriefModel.CorpusCounts(counts.recordsIn(), counts.accepted(), reasons, counts.duplicates(), outlets,
                languages);
    }

    private static List<BriefModel.Count> top(Dataset<Article> articles, String column, int n) {
        return articles.groupBy(col(column)).agg(count(lit(1)).as("n")).orderBy(desc("n"), col(column)).limit(n)
                .collectAsList().stream()
                .map(r -> new BriefModel.Count(r.isNullAt(0) ? "?" : r.getString(0), r.getLong(1))).toList();
    }

    private io.triangulate.report.SheetTable articleSheet(Dataset<Article> articles) {
        TableBuilder t = new TableBuilder("Articles", labels)
                .col("article", TEXT, 22).col("outlet", TEXT, 14).col("published", DATE, 12).col("precision", TEXT, 9)
                .col("language", TEXT, 8).col("title", ARABIC_TEXT, 50).col("url", URL, 30).col("period", TEXT, 12)
                .col("citedSources", ARABIC_TEXT, 20).col("characters", INTEGER, 10).col("furniture", INTEGER, 10)
                .col("origin", TEXT, 30);
        // the length, not the text: the driver holds up to maxRows rows and never the article bodies
        for (Row r : articles.toDF().withColumn("textLength", functions.length(col("text")))
                .orderBy(col("outlet"), col("published"), col("id")).limit(maxRows)
                .select("id", "outlet", "published", "publishedPrecision", "language", "title", "url", "period",
                        "citedSources", "textLength", "furnitureChars", "originFile", "originLine")
                .collectAsList()) {
            List<String> cited = r.getList(8);
            t.row(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                    r.getString(6), r.getString(7), cited == null ? null : String.join("; ", cited),
                    r.getInt(9), r.getInt(10), shortOrigin(r.getString(11)) + ":" + r.getLong(12));
        }
        return t.build();
    }

    private io.triangulate.report.SheetTable rejectSheet(Dataset<Reject> rejects) {
        TableBuilder t = new TableBuilder("Rejects", labels)
                .col("reason", TEXT, 22).col("message", TEXT, 50).col("origin", TEXT, 40).col("line", INTEGER, 8)
                .col("record", TEXT, 20).col("excerpt", ARABIC_TEXT, 50);
        for (Reject r : rejects.orderBy(col("reason"), col("originFile"), col("originLine")).limit(maxRows).collectAsList()) {
            t.row(r.getReason(), r.getMessage(), shortOrigin(r.getOriginFile()), r.getOriginLine(), r.getRecordId(),
                    r.getExcerpt());
        }
        return t.build();
    }

    /** File names without the machine-specific folder, so reports read the same everywhere. */
    static String shortOrigin(String origin) {
        if (origin == null) {
            return null;
        }
        int bang = origin.indexOf('!');
        String file = bang < 0 ? origin : origin.substring(0, bang);
        String entry = bang < 0 ? "" : origin.substring(bang);
        int slash = file.lastIndexOf('/');
        return (slash < 0 ? file : file.substring(slash + 1)) + entry;
    }

    /** The accounting of input records, as the run counted it. */
    public record RunCounts(long recordsIn, long accepted, long duplicates, Map<String, Long> rejectedByReason) {
    }
}
