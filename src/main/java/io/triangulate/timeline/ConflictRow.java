package io.triangulate.timeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Table {@code conflicts}: two values a story's articles give for the same thing, side by side with
 * their evidence. {@code kind}: date, duration, implied_gap, number, contradiction.
 */
public class ConflictRow implements Serializable {
    private String storyId;
    private String conflictId;
    private String kind;
    private String description;
    private String valueA;
    private String valueB;
    private List<String> outletsA = new ArrayList<>();
    private List<String> outletsB = new ArrayList<>();
    private List<String> articlesA = new ArrayList<>();
    private List<String> articlesB = new ArrayList<>();
    /** sentence text of the first reference */
    private String evidenceA;
    private String evidenceB;
    /** articleId#sentence@start-end */
    private String refA;
    private String refB;
    /** every reference on side A (capped) */
    private List<String> refsA = new ArrayList<>();
    private List<String> refsB = new ArrayList<>();
    /** the timeline entry concerned, when there is one */
    private String entryId;
    /** outlets on the weaker side, for ranking: a conflict backed by several outlets on each side is sharper */
    private int sharpness;

    public ConflictRow() {
    }

    public String getStoryId() { return storyId; }
    public void setStoryId(String storyId) { this.storyId = storyId; }
    public String getConflictId() { return conflictId; }
    public void setConflictId(String conflictId) { this.conflictId = conflictId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getValueA() { return valueA; }
    public void setValueA(String valueA) { this.valueA = valueA; }
    public String getValueB() { return valueB; }
    public void setValueB(String valueB) { this.valueB = valueB; }
    public List<String> getOutletsA() { return outletsA; }
    public void setOutletsA(List<String> outletsA) { this.outletsA = outletsA; }
    public List<String> getOutletsB() { return outletsB; }
    public void setOutletsB(List<String> outletsB) { this.outletsB = outletsB; }
    public List<String> getArticlesA() { return articlesA; }
    public void setArticlesA(List<String> articlesA) { this.articlesA = articlesA; }
    public List<String> getArticlesB() { return articlesB; }
    public void setArticlesB(List<String> articlesB) { this.articlesB = articlesB; }
    public String getEvidenceA() { return evidenceA; }
    public void setEvidenceA(String evidenceA) { this.evidenceA = evidenceA; }
    public String getEvidenceB() { return evidenceB; }
    public void setEvidenceB(String evidenceB) { this.evidenceB = evidenceB; }
    public String getRefA() { return refA; }
    public void setRefA(String refA) { this.refA = refA; }
    public String getRefB() { return refB; }
    public void setRefB(String refB) { this.refB = refB; }
    public List<String> getRefsA() { return refsA; }
    public void setRefsA(List<String> refsA) { this.refsA = refsA; }
    public List<String> getRefsB() { return refsB; }
    public void setRefsB(List<String> refsB) { this.refsB = refsB; }
    public String getEntryId() { return entryId; }
    public void setEntryId(String entryId) { this.entryId = entryId; }
    public int getSharpness() { return sharpness; }
    public void setSharpness(int sharpness) { this.sharpness = sharpness; }
}
