package io.triangulate.actors;

import java.io.Serializable;

/**
 * Two actors named together (table {@code cooccurrence}): actorA &lt; actorB by id. {@code window} is
 * "sentence" (named in the same sentence) or "article"; {@code outlet} is one outlet or "*" for all.
 * {@code npmi} and {@code g2} measure the association in that window and slice: npmi in [-1, 1];
 * g2 is Dunning's log-likelihood, negative when the pair co-occurs less often than chance.
 * {@code change} compares with the previous period: new, rising, falling or steady (null without one).
 */
public class CooccurrenceRow implements Serializable {
    private String actorA;
    private String actorB;
    private String nameA;
    private String nameB;
    private String nameArA;
    private String nameArB;
    private String typeA;
    private String typeB;
    private String window;
    private String outlet;
    /** Sentences naming both. */
    private long sentences;
    /** Articles naming both (in one sentence, for the sentence window). */
    private long articles;
    private long outlets;
    private String firstSeen;
    private String lastSeen;
    private double npmi;
    private double g2;
    private String period;
    /** The same count (sentences or articles, by window) in the previous period; null without one. */
    private Long previousCount;
    private String change;

    public CooccurrenceRow() {
    }

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
    public String getWindow() { return window; }
    public void setWindow(String window) { this.window = window; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public long getSentences() { return sentences; }
    public void setSentences(long sentences) { this.sentences = sentences; }
    public long getArticles() { return articles; }
    public void setArticles(long articles) { this.articles = articles; }
    public long getOutlets() { return outlets; }
    public void setOutlets(long outlets) { this.outlets = outlets; }
    public String getFirstSeen() { return firstSeen; }
    public void setFirstSeen(String firstSeen) { this.firstSeen = firstSeen; }
    public String getLastSeen() { return lastSeen; }
    public void setLastSeen(String lastSeen) { this.lastSeen = lastSeen; }
    public double getNpmi() { return npmi; }
    public void setNpmi(double npmi) { this.npmi = npmi; }
    public double getG2() { return g2; }
    public void setG2(double g2) { this.g2 = g2; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public Long getPreviousCount() { return previousCount; }
    public void setPreviousCount(Long previousCount) { this.previousCount = previousCount; }
    public String getChange() { return change; }
    public void setChange(String change) { this.change = change; }

    /** The count the window is about: sentences for "sentence", articles for "article". */
    public long support() {
        return "sentence".equals(window) ? sentences : articles;
    }
}
