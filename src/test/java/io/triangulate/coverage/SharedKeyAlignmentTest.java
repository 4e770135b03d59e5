package io.triangulate.coverage;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Alignment compares only sentences that share a term or an actor ({@link SharedKeyIndex}). These tests
 * check that this gives exactly what comparing every pair of sentences gives, on random sentences drawn
 * from a small vocabulary (so that many pairs share words and many ties occur).
 */
class SharedKeyAlignmentTest {

    private static final CoverageSettings S = CoverageSettings.defaults();

    @Test
    void indexReturnsExactlyTheSentencesSharingATermOrAnActor() {
        SharedKeyIndex index = new SharedKeyIndex();
        index.add(feature(List.of("a", "b"), List.of()));
        index.add(feature(List.of("c"), List.of("iran")));
        index.add(feature(List.of("d"), List.of()));
        index.add(feature(List.of("b", "c"), List.of()));
        assertArrayEquals(new int[]{0, 3}, index.sharing(feature(List.of("b"), List.of())));
        assertArrayEquals(new int[]{1}, index.sharing(feature(List.of("x"), List.of("iran"))));
        assertArrayEquals(new int[]{}, index.sharing(feature(List.of("iran"), List.of())),
                "a term never matches an actor id of the same spelling");
        assertArrayEquals(new int[]{0, 1, 3}, index.sharing(feature(List.of("a", "c"), List.of())));
    }

    @RepeatedTest(40)
    void sharedCountsAreTheIntersectionsAndGiveTheSameSimilarity(RepetitionInfo r) {
        Random random = new Random(500 + r.getCurrentRepetition());
        List<SentenceFeature> indexed = sentences(random, 1 + random.nextInt(30));
        SharedKeyIndex index = new SharedKeyIndex();
        indexed.forEach(index::add);
        for (SentenceFeature query : sentences(random, 10)) {
            SharedKeyIndex.Overlaps o = index.overlaps(query);
            assertArrayEquals(index.sharing(query), java.util.Arrays.copyOf(o.ids, o.size));
            for (int k = 0; k < o.size; k++) {
                SentenceFeature b = indexed.get(o.ids[k]);
                int id = o.ids[k];
                assertEquals(SetOverlap.intersection(query.getTerms(), b.getTerms()), o.terms[id]);
                assertEquals(SentenceMatcher.intersection(query.getActors(), b.getActors()), o.actors[id]);
                assertEquals(SentenceMatcher.intersection(query.getNumbers(), b.getNumbers()), o.numbers[id]);
                assertEquals(SentenceMatcher.similarity(query, b, S),
                        SentenceMatcher.similarity(query, b, o.terms[id], o.actors[id], o.numbers[id], S));
            }
        }
    }

    @RepeatedTest(40)
    void alignedSentencesEqualsComparingEveryPair(RepetitionInfo r) {
        Random random = new Random(r.getCurrentRepetition());
        List<SentenceFeature> a = sentences(random, 1 + random.nextInt(25));
        List<SentenceFeature> b = sentences(random, 1 + random.nextInt(25));
        assertEquals(everyPair(a, b), SentenceMatcher.alignedSentences(a, b, S));
    }

