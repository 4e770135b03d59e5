package io.triangulate.coverage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Facts, their coverage and omissions of one story (Spark row, split into three tables afterwards). */
public class StoryFacts implements Serializable {
    private String storyId;
    private List<FactRow> facts = new ArrayList<>();
    private List<FactCoverageRow> coverage = new ArrayList<>();
    private List<OmissionRow> omissions = new ArrayList<>();

    public StoryFacts() {
    }

    public StoryFacts(String storyId, List<FactRow> facts, List<FactCoverageRow> coverage, List<OmissionRow> omissions) {
        this.storyId = storyId;
        this.facts = facts;
        this.coverage = coverage;
        this.omissions = omissions;
    }

    public String getStoryId() { return storyId; }
    public void setStoryId(String storyId) { this.storyId = storyId; }
    public List<FactRow> getFacts() { return facts; }
    public void setFacts(List<FactRow> facts) { this.facts = facts; }
    public List<FactCoverageRow> getCoverage() { return coverage; }
    public void setCoverage(List<FactCoverageRow> coverage) { this.coverage = coverage; }
    public List<OmissionRow> getOmissions() { return omissions; }
    public void setOmissions(List<OmissionRow> omissions) { this.omissions = omissions; }
}
