package io.triangulate.timeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Table {@code events}: a time expression attached to what happened (the nearest trigger word in its
 * sentence) and to who took part (the actors named in the sentence). Offsets are into the article's cleaned text.
 */
public class EventRow implements Serializable {
    private String articleId;
    private String outlet;
    private String storyId;
    private int sentenceIndex;
    private String eventType;
    private String family;
    /** at, since, gap, previous, duration */
    private String relation;
    /** another or planned occurrence */
    private boolean distinct;
    private String trigger;
    private int triggerStart;
    private int triggerEnd;
    private int timexStart;
    private int timexEnd;
    private String timexSurface;
    private String timexType;
    private String value;
    private String mod;
    private List<String> actors = new ArrayList<>();
    /** the sentence as printed */
    private String evidence;

    public EventRow() {
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getStoryId() { return storyId; }
    public void setStoryId(String storyId) { this.storyId = storyId; }
    public int getSentenceIndex() { return sentenceIndex; }
    public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }
    public String getEventType() { return eventType; }
    public void setEventType(String eventType) { this.eventType = eventType; }
    public String getFamily() { return family; }
    public void setFamily(String family) { this.family = family; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public boolean isDistinct() { return distinct; }
    public void setDistinct(boolean distinct) { this.distinct = distinct; }
    public String getTrigger() { return trigger; }
    public void setTrigger(String trigger) { this.trigger = trigger; }
    public int getTriggerStart() { return triggerStart; }
    public void setTriggerStart(int triggerStart) { this.triggerStart = triggerStart; }
    public int getTriggerEnd() { return triggerEnd; }
    public void setTriggerEnd(int triggerEnd) { this.triggerEnd = triggerEnd; }
    public int getTimexStart() { return timexStart; }
    public void setTimexStart(int timexStart) { this.timexStart = timexStart; }
    public int getTimexEnd() { return timexEnd; }
    public void setTimexEnd(int timexEnd) { this.timexEnd = timexEnd; }
    public String getTimexSurface() { return timexSurface; }
    public void setTimexSurface(String timexSurface) { this.timexSurface = timexSurface; }
    public String getTimexType() { return timexType; }
    public void setTimexType(String timexType) { this.timexType = timexType; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getMod() { return mod; }
    public void setMod(String mod) { this.mod = mod; }
    public List<String> getActors() { return actors; }
    public void setActors(List<String> actors) { this.actors = actors; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
}
