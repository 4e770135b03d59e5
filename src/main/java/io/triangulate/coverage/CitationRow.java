package io.triangulate.coverage;

import java.io.Serializable;

/**
 * An original source an article cites (table {@code citations}). {@code start}/{@code end} span the cue
 * and the cited name in the article text; footer credits (moved out of the text by the cleaner) have
 * sentenceIndex, start and end −1. {@code citedActorId} is null when the name matched no media actor.
 */
public class CitationRow implements Serializable {
    private String articleId;
    private String outlet;
    private int sentenceIndex;
    private int start;
    private int end;
    private String cue;
    private String citedSource;
    private String citedActorId;
    private String evidence;

    public CitationRow() {
    }

    public CitationRow(String articleId, String outlet, int sentenceIndex, int start, int end, String cue,
                       String citedSource, String citedActorId, String evidence) {
        this.articleId = articleId;
        this.outlet = outlet;
        this.sentenceIndex = sentenceIndex;
        this.start = start;
        this.end = end;
        this.cue = cue;
        this.citedSource = citedSource;
        this.citedActorId = citedActorId;
        this.evidence = evidence;
    }

    /** The key a cited source is counted under: the actor id, or the normalized name when unresolved. */
    public String sourceKey() {
        return citedActorId != null ? citedActorId : io.triangulate.text.MatchingText.normalize(citedSource);
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public int getSentenceIndex() { return sentenceIndex; }
    public void setSentenceIndex(int sentenceIndex) { this.sentenceIndex = sentenceIndex; }
    public int getStart() { return start; }
    public void setStart(int start) { this.start = start; }
    public int getEnd() { return end; }
    public void setEnd(int end) { this.end = end; }
    public String getCue() { return cue; }
    public void setCue(String cue) { this.cue = cue; }
    public String getCitedSource() { return citedSource; }
    public void setCitedSource(String citedSource) { this.citedSource = citedSource; }
    public String getCitedActorId() { return citedActorId; }
    public void setCitedActorId(String citedActorId) { this.citedActorId = citedActorId; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
}
