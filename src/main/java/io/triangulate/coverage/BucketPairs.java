package io.triangulate.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Pairs to compare inside one bucket (articles sharing an LSH band key or a rare story key).
 * A bucket of at most {@code maxBucket} members gives all its pairs. A larger one (boilerplate, a text
 * reprinted by hundreds of sites) would cost quadratic work, so each member is paired only with the
 * next {@code maxBucket − 1} members in id order: the bucket stays connected (stories and reprint
 * chains still join) while the work stays linear in its size.
 */
public final class BucketPairs {

    private BucketPairs() {
    }

    /**
     * A bucket's pairs as one list, for checking {@link #pairsOf} by eye and in tests.
     *
     * @param sortedIds distinct ids in ascending order
     */
    static List<CandidatePair> pairs(List<String> sortedIds, int maxBucket) {
        List<CandidatePair> out = new ArrayList<>();
        pairsOf(sortedIds, maxBucket).forEachRemaining(out::add);
        return out;
    }

    /**
     * The same pairs, made one at a time: a bucket of n members gives up to n × (maxBucket − 1) of them,
     * millions for a sign-off line reprinted across a large corpus, and only the ids are held.
     */
    static Iterator<CandidatePair> pairsOf(List<String> sortedIds, int maxBucket) {
        int n = sortedIds.size();
        int window = n <= maxBucket ? n : maxBucket - 1;
        return new Iterator<>() {
            private int i = 0;
            private int j = 1;

            @Override
            public boolean hasNext() {
                while (i < n && (j >= n || j > i + window)) {
                    i++;
                    j = i + 1;
                }
                return i < n;
            }

            @Override
            public CandidatePair next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return new CandidatePair(sortedIds.get(i), sortedIds.get(j++));
            }
        };
    }

    /**
     * The pairs of every bucket, read from (key, article) entries that arrive sorted by key: one bucket
     * is held at a time, its ids deduplicated and put in order as {@link #pairsOf} wants them. Buckets of
     * one article give nothing, and buckets of more than {@code dropAbove} articles are skipped: their ids
     * stop being kept as soon as there are too many.
     */
    public static <T> Iterator<CandidatePair> ofSortedEntries(Iterator<T> entries, ToLongFunction<T> key,
                                                              Function<T, String> articleId, int maxBucket,
                                                              int dropAbove) {
        return new Iterator<>() {
            private T pending = entries.hasNext() ? entries.next() : null;
            private Iterator<CandidatePair> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pending != null) {
                    current = nextBucket();
                }
                return current.hasNext();
            }

            @Override
            public CandidatePair next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }

            private Iterator<CandidatePair> nextBucket() {
                long k = key.applyAsLong(pending);
                TreeSet<String> ids = new TreeSet<>();
                boolean tooLarge = false;
                while (pending != null && key.applyAsLong(pending) == k) {
                    if (!tooLarge && ids.add(articleId.apply(pending)) && ids.size() > dropAbove) {
                        tooLarge = true;
                        ids.clear();
                    }
                    pending = entries.hasNext() ? entries.next() : null;
                }
                return tooLarge || ids.size() < 2 ? Collections.emptyIterator() : pairsOf(new ArrayList<>(ids), maxBucket);
            }
        };
    }
}
