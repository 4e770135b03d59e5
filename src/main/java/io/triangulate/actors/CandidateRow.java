package io.triangulate.actors;

import java.io.Serializable;

/**
 * One sighting of an unknown name, with its sentence (internal row type of the stage).
 */
public class CandidateRow implements Serializable {
    private String surface;
    private String normalized;
    private String pattern;
    private String articleId;
    private String outlet;
    private String period;
    private int sentenceIndex;
    private int start;
    private int end;
    private String sentence;

    public CandidateRow() {
    }

    public String getSurface() { return surface; }
    public void setSurface(String surface) { this.surface = surface; }
    public String getNormalized() { return normalized; }
    public void setNormalized(String normalized) { this.normalized = normalized; }
    public String getPattern() { return pattern; }
    public void setPattern(String pattern) { this.pattern = pattern; }
    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public int getSentenceIndex() { return sentenceIndex; }
    public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }
    public int getStart() { return start; }
    public void setStart(int start) { this.start = start; }
    public int getEnd() { return end; }
    public void setEnd(int end) { this.end = end; }
    public String getSentence() { return sentence; }
    public void setSentence(String sentence) { this.sentence = sentence; }

}
