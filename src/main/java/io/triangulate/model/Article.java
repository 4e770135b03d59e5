package io.triangulate.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One accepted news article after ingest and cleaning. This is a Spark row type (a JavaBean), so
 * every field has a getter and a setter; stages downstream read it through {@code Dataset<Article>}.
 *
 * <p>{@code text} is the cleaned body as a reader would see it (never normalized). {@code sourceSpans}
 * maps it back to the original record: triples of (cleanedStart, originalStart, length), sorted by
 * cleanedStart, so any character span of {@code text} can be traced to the input file.
 */
public class Article implements Serializable {
    private String id;
    private String outlet;
    private String url;
    private String title;
    private String text;
    private String language;
    /** ISO-8601 prefix at its precision: "2024-03-15", "2024-03", "2024", or null when unknown. */
    private String published;
    /** DAY, MONTH, YEAR or UNKNOWN: see {@link DatePrecision}. */
    private String publishedPrecision;
    /** Label of the period this article falls in ("2015-W30"), or the previous one when compared. */
    private String period;
    private String originFile;
    private long originLine;
    /** SHA-256 (hex) of the normalized cleaned text: the key for exact duplicates and extraction caches. */
    private String contentHash;
    /** Sources named in footers such as "المصدر: صدى البلد", moved out of the body. */
    private List<String> citedSources = new ArrayList<>();
    private int[] sourceSpans = new int[0];
    /** Characters of page furniture removed by the cleaner. */
    private int furnitureChars;

    public Article() {
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getPublished() { return published; }
    public void setPublished(String published) { this.published = published; }
    public String getPublishedPrecision() { return publishedPrecision; }
    public void setPublishedPrecision(String publishedPrecision) { this.publishedPrecision = publishedPrecision; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getOriginFile() { return originFile; }
    public void setOriginFile(String originFile) { this.originFile = originFile; }
    public long getOriginLine() { return originLine; }
    public void setOriginLine(long originLine) { this.originLine = originLine; }
    public String getContentHash() { return contentHash; }
    public void setContentHash(String contentHash) { this.contentHash = contentHash; }
    public List<String> getCitedSources() { return citedSources; }
    public void setCitedSources(List<String> citedSources) { this.citedSources = citedSources; }
    public int[] getSourceSpans() { return sourceSpans; }
    public void setSourceSpans(int[] sourceSpans) { this.sourceSpans = sourceSpans; }
    public int getFurnitureChars() { return furnitureChars; }
    public void setFurnitureChars(int furnitureChars) { this.furnitureChars = furnitureChars; }

    /** The publication date as a typed value. */
    public PublicationDate publicationDate() {
        return PublicationDate.of(published, publishedPrecision);
    }

    /** Offset in the original record of the character at {@code cleanedOffset} of {@link #getText()}. */
    public int originalOffset(int cleanedOffset) {
        int best = -1;
        for (int i = 0; i + 2 < sourceSpans.length; i += 3) {
            if (sourceSpans[i] <= cleanedOffset) {
                best = i;
            } else {
                break;
            }
        }
        if (best < 0) {
            return cleanedOffset;
        }
        return sourceSpans[best + 1] + (cleanedOffset - sourceSpans[best]);
    }
}
