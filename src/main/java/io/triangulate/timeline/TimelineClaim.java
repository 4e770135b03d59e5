package io.triangulate.timeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One claim found in one sentence, before stories are aligned: a dated event ({@code kind} "event"),
 * a count of something ("number") or a statement that talks were direct or indirect ("directness").
 * Internal row type between the per-article and the per-story steps of {@link TimelineStage}.
 * Offsets are into the article's cleaned text.
 */
public class TimelineClaim implements Serializable {
    /** event, number or directness */
    private String kind;
    private String storyId;
    private String articleId;
    private String outlet;
    private String published;
    private int sentenceIndex;
    private int sentenceStart;
    private int sentenceEnd;
    private String sentenceText;
    private String eventType;
    /** what is aligned with what: talks, military, statement, ... */
    private String family;
    /** at (happened then), since (first/none since a date), gap (first in a duration), previous (the last such event before), duration */
    private String relation;
    /** another/planned occurrence: never a rival of the reported event */
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
    private String precision;
    private boolean resolved;
    /** actor ids named in the sentence, sorted */
    private List<String> actors = new ArrayList<>();
    /** evidence span: the time expression, the number phrase or the qualified trigger */
    private int spanStart;
    private int spanEnd;
    /** counted noun class for numbers: attack, strike, missile, killed, ... */
    private String noun;
    private long numberLow;
    /** -1 when open ("soldiers" without a number: at least three) */
    private long numberHigh;
    private String numberSurface;
    /** direct or indirect */
    private String directness;
    /** TIMEX3 DATE values of the sentence as value|mod, to tell counts of different periods apart */
    private List<String> sentenceDates = new ArrayList<>();

    public TimelineClaim() {
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getStoryId() { return storyId; }
    public void setStoryId(String storyId) { this.storyId = storyId; }
    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getPublished() { return published; }
    public void setPublished(String published) { this.published = published; }
    public int getSentenceIndex() { return sentenceIndex; }
    public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }
    public int getSentenceStart() { return sentenceStart; }
    public void setSentenceStart(int sentenceStart) { this.sentenceStart = sentenceStart; }
    public int getSentenceEnd() { return sentenceEnd; }
    public void setSentenceEnd(int sentenceEnd) { this.sentenceEnd = sentenceEnd; }
    public String getSentenceText() { return sentenceText; }
    public void setSentenceText(String sentenceText) { this.sentenceText = sentenceText; }
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
    public String getPrecision() { return precision; }
    public void setPrecision(String precision) { this.precision = precision; }
    public boolean isResolved() { return resolved; }
    public void setResolved(boolean resolved) { this.resolved = resolved; }
    public List<String> getActors() { return actors; }
    public void setActors(List<String> actors) { this.actors = actors; }
    public int getSpanStart() { return spanStart; }
    public void setSpanStart(int spanStart) { this.spanStart = spanStart; }
    public int getSpanEnd() { return spanEnd; }
    public void setSpanEnd(int spanEnd) { this.spanEnd = spanEnd; }
    public String getNoun() { return noun; }
    public void setNoun(String noun) { this.noun = noun; }
    public long getNumberLow() { return numberLow; }
    public void setNumberLow(long numberLow) { this.numberLow = numberLow; }
    public long getNumberHigh() { return numberHigh; }
    public void setNumberHigh(long numberHigh) { this.numberHigh = numberHigh; }
    public String getNumberSurface() { return numberSurface; }
    public void setNumberSurface(String numberSurface) { this.numberSurface = numberSurface; }
    public String getDirectness() { return directness; }
    public void setDirectness(String directness) { this.directness = directness; }
    public List<String> getSentenceDates() { return sentenceDates; }
    public void setSentenceDates(List<String> sentenceDates) { this.sentenceDates = sentenceDates; }
}
