package io.triangulate.actors;

import java.io.Serializable;

/**
 * One actor in the current period: how often and where it was named (table {@code actors}).
 */
public class ActorRow implements Serializable {
    private String id;
    /** English display name. */
    private String name;
    /** Arabic display name. */
    private String nameAr;
    /** person, organization, country, armed_group, media, place */
    private String type;
    private long mentions;
    private long articles;
    private long outlets;
    /** Earliest publication date (ISO prefix) of an article naming the actor. */
    private String firstSeen;
    private String lastSeen;
    /** The period counted (currentPeriod, or "all" when the job has no periods). */
    private String period;

    public ActorRow() {
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameAr() { return nameAr; }
    public void setNameAr(String nameAr) { this.nameAr = nameAr; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public long getMentions() { return mentions; }
    public void setMentions(long mentions) { this.mentions = mentions; }
    public long getArticles() { return articles; }
    public void setArticles(long articles) { this.articles = articles; }
    public long getOutlets() { return outlets; }
    public void setOutlets(long outlets) { this.outlets = outlets; }
    public String getFirstSeen() { return firstSeen; }
    public void setFirstSeen(String firstSeen) { this.firstSeen = firstSeen; }
    public String getLastSeen() { return lastSeen; }
    public void setLastSeen(String lastSeen) { this.lastSeen = lastSeen; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }

}
