package io.triangulate.actors;

import java.io.Serializable;

/**
 * Two actors in one article (internal row type of the stage): sentences = sentences naming both.
 */
public class PairInArticle implements Serializable {
    private String articleId;
    private String outlet;
    private String published;
    private String period;
    private String actorA;
    private String actorB;
    private String nameA;
    private String nameB;
    private String nameArA;
    private String nameArB;
    private String typeA;
    private String typeB;
    private int sentences;

    public PairInArticle() {
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getPublished() { return published; }
    public void setPublished(String published) { this.published = published; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getActorA() { return actorA; }
    public void setActorA(String actorA) { this.actorA = actorA; }
    public String getActorB() { return actorB; }
    public void setActorB(String actorB) { this.actorB = actorB; }
    public String getNameA() { return nameA; }
    public void setNameA(String nameA) { this.nameA = nameA; }
    public String getNameB() { return nameB; }
    public void setNameB(String nameB) { this.nameB = nameB; }
    public String getNameArA() { return nameArA; }
    public void setNameArA(String nameArA) { this.nameArA = nameArA; }
    public String getNameArB() { return nameArB; }
    public void setNameArB(String nameArB) { this.nameArB = nameArB; }
    public String getTypeA() { return typeA; }
    public void setTypeA(String typeA) { this.typeA = typeA; }
    public String getTypeB() { return typeB; }
    public void setTypeB(String typeB) { this.typeB = typeB; }
    public int getSentences() { return sentences; }
    public void setSentences(int sentences) { this.sentences = sentences; }

}
