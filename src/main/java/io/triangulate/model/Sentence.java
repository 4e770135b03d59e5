package io.triangulate.model;

import java.io.Serializable;

/**
 * One sentence of an article's cleaned text. {@code start}/{@code end} are character offsets into
 * {@link Article#getText()} (end exclusive), so {@code article.text.substring(start, end)} equals
 * {@code text}. Publication metadata is repeated here so that per-sentence stages need no join.
 */
public class Sentence implements Serializable {
    private String articleId;
    private String outlet;
    private String published;
    private String publishedPrecision;
    private String language;
    private int index;
    private int start;
    private int end;
    private String text;

    public Sentence() {
    }

    public Sentence(String articleId, String outlet, String published, String publishedPrecision,
                    String language, int index, int start, int end, String text) {
        this.articleId = articleId;
        this.outlet = outlet;
        this.published = published;
        this.publishedPrecision = publishedPrecision;
        this.language = language;
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getPublished() { return published; }
    public void setPublished(String published) { this.published = published; }
    public String getPublishedPrecision() { return publishedPrecision; }
    public void setPublishedPrecision(String publishedPrecision) { this.publishedPrecision = publishedPrecision; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public int getIndex() { return index; }
    public void setIndex(int index) { this.index = index; }
    public int getStart() { return start; }
    public void setStart(int start) { this.start = start; }
    public int getEnd() { return end; }
    public void setEnd(int end) { this.end = end; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }

    public PublicationDate publicationDate() {
        return PublicationDate.of(published, publishedPrecision);
    }
}
