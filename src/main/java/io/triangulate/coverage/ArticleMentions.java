package io.triangulate.coverage;

import io.triangulate.model.Mention;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** All actor mentions of one article (Spark row). */
public class ArticleMentions implements Serializable {
    private String articleId;
    private List<Mention> mentions = new ArrayList<>();

    public ArticleMentions() {
    }

    public ArticleMentions(String articleId, List<Mention> mentions) {
        this.articleId = articleId;
        this.mentions = mentions;
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public List<Mention> getMentions() { return mentions; }
    public void setMentions(List<Mention> mentions) { this.mentions = mentions; }
}
