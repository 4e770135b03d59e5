package io.triangulate.timeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Table {@code timeline}: one event of a story as the articles date it, merged across articles
 * (same story, same event family, overlapping actors, compatible dates). {@code value} is the most specific
 * value the articles give; {@code conflicting} says whether another entry or a duration claim contradicts it.
 */
public class TimelineEntryRow implements Serializable {
    private String storyId;
    private String entryId;
    private String eventType;
    private String family;
    private String value;
    private String mod;
    private String precision;
    /** ISO date of the first day the value covers */
    private String firstDay;
    private String lastDay;
    /** true when at least one article reports it as happened (not only as earlier or planned) */
    private boolean reported;
    private List<String> actors = new ArrayList<>();
    private List<String> articles = new ArrayList<>();
    private List<String> outlets = new ArrayList<>();
    /** outlets whose dates fit this value */
    private int agreeingOutlets;
    private int mentions;
    private boolean conflicting;
    /** articleId#sentence@start-end of each mention (capped) */
    private List<String> evidenceRefs = new ArrayList<>();

    public TimelineEntryRow() {
    }

    public String getStoryId() { return storyId; }
    public void setStoryId(String storyId) { this.storyId = storyId; }
    public String getEntryId() { return entryId; }
    public void setEntryId(String entryId) { this.entryId = entryId; }
    public String getEventType() { return eventType; }
    public void setEventType(String eventType) { this.eventType = eventType; }
    public String getFamily() { return family; }
    public void setFamily(String family) { this.family = family; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getMod() { return mod; }
    public void setMod(String mod) { this.mod = mod; }
    public String getPrecision() { return precision; }
    public void setPrecision(String precision) { this.precision = precision; }
    public String getFirstDay() { return firstDay; }
    public void setFirstDay(String firstDay) { this.firstDay = firstDay; }
    public String getLastDay() { return lastDay; }
    public void setLastDay(String lastDay) { this.lastDay = lastDay; }
    public boolean isReported() { return reported; }
    public void setReported(boolean reported) { this.reported = reported; }
    public List<String> getActors() { return actors; }
    public void setActors(List<String> actors) { this.actors = actors; }
    public List<String> getArticles() { return articles; }
    public void setArticles(List<String> articles) { this.articles = articles; }
    public List<String> getOutlets() { return outlets; }
    public void setOutlets(List<String> outlets) { this.outlets = outlets; }
    public int getAgreeingOutlets() { return agreeingOutlets; }
    public void setAgreeingOutlets(int agreeingOutlets) { this.agreeingOutlets = agreeingOutlets; }
    public int getMentions() { return mentions; }
    public void setMentions(int mentions) { this.mentions = mentions; }
    public boolean isConflicting() { return conflicting; }
    public void setConflicting(boolean conflicting) { this.conflicting = conflicting; }
    public List<String> getEvidenceRefs() { return evidenceRefs; }
    public void setEvidenceRefs(List<String> evidenceRefs) { this.evidenceRefs = evidenceRefs; }
}
