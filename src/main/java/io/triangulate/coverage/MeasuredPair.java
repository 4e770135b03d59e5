package io.triangulate.coverage;

import java.io.Serializable;

/**
 * A candidate pair with both articles' metadata and exact overlap measures (Spark row). Built in two
 * joins: {@link #half} carries A's shingles to the second join, {@link #complete} measures and drops them.
 */
public class MeasuredPair implements Serializable {
    private String articleA;
    private String articleB;
    private String outletA;
    private String outletB;
    private String publishedA;
    private String precisionA;
    private String publishedB;
    private String precisionB;
    private long[] shinglesA = new long[0];
    private double jaccard;
    private double containmentAinB;
    private double containmentBinA;

    public MeasuredPair() {
    }

    static MeasuredPair half(ArticleShingles a, String articleB) {
        MeasuredPair p = new MeasuredPair();
        p.articleA = a.getArticleId();
        p.articleB = articleB;
        p.outletA = a.getOutlet();
        p.publishedA = a.getPublished();
        p.precisionA = a.getPublishedPrecision();
        p.shinglesA = a.getShingles();
        return p;
    }

    MeasuredPair complete(ArticleShingles b) {
        outletB = b.getOutlet();
        publishedB = b.getPublished();
        precisionB = b.getPublishedPrecision();
        int inter = SetOverlap.intersection(shinglesA, b.getShingles());
        int union = shinglesA.length + b.getShingles().length - inter;
        jaccard = union == 0 ? 0 : (double) inter / union;
        containmentAinB = shinglesA.length == 0 ? 0 : (double) inter / shinglesA.length;
        containmentBinA = b.getShingles().length == 0 ? 0 : (double) inter / b.getShingles().length;
        shinglesA = new long[0];
        return this;
    }

    public String getArticleA() { return articleA; }
    public void setArticleA(String articleA) { this.articleA = articleA; }
    public String getArticleB() { return articleB; }
    public void setArticleB(String articleB) { this.articleB = articleB; }
    public String getOutletA() { return outletA; }
    public void setOutletA(String outletA) { this.outletA = outletA; }
    public String getOutletB() { return outletB; }
    public void setOutletB(String outletB) { this.outletB = outletB; }
    public String getPublishedA() { return publishedA; }
    public void setPublishedA(String publishedA) { this.publishedA = publishedA; }
    public String getPrecisionA() { return precisionA; }
    public void setPrecisionA(String precisionA) { this.precisionA = precisionA; }
    public String getPublishedB() { return publishedB; }
    public void setPublishedB(String publishedB) { this.publishedB = publishedB; }
    public String getPrecisionB() { return precisionB; }
    public void setPrecisionB(String precisionB) { this.precisionB = precisionB; }
    public long[] getShinglesA() { return shinglesA; }
    public void setShinglesA(long[] shinglesA) { this.shinglesA = shinglesA; }
    public double getJaccard() { return jaccard; }
    public void setJaccard(double jaccard) { this.jaccard = jaccard; }
    public double getContainmentAinB() { return containmentAinB; }
    public void setContainmentAinB(double containmentAinB) { this.containmentAinB = containmentAinB; }
    public double getContainmentBinA() { return containmentBinA; }
    public void setContainmentBinA(double containmentBinA) { this.containmentBinA = containmentBinA; }
}
