package io.triangulate.model;

import java.io.Serializable;

/** Which story an article belongs to (each article belongs to exactly one). */
public class StoryAssignment implements Serializable {
    private String articleId;
    private String storyId;

    public StoryAssignment() {
    }

    public StoryAssignment(String articleId, String storyId) {
        this.articleId = articleId;
        this.storyId = storyId;
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getStoryId() { return storyId; }
    public void setStoryId(String storyId) { this.storyId = storyId; }
}
