package io.triangulate.model;

import java.io.Serializable;

/** An input record whose normalized text equals an article already kept. */
public class Duplicate implements Serializable {
    private String recordId;
    private String outlet;
    private String keptArticleId;
    private String keptOutlet;
    private String contentHash;
    private String originFile;
    private long originLine;

    public Duplicate() {
    }

    public Duplicate(String recordId, String outlet, String keptArticleId, String keptOutlet, String contentHash,
                     String originFile, long originLine) {
        this.recordId = recordId;
        this.outlet = outlet;
        this.keptArticleId = keptArticleId;
        this.keptOutlet = keptOutlet;
        this.contentHash = contentHash;
        this.originFile = originFile;
        this.originLine = originLine;
    }

    public String getRecordId() { return recordId; }
    public void setRecordId(String recordId) { this.recordId = recordId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getKeptArticleId() { return keptArticleId; }
    public void setKeptArticleId(String keptArticleId) { this.keptArticleId = keptArticleId; }
    public String getKeptOutlet() { return keptOutlet; }
    public void setKeptOutlet(String keptOutlet) { this.keptOutlet = keptOutlet; }
    public String getContentHash() { return contentHash; }
    public void setContentHash(String contentHash) { this.contentHash = contentHash; }
    public String getOriginFile() { return originFile; }
    public void setOriginFile(String originFile) { this.originFile = originFile; }
    public long getOriginLine() { return originLine; }
    public void setOriginLine(long originLine) { this.originLine = originLine; }
}
