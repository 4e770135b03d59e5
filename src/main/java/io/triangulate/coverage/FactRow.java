package io.triangulate.coverage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One fact of a story: a statement, represented by the sentence of the earliest article that states it
 * (table {@code facts}). {@code exclusive} when only one outlet of a multi-outlet story reports it.
 */
public class FactRow implements Serializable {
    private String storyId;
    private String factId;
    private String text;
    private String articleId;
    private int sentenceIndex;
    private int start;
    private int end;
    private List<String> outlets = new ArrayList<>();
    private List<String> articles = new ArrayList<>();
    private boolean exclusive;
    private String exclusiveOutlet;
    private String fingerprint;

    public FactRow() {
    }

    public String getStoryId() { return storyId; }
    public void setStoryId(String storyId) { this.storyId = storyId; }
    public String getFactId() { return factId; }
    public void setFactId(String factId) { this.factId = factId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public int getSentenceIndex() { return sentenceIndex; }
    public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }
    public int getStart() { return start; }
    public void setStart(int start) { this.start = start; }
    public int getEnd() { return end; }
    public void setEnd(int end) { this.end = end; }
    public List<String> getOutlets() { return outlets; }
    public void setOutlets(List<String> outlets) { this.outlets = outlets; }
    public List<String> getArticles() { return articles; }
    public void setArticles(List<String> articles) { this.articles = articles; }
    public boolean isExclusive() { return exclusive; }
    public void setExclusive(boolean exclusive) { this.exclusive = exclusive; }
    public String getExclusiveOutlet() { return exclusiveOutlet; }
    public void setExclusiveOutlet(String exclusiveOutlet) { this.exclusiveOutlet = exclusiveOutlet; }
    public String getFingerprint() { return fingerprint; }
    public void setFingerprint(String fingerprint) { this.fingerprint = fingerprint; }
}
