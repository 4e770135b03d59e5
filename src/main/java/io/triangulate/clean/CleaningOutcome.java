package io.triangulate.clean;

import io.triangulate.model.Article;
import io.triangulate.model.Reject;

import java.io.Serializable;

/** What cleaning made of one raw record: an article or a reject, never both, never neither. */
public class CleaningOutcome implements Serializable {
    private Article article;
    private Reject reject;

    public CleaningOutcome() {
    }

    static CleaningOutcome accepted(Article article) {
        CleaningOutcome o = new CleaningOutcome();
        o.article = article;
        return o;
    }

    static CleaningOutcome rejected(Reject reject) {
        CleaningOutcome o = new CleaningOutcome();
        o.reject = reject;
        return o;
    }

    public Article getArticle() { return article; }
    public void setArticle(Article article) { this.article = article; }
    public Reject getReject() { return reject; }
    public void setReject(Reject reject) { this.reject = reject; }
}
