package io.triangulate.timeline;

import java.io.Serializable;

/**
 * One article's dated claim about one timeline entry, judged against the consensus (internal row).
 */
public class OutletClaimRow implements Serializable {
    private String storyId;
    private String outlet;
    private String articleId;
    /** entry or rival group the claim is about */
    private String subject;
    private String value;
    private boolean agrees;

    public OutletClaimRow() {
    }

    public String getStoryId() { return storyId; }
    public void setStoryId(String storyId) { this.storyId = storyId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public boolean isAgrees() { return agrees; }
    public void setAgrees(boolean agrees) { this.agrees = agrees; }
}
