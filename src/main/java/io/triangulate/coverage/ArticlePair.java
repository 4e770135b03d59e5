package io.triangulate.coverage;

import java.io.Serializable;

/**
 * Two articles whose texts overlap, or that belong to the same story (table {@code article_pairs}).
 * {@code articleA < articleB}. {@code derivedFrom} is the id of the original when one derives from the
 * other (null when unknown), {@code derivationBasis} says why. Similarities are over word-shingle sets;
 * {@code sharedSentences} counts sentences of the two stating the same facts (one-to-one).
 */
public class ArticlePair implements Serializable {
    private String articleA;
    private String articleB;
    private String outletA;
    private String outletB;
    private double jaccard;
    private double containmentAinB;
    private double containmentBinA;
    private String relation;
    private String derivedFrom;
    private String derivationBasis;
    private int sharedSentences;
    private String storyId;

    public ArticlePair() {
    }

    public String getArticleA() { return articleA; }
    public void setArticleA(String articleA) { this.articleA = articleA; }
    public String getArticleB() { return articleB; }
    public void setArticleB(String articleB) { this.articleB = articleB; }
    public String getOutletA() { return outletA; }
    public void setOutletA(String outletA) { this.outletA = outletA; }
    public String getOutletB() { return outletB; }
    public void setOutletB(String outletB) { this.outletB = outletB; }
    public double getJaccard() { return jaccard; }
    public void setJaccard(double jaccard) { this.jaccard = jaccard; }
    public double getContainmentAinB() { return containmentAinB; }
    public void setContainmentAinB(double containmentAinB) { this.containmentAinB = containmentAinB; }
    public double getContainmentBinA() { return containmentBinA; }
    public void setContainmentBinA(double containmentBinA) { this.containmentBinA = containmentBinA; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public String getDerivedFrom() { return derivedFrom; }
    public void setDerivedFrom(String derivedFrom) { this.derivedFrom = derivedFrom; }
    public String getDerivationBasis() { return derivationBasis; }
    public void setDerivationBasis(String derivationBasis) { this.derivationBasis = derivationBasis; }
    public int getSharedSentences() { return sharedSentences; }
    public void setSharedSentences(int sharedSentences) { this.sharedSentences = sharedSentences; }
    public String getStoryId() { return storyId; }
    public void setStoryId(String storyId) { this.storyId = storyId; }
}
