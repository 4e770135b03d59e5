package io.triangulate.actors;

import java.io.Serializable;

/**
 * One actor in one article: the unit for article-window counts (internal row type of the stage).
 */
public class ActorInArticle implements Serializable {
    private String articleId;
    private String outlet;
    private String published;
    private String period;
    private String actorId;
    private String name;
    private String nameAr;
    private String type;
    private int mentions;
    /** Distinct sentences of the article naming the actor. */
    private int sentences;

    public ActorInArticle() {
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getPublished() { return published; }
    public void setPublished(String published) { this.published = published; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getActorId() { return actorId; }
    public void setActorId(String actorId) { this.actorId = actorId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameAr() { return nameAr; }
    public void setNameAr(String nameAr) { this.nameAr = nameAr; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public int getMentions() { return mentions; }
    public void setMentions(int mentions) { this.mentions = mentions; }
    public int getSentences() { return sentences; }
    public void setSentences(int sentences) { this.sentences = sentences; }

}
