package io.triangulate.coverage;

import java.util.ArrayList;
import java.util.List;

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

    /** @param sortedIds distinct ids in ascending order */
    public static List<CandidatePair> pairs(List<String> sortedIds, int maxBucket) {
        List<CandidatePair> out = new ArrayList<>();
        int n = sortedIds.size();
        int window = n <= maxBucket ? n : maxBucket - 1;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n && j <= i + window; j++) {
                out.add(new CandidatePair(sortedIds.get(i), sortedIds.get(j)));
            }
        }
        return out;
    }
}
