package io.triangulate.coverage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One story (table {@code stories}): its label, size, outlets, date range (publication dates as printed,
 * at their own precision), the actors most of its articles name and its most distinctive terms.
 */
public class StoryRow implements Serializable {
    private String storyId;
    private String label;
    private int articles;
    private List<String> outlets = new ArrayList<>();
    private String firstPublished;
    private String lastPublished;
    private List<String> topActors = new ArrayList<>();
    private List<String> keyTerms = new ArrayList<>();

    public StoryRow() {
    }

    public String getStoryId() { return storyId; }
    public void setStoryId(String storyId) { this.storyId = storyId; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public int getArticles() { return articles; }
    public void setArticles(int articles) { this.articles = articles; }
    public List<String> getOutlets() { return outlets; }
    public void setOutlets(List<String> outlets) { this.outlets = outlets; }
    public String getFirstPublished() { return firstPublished; }
    public void setFirstPublished(String firstPublished) { this.firstPublished = firstPublished; }
    public String getLastPublished() { return lastPublished; }
    public void setLastPublished(String lastPublished) { this.lastPublished = lastPublished; }
    public List<String> getTopActors() { return topActors; }
    public void setTopActors(List<String> topActors) { this.topActors = topActors; }
    public List<String> getKeyTerms() { return keyTerms; }
    public void setKeyTerms(List<String> keyTerms) { this.keyTerms = keyTerms; }
}
