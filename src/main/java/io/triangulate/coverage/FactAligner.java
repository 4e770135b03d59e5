package io.triangulate.coverage;

import io.triangulate.model.PublicationDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Aligns the sentences of one story's articles into facts and derives the fact × outlet coverage,
 * exclusives and omissions. Articles are read in publication order (unknown dates last, then id), so
 * a fact's representative is the earliest known statement of it; each sentence joins the fact it is
 * most similar to ({@link SentenceMatcher}, at least {@code factSimilarity} to one of the fact's
 * sentences), never a fact that already has a sentence of the same article. Work per story is bounded
 * by {@code maxSentencesPerStory}.
 */
public final class FactAligner {

    private FactAligner() {
    }

    /** One member sentence of a fact. */
    private record Member(ArticleSentences article, SentenceFeature sentence, double similarity) {
    }

    public static StoryFacts align(String storyId, List<ArticleSentences> storyArticles, CoverageSettings s) {
        List<ArticleSentences> ordered = new ArrayList<>(storyArticles);
        ordered.sort(Comparator.comparing((ArticleSentences a) -> earliest(a.publicationDate()))
                .thenComparing(ArticleSentences::getArticleId));
        TreeSet<String> storyOutlets = new TreeSet<>();
        ordered.forEach(a -> storyOutlets.add(a.getOutlet()));
        Facts facts = new Facts();
        int budget = s.maxSentencesPerStory();
        for (ArticleSentences article : ordered) {
            for (SentenceFeature sentence : article.getSentences()) {
                if (!SentenceMatcher.substantial(sentence, s) || budget-- <= 0) {
                    continue;
                }
                facts.place(article, sentence, s);
            }
        }
        List<FactRow> factRows = new ArrayList<>();
        List<FactCoverageRow> coverage = new ArrayList<>();
        List<OmissionRow> omissions = new ArrayList<>();
        for (int i = 0; i < facts.facts.size(); i++) {
            String factId = storyId + "-f" + String.format(Locale.ROOT, "%04d", i + 1);
            FactRow row = factRow(storyId, factId, facts.facts.get(i), storyOutlets.size());
            factRows.add(row);
            for (Member m : facts.facts.get(i)) {
                SentenceFeature f = m.sentence();
                coverage.add(new FactCoverageRow(storyId, factId, m.article().getOutlet(), m.article().getArticleId(),
                        f.getIndex(), f.getStart(), f.getEnd(), f.getText(), m.similarity()));
            }
            omissions.addAll(omissions(row, storyOutlets, s));
        }
        return new StoryFacts(storyId, factRows, coverage, omissions);
    }

    /**
     * The facts found so far, with an index of their member sentences: a new sentence is compared only
     * with members sharing a term or an actor with it (the others have similarity 0, below
     * {@code factSimilarity}), in the order facts and members were created, so the outcome is that of
     * comparing it with every member.
     */
    private static final class Facts {
        private final List<List<Member>> facts = new ArrayList<>();
        private final List<Set<String>> articlesOfFact = new ArrayList<>();
        private final List<int[]> memberAt = new ArrayList<>();
        private final SharedKeyIndex index = new SharedKeyIndex();

        void place(ArticleSentences article, SentenceFeature sentence, CoverageSettings s) {
            int best = -1;
            double bestSim = 0;
            SharedKeyIndex.Overlaps shared = index.overlaps(sentence);
            for (int k = 0; k < shared.size; k++) {
                int id = shared.ids[k];
                int fact = memberAt.get(id)[0];
                if (articlesOfFact.get(fact).contains(article.getArticleId())) {
                    continue;
                }
                double sim = SentenceMatcher.similarity(sentence, facts.get(fact).get(memberAt.get(id)[1]).sentence(),
                        shared.terms[id], shared.actors[id], shared.numbers[id], s);
                // the most similar fact wins; on a tie the older fact (lower index), as when scanning facts in order
                if (sim >= s.factSimilarity() && (sim > bestSim || (sim == bestSim && fact < best))) {
                    bestSim = sim;
                    best = fact;
                }
            }
            Member member;
            if (best < 0) {
                best = facts.size();
                facts.add(new ArrayList<>());
                articlesOfFact.add(new HashSet<>());
                member = new Member(article, sentence, 1.0);
            } else {
                double toRepresentative = SentenceMatcher.similarity(sentence, facts.get(best).get(0).sentence(), s);
                member = new Member(article, sentence, toRepresentative);
            }
            facts.get(best).add(member);
            articlesOfFact.get(best).add(article.getArticleId());
            memberAt.add(new int[]{best, facts.get(best).size() - 1});
            index.add(sentence);
        }
    }

    private static FactRow factRow(String storyId, String factId, List<Member> members, int storyOutletCount) {
        Member rep = members.get(0);
        TreeSet<String> outlets = new TreeSet<>();
        TreeSet<String> articles = new TreeSet<>();
        members.forEach(m -> {
            outlets.add(m.article().getOutlet());
            articles.add(m.article().getArticleId());
        });
        FactRow row = new FactRow();
        row.setStoryId(storyId);
        row.setFactId(factId);
        row.setText(rep.sentence().getText());
        row.setArticleId(rep.article().getArticleId());
        row.setSentenceIndex(rep.sentence().getIndex());
        row.setStart(rep.sentence().getStart());
        row.setEnd(rep.sentence().getEnd());
        row.setOutlets(new ArrayList<>(outlets));
        row.setArticles(new ArrayList<>(articles));
        row.setExclusive(outlets.size() == 1 && storyOutletCount >= 2);
        row.setExclusiveOutlet(row.isExclusive() ? outlets.first() : null);
        row.setFingerprint(rep.sentence().fingerprint());
        return row;
    }

    /** Outlets of the story without the fact, when at least omissionMinOutlets and omissionShare carry it. */
    static List<OmissionRow> omissions(FactRow fact, TreeSet<String> storyOutlets, CoverageSettings s) {
        List<OmissionRow> out = new ArrayList<>();
        int carrying = fact.getOutlets().size();
        if (carrying < s.omissionMinOutlets() || carrying == storyOutlets.size()
                || (double) carrying / storyOutlets.size() < s.omissionShare()) {
            return out;
        }
        for (String outlet : storyOutlets) {
            if (!fact.getOutlets().contains(outlet)) {
                out.add(new OmissionRow(fact.getStoryId(), fact.getFactId(), outlet, carrying, storyOutlets.size(),
                        fact.getText()));
            }
        }
        return out;
    }

    private static LocalDate earliest(PublicationDate d) {
        return d.earliest().orElse(LocalDate.MAX);
    }
}
