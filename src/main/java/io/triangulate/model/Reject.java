package io.triangulate.model;

import java.io.Serializable;

/** An input record that could not become an article, with the reason and where it came from. */
public class Reject implements Serializable {
    private String reason;
    private String message;
    private String originFile;
    private long originLine;
    /** The record's id when one could be read. */
    private String recordId;
    /** The first characters of the record, decoded if possible, for the analyst to look at. */
    private String excerpt;

    public Reject() {
    }

    public Reject(RejectReason reason, String message, String originFile, long originLine, String recordId,
                  String excerpt) {
        this.reason = reason.name();
        this.message = message;
        this.originFile = originFile;
        this.originLine = originLine;
        this.recordId = recordId;
        this.excerpt = excerpt;
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public String getOriginFile() { return originFile; }
    public void setOriginFile(String originFile) { this.originFile = originFile; }
    public long getOriginLine() { return originLine; }
    public void setOriginLine(long originLine) { this.originLine = originLine; }
    public String getRecordId() { return recordId; }
    public void setRecordId(String recordId) { this.recordId = recordId; }
    public String getExcerpt() { return excerpt; }
    public void setExcerpt(String excerpt) { this.excerpt = excerpt; }
}
