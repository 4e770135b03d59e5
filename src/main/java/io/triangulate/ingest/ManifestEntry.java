package io.triangulate.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.io.Serializable;

/**
 * Metadata for one text file from a manifest. Fields the pipeline does not use ("basis", notes) are
 * ignored. A plain bean rather than a record so that it survives Spark's Kryo broadcast.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ManifestEntry implements Serializable {
    /** The text file, relative to the manifest's folder. */
    private String file;
    private String id;
    private String outlet;
    private String outletName;
    private String language;
    private String published;
    private String publishedPrecision;
    private String url;
    private String title;
    private String author;

    public ManifestEntry() {
    }

    public String getFile() { return file; }
    public void setFile(String file) { this.file = file; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getOutletName() { return outletName; }
    public void setOutletName(String outletName) { this.outletName = outletName; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getPublished() { return published; }
    public void setPublished(String published) { this.published = published; }
    public String getPublishedPrecision() { return publishedPrecision; }
    public void setPublishedPrecision(String publishedPrecision) { this.publishedPrecision = publishedPrecision; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
}
