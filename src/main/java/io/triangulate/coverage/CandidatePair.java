package io.triangulate.coverage;

import java.io.Serializable;

/** Two article ids to compare, {@code articleA < articleB} (Spark row). */
public class CandidatePair implements Serializable {
    private String articleA;
    private String articleB;

    public CandidatePair() {
    }

    public CandidatePair(String articleA, String articleB) {
        boolean ordered = articleA.compareTo(articleB) < 0;
        this.articleA = ordered ? articleA : articleB;
        this.articleB = ordered ? articleB : articleA;
    }

    public String getArticleA() { return articleA; }
    public void setArticleA(String articleA) { this.articleA = articleA; }
    public String getArticleB() { return articleB; }
    public void setArticleB(String articleB) { this.articleB = articleB; }
}
