package io.triangulate.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input record as read, before cleaning: the body is the decoded text exactly as the input held
 * it, so the cleaner (and an analyst checking provenance) sees what the source published.
 */
public class RawArticle implements Serializable {
    private String id;
    private String outlet;
    private String url;
    private String title;
    private String author;
    /** Decoded body exactly as in the input, not cleaned. */
    private String text;
    /** The language the input declares, if any ("ar", "en", ...); the cleaner still identifies it. */
    private String languageHint;
    /** ISO prefix: "2015-07-21", "2024-03", "2024", or null. */
    private String published;
    /** DAY, MONTH, YEAR or UNKNOWN (a {@link io.triangulate.model.DatePrecision} name). */
    private String publishedPrecision;
    /** Full ISO local date-time ("2015-07-21T10:22:33") when the input gives a time, else null. */
    private String publishedTime;
    /** File path or URI; for archive entries {@code archive.zip!/entry.json}. */
    private String originFile;
    /** 1-based line (JSON Lines), 1-based record index (JSON arrays), 0 for whole-file text records. */
    private long originLine;
    /** Name of the charset the file was decoded with. */
    private String encoding;

    public RawArticle() {
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getLanguageHint() { return languageHint; }
    public void setLanguageHint(String languageHint) { this.languageHint = languageHint; }
    public String getPublished() { return published; }
    public void setPublished(String published) { this.published = published; }
    public String getPublishedPrecision() { return publishedPrecision; }
    public void setPublishedPrecision(String publishedPrecision) { this.publishedPrecision = publishedPrecision; }
    public String getPublishedTime() { return publishedTime; }
    public void setPublishedTime(String publishedTime) { this.publishedTime = publishedTime; }
    public String getOriginFile() { return originFile; }
    public void setOriginFile(String originFile) { this.originFile = originFile; }
    public long getOriginLine() { return originLine; }
    public void setOriginLine(long originLine) { this.originLine = originLine; }
    public String getEncoding() { return encoding; }
    public void setEncoding(String encoding) { this.encoding = encoding; }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RawArticle r)) {
            return false;
        }
        return originLine == r.originLine && Objects.equals(id, r.id) && Objects.equals(outlet, r.outlet)
                && Objects.equals(url, r.url) && Objects.equals(title, r.title)
                && Objects.equals(author, r.author) && Objects.equals(text, r.text)
                && Objects.equals(languageHint, r.languageHint) && Objects.equals(published, r.published)
                && Objects.equals(publishedPrecision, r.publishedPrecision)
                && Objects.equals(publishedTime, r.publishedTime) && Objects.equals(originFile, r.originFile)
                && Objects.equals(encoding, r.encoding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, originFile, originLine);
    }

    @Override
    public String toString() {
        return "RawArticle[" + id + " " + outlet + " " + originFile + ":" + originLine + "]";
    }
}
