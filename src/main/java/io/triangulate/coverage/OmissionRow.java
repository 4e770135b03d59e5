package io.triangulate.coverage;

import java.io.Serializable;

/** A fact most outlets of a story carry and this outlet leaves out (omissions list). */
public class OmissionRow implements Serializable {
    private String storyId;
    private String factId;
    private String outlet;
    private int outletsCarrying;
    private int storyOutlets;
    private String factText;

    public OmissionRow() {
    }

    public OmissionRow(String storyId, String factId, String outlet, int outletsCarrying, int storyOutlets,
                       String factText) {
        this.storyId = storyId;
        this.factId = factId;
        this.outlet = outlet;
        this.outletsCarrying = outletsCarrying;
        this.storyOutlets = storyOutlets;
        this.factText = factText;
    }

    public String getStoryId() { return storyId; }
    public void setStoryId(String storyId) { this.storyId = storyId; }
    public String getFactId() { return factId; }
    public void setFactId(String factId) { this.factId = factId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public int getOutletsCarrying() { return outletsCarrying; }
    public void setOutletsCarrying(int outletsCarrying) { this.outletsCarrying = outletsCarrying; }
    public int getStoryOutlets() { return storyOutlets; }
    public void setStoryOutlets(int storyOutlets) { this.storyOutlets = storyOutlets; }
    public String getFactText() { return factText; }
    public void setFactText(String factText) { this.factText = factText; }
}
