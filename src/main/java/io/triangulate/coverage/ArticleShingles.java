package io.triangulate.coverage;

import java.io.Serializable;

/** An article's shingle set and LSH band keys (Spark row). */
public class ArticleShingles implements Serializable {
    private String articleId;
    private String outlet;
    private String published;
    private String publishedPrecision;
    private long[] shingles = new long[0];
    private long[] bandKeys = new long[0];

    public ArticleShingles() {
    }

    public ArticleShingles(String articleId, String outlet, String published, String publishedPrecision,
                           long[] shingles, long[] bandKeys) {
        this.articleId = articleId;
        this.outlet = outlet;
        this.published = published;
        this.publishedPrecision = publishedPrecision;
        this.shingles = shingles;
        this.bandKeys = bandKeys;
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getPublished() { return published; }
    public void setPublished(String published) { this.published = published; }
    public String getPublishedPrecision() { return publishedPrecision; }
    public void setPublishedPrecision(String publishedPrecision) { this.publishedPrecision = publishedPrecision; }
    public long[] getShingles() { return shingles; }
    public void setShingles(long[] shingles) { this.shingles = shingles; }
    public long[] getBandKeys() { return bandKeys; }
    public void setBandKeys(long[] bandKeys) { this.bandKeys = bandKeys; }
}
