package io.triangulate.actors;

import io.triangulate.model.Mention;
import io.triangulate.model.PublicationDate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything about actors in one article, without Spark: mentions with their sentence, unknown-name
 * sightings, and the per-article units the co-occurrence counts are made of (each actor once, each
 * pair once with the number of sentences naming both). An article naming more than
 * {@code maxActorsPerArticle} actors contributes pairs only among its most-mentioned ones, so the cost
 * per article stays bounded.
 */
public final class ArticleActors {

    private final ActorMatcher matcher;
    private final CandidateFinder finder;
    private final int maxActorsPerArticle;

    public ArticleActors(ActorMatcher matcher, CandidateFinder finder, int maxActorsPerArticle) {
        this.matcher = matcher;
        this.finder = finder;
        this.maxActorsPerArticle = maxActorsPerArticle;
    }

    /** Sentence boundaries of one article: parallel arrays sorted by start. */
    public record SentenceBounds(int[] index, int[] start, int[] end) {
        public static SentenceBounds none() {
            return new SentenceBounds(new int[0], new int[0], new int[0]);
        }

        /** Spans in text order, the i-th being sentence i (as {@link io.triangulate.text.SentenceSegmenter} splits). */
        public static SentenceBounds of(List<io.triangulate.text.TextSpan> spans) {
            int[] index = new int[spans.size()];
            int[] start = new int[spans.size()];
            int[] end = new int[spans.size()];
            for (int i = 0; i < spans.size(); i++) {
                index[i] = i;
                start[i] = spans.get(i).start();
                end[i] = spans.get(i).end();
            }
            return new SentenceBounds(index, start, end);
        }

        /** Index of the sentence containing {@code offset}, or -1. */
        int sentenceAt(int offset) {
            int pos = Arrays.binarySearch(start, offset);
            int i = pos >= 0 ? pos : -pos - 2;
            return i >= 0 && offset < end[i] ? index[i] : -1;
        }

        int positionOf(int sentenceIndex) {
            for (int i = 0; i < index.length; i++) {
                if (index[i] == sentenceIndex) {
                    return i;
                }
            }
            return -1;
        }
    }

    public ArticleFindings extract(String articleId, String outlet, String published, String precision, String period,
                                   String text, SentenceBounds sentences) {
        ArticleFindings f = new ArticleFindings();
        f.setArticleId(articleId);
        f.setOutlet(outlet);
        f.setPublished(published);
        f.setPeriod(period);
        f.setSentenceCount(sentences.index().length);
        if (text == null || text.isEmpty()) {
            return f;
        }
        List<ActorMatch> matches = matcher.find(text, PublicationDate.of(published, precision));
        for (ActorMatch m : matches) {
            f.getMentions().add(mention(articleId, outlet, published, sentences.sentenceAt(m.start()), m));
        }
        for (CandidateSighting c : finder.find(text, matches)) {
            if (!matcher.isKnownName(c.surface())) { // e.g. a place inside a title that gave way to a name
                f.getCandidates().add(candidate(f, c, sentences, text));
            }
        }
        addUnits(f);
        return f;
    }

    private static Mention mention(String articleId, String outlet, String published, int sentence, ActorMatch m) {
        Mention x = new Mention();
        x.setArticleId(articleId);
        x.setOutlet(outlet);
        x.setPublished(published);
        x.setSentenceIndex(sentence);
        x.setStart(m.start());
        x.setEnd(m.end());
        x.setSurface(m.surface());
        x.setActorId(m.actorId());
        x.setActorType(m.actorType());
        x.setActorName(m.actorName());
        x.setResolution(m.resolution());
        return x;
    }

    private static CandidateRow candidate(ArticleFindings f, CandidateSighting c, SentenceBounds sentences, String text) {
        CandidateRow r = new CandidateRow();
        r.setSurface(c.surface());
        r.setNormalized(c.normalized());
        r.setPattern(c.pattern());
        r.setArticleId(f.getArticleId());
        r.setOutlet(f.getOutlet());
        r.setPeriod(f.getPeriod());
        r.setStart(c.start());
        r.setEnd(c.end());
        int index = sentences.sentenceAt(c.start());
        r.setSentenceIndex(index);
        int pos = index < 0 ? -1 : sentences.positionOf(index);
        r.setSentence(pos < 0 ? text.substring(c.start(), c.end())
                : text.substring(sentences.start()[pos], sentences.end()[pos]));
        return r;
    }

    /** Per-actor and per-pair units of this article, in id order. */
    private void addUnits(ArticleFindings f) {
        Map<String, List<Mention>> byActor = new TreeMap<>();
        for (Mention m : f.getMentions()) {
            byActor.computeIfAbsent(m.getActorId(), k -> new ArrayList<>()).add(m);
        }
        List<String> kept = byActor.keySet().stream()
                .sorted(Comparator.<String>comparingInt(id -> -byActor.get(id).size()).thenComparing(id -> id))
                .limit(maxActorsPerArticle).sorted().toList();
        Map<String, BitSet> sentencesOf = new TreeMap<>();
        for (String id : kept) {
            BitSet bits = new BitSet();
            byActor.get(id).stream().filter(m -> m.getSentenceIndex() >= 0).forEach(m -> bits.set(m.getSentenceIndex()));
            sentencesOf.put(id, bits);
            f.getActors().add(unit(f, id, byActor.get(id).size(), bits.cardinality()));
        }
        for (int i = 0; i < kept.size(); i++) {
            for (int j = i + 1; j < kept.size(); j++) {
                BitSet both = (BitSet) sentencesOf.get(kept.get(i)).clone();
                both.and(sentencesOf.get(kept.get(j)));
                f.getPairs().add(pair(f, f.getActors().get(i), f.getActors().get(j), both.cardinality()));
            }
        }
    }

    private ActorInArticle unit(ArticleFindings f, String id, int mentions, int sentences) {
        Actor actor = matcher.dictionary().actor(id);
        ActorInArticle u = new ActorInArticle();
        u.setArticleId(f.getArticleId());
        u.setOutlet(f.getOutlet());
        u.setPublished(f.getPublished());
        u.setPeriod(f.getPeriod());
        u.setActorId(id);
        u.setName(actor.name());
        u.setNameAr(actor.nameAr());
        u.setType(actor.type());
        u.setMentions(mentions);
        u.setSentences(sentences);
        return u;
    }

    private static PairInArticle pair(ArticleFindings f, ActorInArticle a, ActorInArticle b, int sentences) {
        PairInArticle p = new PairInArticle();
        p.setArticleId(f.getArticleId());
        p.setOutlet(f.getOutlet());
        p.setPublished(f.getPublished());
        p.setPeriod(f.getPeriod());
        p.setActorA(a.getActorId());
        p.setActorB(b.getActorId());
        p.setNameA(a.getName());
        p.setNameB(b.getName());
        p.setNameArA(a.getNameAr());
        p.setNameArB(b.getNameAr());
        p.setTypeA(a.getType());
        p.setTypeB(b.getType());
        p.setSentences(sentences);
        return p;
    }
}
