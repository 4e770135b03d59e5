package io.triangulate.timeline;

import java.io.Serializable;

/**
 * Table {@code outlet_consistency}: how often an outlet's dated claims (dates and durations of timeline
 * entries that at least two outlets speak about) agree with the consensus value.
 */
public class OutletConsistencyRow implements Serializable {
    private String outlet;
    private long datedClaims;
    private long agreeing;
    private long conflicting;
    /** agreeing / datedClaims */
    private double share;

    public OutletConsistencyRow() {
    }

    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public long getDatedClaims() { return datedClaims; }
    public void setDatedClaims(long datedClaims) { this.datedClaims = datedClaims; }
    public long getAgreeing() { return agreeing; }
    public void setAgreeing(long agreeing) { this.agreeing = agreeing; }
    public long getConflicting() { return conflicting; }
    public void setConflicting(long conflicting) { this.conflicting = conflicting; }
    public double getShare() { return share; }
    public void setShare(double share) { this.share = share; }
}
