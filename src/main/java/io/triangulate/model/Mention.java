package io.triangulate.model;

import java.io.Serializable;

/**
 * One place in an article where an actor is named. {@code start}/{@code end} are offsets into the
 * article's cleaned text ({@link Article#getText()}), so {@code text.substring(start, end)} is
 * {@code surface}: the words exactly as printed, clitics included (e.g. "وطهران").
 */
public class Mention implements Serializable {
    private String articleId;
    private String outlet;
    private String published;
    private int sentenceIndex;
    private int start;
    private int end;
    private String surface;
    private String actorId;
    /** person, organization, country, armed_group, media, place */
    private String actorType;
    /** The actor's English display name, for tables. */
    private String actorName;
    /** How the mention was resolved: alias, demonym, metonym, surname, context_rule. */
    private String resolution;

    public Mention() {
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getPublished() { return published; }
    public void setPublished(String published) { this.published = published; }
    public int getSentenceIndex() { return sentenceIndex; }
    public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }
    public int getStart() { return start; }
    public void setStart(int start) { this.start = start; }
    public int getEnd() { return end; }
    public void setEnd(int end) { this.end = end; }
    public String getSurface() { return surface; }
    public void setSurface(String surface) { this.surface = surface; }
    public String getActorId() { return actorId; }
    public void setActorId(String actorId) { this.actorId = actorId; }
    public String getActorType() { return actorType; }
    public void setActorType(String actorType) { this.actorType = actorType; }
    public String getActorName() { return actorName; }
    public void setActorName(String actorName) { this.actorName = actorName; }
    public String getResolution() { return resolution; }
    public void setResolution(String resolution) { this.resolution = resolution; }
}
