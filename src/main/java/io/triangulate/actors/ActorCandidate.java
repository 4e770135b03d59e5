package io.triangulate.actors;

import java.io.Serializable;

/**
 * A name the dictionary does not know, for an analyst to review and add (table {@code actor_candidates}).
 * The example is the first sighting in (articleId, sentenceIndex, start) order.
 */
public class ActorCandidate implements Serializable {
    private String surface;
    private String normalized;
    /** role_title, speech_verb or capitalised_sequence */
    private String pattern;
    private long count;
    private long articles;
    private long outlets;
    private String exampleArticleId;
    private int exampleSentenceIndex;
    private int exampleStart;
    private int exampleEnd;
    private String exampleSentence;

    public ActorCandidate() {
    }

    public String getSurface() { return surface; }
    public void setSurface(String surface) { this.surface = surface; }
    public String getNormalized() { return normalized; }
    public void setNormalized(String normalized) { this.normalized = normalized; }
    public String getPattern() { return pattern; }
    public void setPattern(String pattern) { this.pattern = pattern; }
    public long getCount() { return count; }
    public void setCount(long count) { this.count = count; }
    public long getArticles() { return articles; }
    public void setArticles(long articles) { this.articles = articles; }
    public long getOutlets() { return outlets; }
    public void setOutlets(long outlets) { this.outlets = outlets; }
    public String getExampleArticleId() { return exampleArticleId; }
    public void setExampleArticleId(String exampleArticleId) { this.exampleArticleId = exampleArticleId; }
    public int getExampleSentenceIndex() { return exampleSentenceIndex; }
    public void setExampleSentenceIndex(int exampleSentenceIndex) { this.exampleSentenceIndex = exampleSentenceIndex; }
    public int getExampleStart() { return exampleStart; }
    public void setExampleStart(int exampleStart) { this.exampleStart = exampleStart; }
    public int getExampleEnd() { return exampleEnd; }
    public void setExampleEnd(int exampleEnd) { this.exampleEnd = exampleEnd; }
    public String getExampleSentence() { return exampleSentence; }
    public void setExampleSentence(String exampleSentence) { this.exampleSentence = exampleSentence; }

}
