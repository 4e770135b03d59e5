package io.triangulate.coverage;

import java.io.Serializable;

/** One outlet's sentence stating a fact (table {@code fact_coverage}); similarity to the fact's representative. */
public class FactCoverageRow implements Serializable {
    private String storyId;
    private String factId;
    private String outlet;
    private String articleId;
    private int sentenceIndex;
    private int start;
    private int end;
    private String sentenceText;
    private double similarity;

    public FactCoverageRow() {
    }

    public FactCoverageRow(String storyId, String factId, String outlet, String articleId, int sentenceIndex,
                           int start, int end, String sentenceText, double similarity) {
        this.storyId = storyId;
        this.factId = factId;
        this.outlet = outlet;
        this.articleId = articleId;
        this.sentenceIndex = sentenceIndex;
        this.start = start;
        this.end = end;
        this.sentenceText = sentenceText;
        this.similarity = similarity;
    }

    public String getStoryId() { return storyId; }
    public void setStoryId(String storyId) { this.storyId = storyId; }
    public String getFactId() { return factId; }
    public void setFactId(String factId) { this.factId = factId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public int getSentenceIndex() { return sentenceIndex; }
    public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }
    public int getStart() { return start; }
    public void setStart(int start) { this.start = start; }
    public int getEnd() { return end; }
    public void setEnd(int end) { this.end = end; }
    public String getSentenceText() { return sentenceText; }
    public void setSentenceText(String sentenceText) { this.sentenceText = sentenceText; }
    public double getSimilarity() { return similarity; }
    public void setSimilarity(double similarity) { this.similarity = similarity; }
}
