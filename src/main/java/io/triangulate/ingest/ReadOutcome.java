package io.triangulate.ingest;

import io.triangulate.model.Reject;

import java.io.Serializable;

/**
 * What became of one input record: exactly one of {@code article} and {@code reject} is set. A JavaBean
 * so that Spark can carry both kinds in one pass over the input.
 */
public class ReadOutcome implements Serializable {
    private RawArticle article;
    private Reject reject;

    public ReadOutcome() {
    }

    public static ReadOutcome accepted(RawArticle article) {
        ReadOutcome o = new ReadOutcome();
        o.article = article;
        return o;
    }

    public static ReadOutcome rejected(Reject reject) {
        ReadOutcome o = new ReadOutcome();
        o.reject = reject;
        return o;
    }

    public boolean isAccepted() {
        return article != null;
    }

    public RawArticle getArticle() { return article; }
    public void setArticle(RawArticle article) { this.article = article; }
    public Reject getReject() { return reject; }
    public void setReject(Reject reject) { this.reject = reject; }

    @Override
    public String toString() {
        return article != null ? "accepted " + article
                : "rejected " + reject.getReason() + " " + reject.getOriginFile() + ":" + reject.getOriginLine()
                + " " + reject.getMessage();
    }
}
