package io.triangulate.coverage;

import io.triangulate.model.PublicationDate;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything known about a candidate pair before it is classified (Spark row): overlap measures,
 * aligned sentences, the sources each article cites, and each article's story.
 */
public class PairEvidence extends MeasuredPair {
    private int sharedSentences;
    private List<String> citedA = new ArrayList<>();
    private List<String> citedB = new ArrayList<>();
    private String storyA;
    private String storyB;

    public PairEvidence() {
    }

    /** Whether this pair links the two articles into one story (see {@link CoverageSettings}). */
    public boolean isStoryEdge(CoverageSettings s) {
        boolean close = SentenceMatcher.closeInTime(PublicationDate.of(getPublishedA(), getPrecisionA()),
                PublicationDate.of(getPublishedB(), getPrecisionB()), s.storyMaxDaysApart());
        boolean reused = getJaccard() >= s.rewriteJaccard()
                || Math.max(getContainmentAinB(), getContainmentBinA()) >= s.rewriteContainment();
        return close && (sharedSentences >= s.storyMinSharedSentences() || reused);
    }

    /** The table row: class, derivation (citations first, then dates), story when both share one. */
    public ArticlePair finish(CoverageSettings s) {
        List<String> a = citedA == null ? List.of() : citedA;
        List<String> b = citedB == null ? List.of() : citedB;
        boolean common = a.stream().anyMatch(b::contains);
        OverlapRelation relation = OverlapRelation.classify(getJaccard(), getContainmentAinB(), getContainmentBinA(),
                common, s);
        Derivation d = Derivation.decide(relation, getArticleA(), PublicationDate.of(getPublishedA(), getPrecisionA()),
                a.contains(getOutletB()), getArticleB(), PublicationDate.of(getPublishedB(), getPrecisionB()),
                b.contains(getOutletA()));
        ArticlePair p = new ArticlePair();
        p.setArticleA(getArticleA());
        p.setArticleB(getArticleB());
        p.setOutletA(getOutletA());
        p.setOutletB(getOutletB());
        p.setJaccard(getJaccard());
        p.setContainmentAinB(getContainmentAinB());
        p.setContainmentBinA(getContainmentBinA());
        p.setRelation(relation.label());
        p.setDerivedFrom(d.derivedFrom());
        p.setDerivationBasis(d.basis());
        p.setSharedSentences(sharedSentences);
        p.setStoryId(storyA != null && storyA.equals(storyB) ? storyA : null);
        return p;
    }

    public int getSharedSentences() { return sharedSentences; }
    public void setSharedSentences(int sharedSentences) { this.sharedSentences = sharedSentences; }
    public List<String> getCitedA() { return citedA; }
    public void setCitedA(List<String> citedA) { this.citedA = citedA; }
    public List<String> getCitedB() { return citedB; }
    public void setCitedB(List<String> citedB) { this.citedB = citedB; }
    public String getStoryA() { return storyA; }
    public void setStoryA(String storyA) { this.storyA = storyA; }
    public String getStoryB() { return storyB; }
    public void setStoryB(String storyB) { this.storyB = storyB; }
}
