package io.triangulate.coverage;

import io.triangulate.model.PublicationDate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shingles, MinHash/LSH, exact overlap, classes and derivation, without Spark. */
class OverlapPrimitivesTest {

    private final CoverageSettings s = CoverageSettings.defaults();
    private final MinHash minHash = MinHash.of(s);

    private long[] shingles(String text) {
        return Shingling.shingles(text, s.shingleSize(), s.seed());
    }

    private static boolean collide(long[] a, long[] b) {
        for (long x : a) {
            for (long y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void shinglesIgnoreOrthographicVariants() {
        String a = SeedCorpus.article("seed-002").getText();
        String variant = a.replace('أ', 'ا').replace('ة', 'ه').replace("يناير", "يناير\u0640");
        assertArrayEquals(shingles(a), shingles(variant), "MatchingText folds hamza, ta marbuta and tatweel");
    }

    @Test
    void identicalTextsCollideInEveryBandAndDisjointTextsInNone() {
        long[] a = shingles(SeedCorpus.article("seed-000").getText());
        long[] b = shingles(SeedCorpus.article("seed-000").getText());
        assertArrayEquals(minHash.bandKeysOf(a), minHash.bandKeysOf(b));
        long[] disjoint = shingles("The quick brown fox jumps over the lazy dog near the river bank today");
        assertEquals(0, SetOverlap.intersection(a, disjoint));
        assertFalse(collide(minHash.bandKeysOf(a), minHash.bandKeysOf(disjoint)));
    }

    @Test
    void minHashEstimatesJaccard() {
        String text = SeedCorpus.article("seed-002").getText();
        long[] full = shingles(text);
        long[] half = shingles(text.substring(0, text.length() / 2));
        double exact = SetOverlap.jaccard(full, half);
        MinHash wide = new MinHash(100, 4, 7L);
        double estimate = MinHash.estimate(wide.signature(full), wide.signature(half));
        assertEquals(exact, estimate, 0.08, "400 hash functions estimate Jaccard within sampling error");
    }

    @Test
    void jaccardAndContainment() {
        long[] a = {1, 2, 3, 4};
        long[] b = {3, 4, 5, 6, 7, 8};
        assertEquals(2, SetOverlap.intersection(a, b));
        assertEquals(2.0 / 8, SetOverlap.jaccard(a, b), 1e-12);
        assertEquals(0.5, SetOverlap.containment(a, b), 1e-12);
        assertEquals(2.0 / 6, SetOverlap.containment(b, a), 1e-12);
        assertEquals(0, SetOverlap.jaccard(new long[0], new long[0]));
    }

    @Test
    void excerptIsContainedInItsSource() {
        String text = SeedCorpus.article("seed-004").getText();
        long[] full = shingles(text);
        long[] excerpt = shingles(text.substring(0, text.length() / 3));
        assertEquals(1.0, SetOverlap.containment(excerpt, full), 1e-12);
        assertEquals(OverlapRelation.VERBATIM_REPRINT, OverlapRelation.classify(SetOverlap.jaccard(excerpt, full),
                SetOverlap.containment(excerpt, full), SetOverlap.containment(full, excerpt), false, s));
    }

    @Test
    void classesFollowTheThresholds() {
        assertEquals(OverlapRelation.VERBATIM_REPRINT, OverlapRelation.classify(0.85, 0.9, 0.9, false, s));
        assertEquals(OverlapRelation.REWRITE, OverlapRelation.classify(0.35, 0.4, 0.4, false, s));
        assertEquals(OverlapRelation.REWRITE, OverlapRelation.classify(0.2, 0.6, 0.25, false, s));
        assertEquals(OverlapRelation.SHARED_SOURCE, OverlapRelation.classify(0.03, 0.06, 0.04, false, s));
        assertEquals(OverlapRelation.SHARED_SOURCE, OverlapRelation.classify(0.01, 0.01, 0.01, true, s));
        assertEquals(OverlapRelation.INDEPENDENT, OverlapRelation.classify(0.01, 0.02, 0.01, false, s));
        assertEquals("verbatim_reprint", OverlapRelation.VERBATIM_REPRINT.label());
    }

    @Test
    void derivationPrefersCitationThenDates() {
        PublicationDate march = PublicationDate.of("2024-03", "MONTH");
        PublicationDate may = PublicationDate.of("2024-05-17", "DAY");
        PublicationDate year2024 = PublicationDate.of("2024", "YEAR");
        Derivation byDate = Derivation.decide(OverlapRelation.REWRITE, "a", may, false, "b", march, false);
        assertEquals("b", byDate.derivedFrom());
        assertEquals("published_earlier", byDate.basis());
        Derivation byCitation = Derivation.decide(OverlapRelation.REWRITE, "a", march, true, "b", may, false);
        assertEquals("b", byCitation.derivedFrom(), "a names b's outlet as its source, whatever the dates");
        assertEquals("cites_outlet", byCitation.basis());
        assertNull(Derivation.decide(OverlapRelation.REWRITE, "a", year2024, false, "b", march, false).derivedFrom(),
                "2024 may be before or after March 2024");
        assertNull(Derivation.decide(OverlapRelation.INDEPENDENT, "a", march, false, "b", may, false).derivedFrom());
        assertNull(Derivation.decide(OverlapRelation.REWRITE, "a", PublicationDate.UNKNOWN, false, "b", may, false)
                .derivedFrom());
    }

    @Test
    void bucketPairsAreCompleteWhenSmallAndLinearWhenLarge() {
        assertEquals(3, BucketPairs.pairs(List.of("a", "b", "c"), 5).size());
        List<String> big = java.util.stream.IntStream.range(0, 100).mapToObj(i -> String.format("id%03d", i)).toList();
        List<CandidatePair> pairs = BucketPairs.pairs(big, 10);
        assertTrue(pairs.size() <= 100 * 9, "each member pairs with at most the next 9");
        assertTrue(pairs.stream().anyMatch(p -> p.getArticleA().equals("id000") && p.getArticleB().equals("id001")));
        assertTrue(pairs.stream().allMatch(p -> p.getArticleA().compareTo(p.getArticleB()) < 0));
        java.util.Set<String> distinct = new java.util.HashSet<>();
        pairs.forEach(p -> distinct.add(p.getArticleA() + "|" + p.getArticleB()));
        assertEquals(pairs.size(), distinct.size(), "no pair twice");
        assertEquals(90 * 9 + 9 * 10 / 2, pairs.size(), "the next 9 of each, fewer at the end");
        assertEquals(List.of(), BucketPairs.pairs(List.of("a"), 5));
        assertEquals(List.of(), BucketPairs.pairs(List.of(), 5));
    }

    @Test
    void bucketsReadFromSortedEntriesGiveTheSamePairsAsGroupingThem() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            List<long[]> entries = new java.util.ArrayList<>(); // {key, article number}
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                entries.add(new long[]{random.nextInt(8), random.nextInt(30)});
            }
            entries.sort(java.util.Comparator.comparingLong(e -> e[0])); // by key only, as Spark sorts them
            int maxBucket = 2 + random.nextInt(6);
            int dropAbove = 2 + random.nextInt(20);
            java.util.Map<Long, java.util.TreeSet<String>> grouped = new java.util.TreeMap<>();
            for (long[] e : entries) {
                grouped.computeIfAbsent(e[0], k -> new java.util.TreeSet<>()).add("a" + e[1]);
            }
            List<String> expected = new java.util.ArrayList<>();
            for (java.util.TreeSet<String> ids : grouped.values()) {
                if (ids.size() > 1 && ids.size() <= dropAbove) {
                    BucketPairs.pairs(new java.util.ArrayList<>(ids), maxBucket)
                            .forEach(p -> expected.add(p.getArticleA() + "|" + p.getArticleB()));
                }
            }
            List<String> actual = new java.util.ArrayList<>();
            BucketPairs.ofSortedEntries(entries.iterator(), e -> e[0], e -> "a" + e[1], maxBucket, dropAbove)
                    .forEachRemaining(p -> actual.add(p.getArticleA() + "|" + p.getArticleB()));
            assertEquals(expected, actual, "round " + round);
        }
        assertFalse(BucketPairs.ofSortedEntries(java.util.Collections.<long[]>emptyIterator(), e -> e[0],
                e -> "x", 5, 5).hasNext());
    }
}
