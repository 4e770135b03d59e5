package io.triangulate.coverage;

import io.triangulate.model.PublicationDate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An article's sentence features with its metadata (Spark row), for story linking and facts. */
public class ArticleSentences implements Serializable {
    private String articleId;
    private String outlet;
    private String published;
    private String publishedPrecision;
    private List<SentenceFeature> sentences = new ArrayList<>();

    public ArticleSentences() {
    }

    public ArticleSentences(String articleId, String outlet, String published, String publishedPrecision,
                            List<SentenceFeature> sentences) {
        this.articleId = articleId;
        this.outlet = outlet;
        this.published = published;
        this.publishedPrecision = publishedPrecision;
        this.sentences = sentences;
    }

    public PublicationDate publicationDate() {
        return PublicationDate.of(published, publishedPrecision);
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getPublished() { return published; }
    public void setPublished(String published) { this.published = published; }
    public String getPublishedPrecision() { return publishedPrecision; }
    public void setPublishedPrecision(String publishedPrecision) { this.publishedPrecision = publishedPrecision; }
    public List<SentenceFeature> getSentences() { return sentences; }
    public void setSentences(List<SentenceFeature> sentences) { this.sentences = sentences; }
}
