package io.triangulate.coverage;

import io.triangulate.model.PublicationDate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate pair scored for story membership (Spark row): how many sentences of the two articles
 * state the same facts, and whether their dates allow one story. Built in two joins like
 * {@link MeasuredPair}: {@link #half} carries A's sentences, {@link #complete} scores and drops them.
 */
public class StoryLink implements Serializable {
    private String articleA;
    private String articleB;
    private String publishedA;
    private String precisionA;
    private List<SentenceFeature> sentencesA = new ArrayList<>();
    private int sharedSentences;
    private boolean closeInTime;

    public StoryLink() {
    }

    static StoryLink half(ArticleSentences a, String articleB) {
        StoryLink l = new StoryLink();
        l.articleA = a.getArticleId();
        l.articleB = articleB;
        l.publishedA = a.getPublished();
        l.precisionA = a.getPublishedPrecision();
        l.sentencesA = a.getSentences();
        return l;
    }

    StoryLink complete(ArticleSentences b, CoverageSettings s) {
        sharedSentences = SentenceMatcher.alignedSentences(sentencesA, b.getSentences(), s);
        closeInTime = SentenceMatcher.closeInTime(PublicationDate.of(publishedA, precisionA), b.publicationDate(),
                s.storyMaxDaysApart());
        sentencesA = new ArrayList<>();
        return this;
    }

    public String getArticleA() { return articleA; }
    public void setArticleA(String articleA) { this.articleA = articleA; }
    public String getArticleB() { return articleB; }
    public void setArticleB(String articleB) { this.articleB = articleB; }
    public String getPublishedA() { return publishedA; }
    public void setPublishedA(String publishedA) { this.publishedA = publishedA; }
    public String getPrecisionA() { return precisionA; }
    public void setPrecisionA(String precisionA) { this.precisionA = precisionA; }
    public List<SentenceFeature> getSentencesA() { return sentencesA; }
    public void setSentencesA(List<SentenceFeature> sentencesA) { this.sentencesA = sentencesA; }
    public int getSharedSentences() { return sharedSentences; }
    public void setSharedSentences(int sharedSentences) { this.sharedSentences = sharedSentences; }
    public boolean isCloseInTime() { return closeInTime; }
    public void setCloseInTime(boolean closeInTime) { this.closeInTime = closeInTime; }
}