    @RepeatedTest(40)
    void factsEqualComparingWithEveryMember(RepetitionInfo r) {
        Random random = new Random(1000 + r.getCurrentRepetition());
        List<ArticleSentences> articles = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(6); i++) {
            articles.add(new ArticleSentences("a" + i, "outlet" + random.nextInt(3), "2024-01-1" + random.nextInt(9),
                    "DAY", sentences(random, 1 + random.nextInt(12))));
        }
        StoryFacts facts = FactAligner.align("story-t", articles, S);
        List<String> got = new ArrayList<>();
        facts.getCoverage().forEach(c -> got.add(c.getFactId() + " " + c.getArticleId() + "#" + c.getSentenceIndex()
                + " " + c.getSimilarity()));
        assertEquals(everyMember(articles), got);
    }

    /** The reference: every pair scored, then the same one-to-one choice as the matcher. */
    private static int everyPair(List<SentenceFeature> a, List<SentenceFeature> b) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                double sim = SentenceMatcher.similarity(a.get(i), b.get(j), S);
                if (sim >= S.factSimilarity()) {
                    pairs.add(new double[]{sim, i, j});
                }
            }
        }
        return SentenceMatcher.oneToOne(pairs);
    }

    /** The reference: each sentence, in publication order, joins the most similar fact over all members. */
    private static List<String> everyMember(List<ArticleSentences> storyArticles) {
        List<ArticleSentences> ordered = new ArrayList<>(storyArticles);
        ordered.sort(java.util.Comparator.comparing((ArticleSentences x) -> x.publicationDate().earliest()
                .orElse(java.time.LocalDate.MAX)).thenComparing(ArticleSentences::getArticleId));
        List<List<Object[]>> facts = new ArrayList<>();
        int budget = S.maxSentencesPerStory();
        for (ArticleSentences article : ordered) {
            for (SentenceFeature sentence : article.getSentences()) {
                if (!SentenceMatcher.substantial(sentence, S) || budget-- <= 0) {
                    continue;
                }
                int best = -1;
                double bestSim = 0;
                for (int i = 0; i < facts.size(); i++) {
                    if (facts.get(i).stream().anyMatch(m -> m[0] == article)) {
                        continue;
                    }
                    for (Object[] m : facts.get(i)) {
                        double sim = SentenceMatcher.similarity(sentence, (SentenceFeature) m[1], S);
                        if (sim >= S.factSimilarity() && sim > bestSim) {
                            bestSim = sim;
                            best = i;
                        }
                    }
                }
                if (best < 0) {
                    List<Object[]> fact = new ArrayList<>();
                    fact.add(new Object[]{article, sentence, 1.0});
                    facts.add(fact);
                } else {
                    double rep = SentenceMatcher.similarity(sentence, (SentenceFeature) facts.get(best).get(0)[1], S);
                    facts.get(best).add(new Object[]{article, sentence, rep});
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            String factId = "story-t-f" + String.format("%04d", i + 1);
            for (Object[] m : facts.get(i)) {
                out.add(factId + " " + ((ArticleSentences) m[0]).getArticleId() + "#"
                        + ((SentenceFeature) m[1]).getIndex() + " " + m[2]);
            }
        }
        return out;
    }

    private static List<SentenceFeature> sentences(Random random, int n) {
        String[] words = {"talks", "oman", "muscat", "nuclear", "deal", "envoy", "round", "indirect", "sanctions",
                "prisoners", "release", "meeting", "week", "mediator", "message"};
        String[] actors = {"iran", "usa", "oman", "qatar"};
        List<SentenceFeature> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TreeSet<String> terms = new TreeSet<>();
            for (int k = random.nextInt(7); k > 0; k--) {
                terms.add(words[random.nextInt(words.length)]);
            }
            TreeSet<String> numbers = new TreeSet<>();
            if (random.nextInt(4) == 0) {
                numbers.add(String.valueOf(1 + random.nextInt(3)));
            }
            terms.addAll(numbers);
            TreeSet<String> named = new TreeSet<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                named.add(actors[random.nextInt(actors.length)]);
            }
            out.add(new SentenceFeature(i, i * 100, i * 100 + 90, "s" + i, hashed(terms),
                    new ArrayList<>(named), new ArrayList<>(numbers)));
        }
        return out;
    }

    private static SentenceFeature feature(List<String> terms, List<String> actors) {
        return new SentenceFeature(0, 0, 1, "x", hashed(terms), new ArrayList<>(actors),
                new ArrayList<>());
    }

    private static long[] hashed(java.util.Collection<String> terms) {
        return SentenceFeature.hashTerms(terms, CoverageSettings.defaults().seed());
    }
}
