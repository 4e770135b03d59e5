package io.triangulate.timeline;

import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.model.TimeExpression;

import java.io.Serializable;

/**
 * One input row of an article for the per-article step of {@link TimelineStage}: exactly one of
 * sentence, time expression or mention is set (a tagged union, so the three inputs share one grouping).
 */
public class ArticleItem implements Serializable {
    private String articleId;
    private Sentence sentence;
    private TimeExpression timex;
    private Mention mention;

    public ArticleItem() {
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public Sentence getSentence() { return sentence; }
    public void setSentence(Sentence sentence) { this.sentence = sentence; }
    public TimeExpression getTimex() { return timex; }
    public void setTimex(TimeExpression timex) { this.timex = timex; }
    public Mention getMention() { return mention; }
    public void setMention(Mention mention) { this.mention = mention; }
}
