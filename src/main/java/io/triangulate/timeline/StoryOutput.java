package io.triangulate.timeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the timeline finds for one story (internal row between the per-story step and the tables).
 */
public class StoryOutput implements Serializable {
    private List<TimelineEntryRow> entries = new ArrayList<>();
    private List<ConflictRow> conflicts = new ArrayList<>();
    private List<OutletClaimRow> claims = new ArrayList<>();

    public StoryOutput() {
    }

    public List<TimelineEntryRow> getEntries() { return entries; }
    public void setEntries(List<TimelineEntryRow> entries) { this.entries = entries; }
    public List<ConflictRow> getConflicts() { return conflicts; }
    public void setConflicts(List<ConflictRow> conflicts) { this.conflicts = conflicts; }
    public List<OutletClaimRow> getClaims() { return claims; }
    public void setClaims(List<OutletClaimRow> claims) { this.claims = claims; }
}
