package io.triangulate.actors;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import io.triangulate.model.Mention;

/**
 * Everything the stage extracts from one article (internal row type).
 */
public class ArticleFindings implements Serializable {
    private String articleId;
    private String outlet;
    private String published;
    private String period;
    private int sentenceCount;
    private List<Mention> mentions = new ArrayList<>();
    private List<CandidateRow> candidates = new ArrayList<>();
    private List<ActorInArticle> actors = new ArrayList<>();
    private List<PairInArticle> pairs = new ArrayList<>();

    public ArticleFindings() {
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getPublished() { return published; }
    public void setPublished(String published) { this.published = published; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public int getSentenceCount() { return sentenceCount; }
    public void setSentenceCount(int sentenceCount) { this.sentenceCount = sentenceCount; }
    public List<Mention> getMentions() { return mentions; }
    public void setMentions(List<Mention> mentions) { this.mentions = mentions; }
    public List<CandidateRow> getCandidates() { return candidates; }
    public void setCandidates(List<CandidateRow> candidates) { this.candidates = candidates; }
    public List<ActorInArticle> getActors() { return actors; }
    public void setActors(List<ActorInArticle> actors) { this.actors = actors; }
    public List<PairInArticle> getPairs() { return pairs; }
    public void setPairs(List<PairInArticle> pairs) { this.pairs = pairs; }

}
