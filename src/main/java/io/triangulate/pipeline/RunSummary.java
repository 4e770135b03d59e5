package io.triangulate.pipeline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did, in numbers: the accounting of every input record, time per stage, where the
 * outputs are, and each analysis's headline figures. Written as run.json and printed at the end.
 */
public final class RunSummary {

    private final String job;
    private final String period;
    private final String previousPeriod;
    private final String runFolder;
    private long recordsIn;
    private long accepted;
    private long rejected;
    private long duplicates;
    private long articlesInPeriod;
    private final Map<String, Long> rejectedByReason = new TreeMap<>();
    private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
    private final Map<String, Object> headlines = new LinkedHashMap<>();

    public RunSummary(String job, String period, String previousPeriod, String runFolder) {
        this.job = job;
        this.period = period;
        this.previousPeriod = previousPeriod;
        this.runFolder = runFolder;
    }

    void counts(long recordsIn, long accepted, long rejected, long duplicates, Map<String, Long> byReason,
                long articlesInPeriod) {
        this.recordsIn = recordsIn;
        this.accepted = accepted;
        this.rejected = rejected;
        this.duplicates = duplicates;
        this.articlesInPeriod = articlesInPeriod;
        this.rejectedByReason.putAll(byReason);
    }

    void stage(String name, double seconds) {
        stageSeconds.merge(name, seconds, Double::sum);
    }

    void headline(String analysis, Object figures) {
        headlines.put(analysis, figures);
    }

    /** Nothing lost: every record read is an article, a reject or a duplicate. */
    public boolean balanced() {
        return recordsIn == accepted + rejected + duplicates;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("job ").append(job).append(", period ").append(period).append('\n');
        sb.append(String.format(Locale.ROOT, "records in: %,d = accepted %,d + rejected %,d + duplicates %,d%s%n", recordsIn,
                accepted, rejected, duplicates, balanced() ? "" : "   <-- DOES NOT ADD UP"));
        if (!rejectedByReason.isEmpty()) {
            sb.append("rejected by reason: ").append(rejectedByReason).append('\n');
        }
        sb.append("run folder: ").append(runFolder);
        return sb.toString();
    }

    public String getJob() { return job; }
    public String getPeriod() { return period; }
    public String getPreviousPeriod() { return previousPeriod; }
    public String getRunFolder() { return runFolder; }
    public long getRecordsIn() { return recordsIn; }
    public long getAccepted() { return accepted; }
    public long getRejected() { return rejected; }
    public long getDuplicates() { return duplicates; }
    public long getArticlesInPeriod() { return articlesInPeriod; }
    public Map<String, Long> getRejectedByReason() { return rejectedByReason; }
    public Map<String, Double> getStageSeconds() { return stageSeconds; }
    public Map<String, Object> getHeadlines() { return headlines; }
}
