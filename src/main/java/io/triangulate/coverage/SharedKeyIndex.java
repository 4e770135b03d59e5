package io.triangulate.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which indexed sentences share at least one content term or actor with a given sentence. Two sentences
 * that share neither have similarity 0 under {@link SentenceMatcher} (numbers are content terms too, and a
 * fingerprint needs a shared number or shared actors), so alignment compares a sentence only with the
 * sentences this index returns instead of with every sentence: the result is the same, the work follows
 * the shared words rather than the product of the two sentence counts.
 */
final class SharedKeyIndex {

    private final Map<String, int[]> postings = new HashMap<>();
    private final Map<String, Integer> sizes = new HashMap<>();
    private int count;
    private int[] seenAt = new int[16];
    private int query;

    /** Adds the next sentence; its id is the number of sentences added before it. */
    int add(SentenceFeature f) {
        int id = count++;
        for (String t : f.getTerms()) {
            post("t" + t, id);
        }
        for (String a : f.getActors()) {
            post("a" + a, id);
        }
        return id;
    }

    /** Ids of the added sentences sharing a term or an actor with {@code f}, in ascending order. */
    int[] sharing(SentenceFeature f) {
        if (seenAt.length < count) {
            seenAt = Arrays.copyOf(seenAt, Math.max(count, seenAt.length * 2));
        }
        query++;
        int[] found = new int[8];
        int n = 0;
        List<String> keys = new ArrayList<>(f.getTerms().size() + f.getActors().size());
        f.getTerms().forEach(t -> keys.add("t" + t));
        f.getActors().forEach(a -> keys.add("a" + a));
        for (String key : keys) {
            int[] ids = postings.get(key);
            if (ids == null) {
                continue;
            }
            int size = sizes.get(key);
            for (int k = 0; k < size; k++) {
                int id = ids[k];
                if (seenAt[id] != query) {
                    seenAt[id] = query;
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = id;
                }
            }
        }
        int[] out = Arrays.copyOf(found, n);
        Arrays.sort(out);
        return out;
    }

    private void post(String key, int id) {
        int[] ids = postings.get(key);
        int size = sizes.getOrDefault(key, 0);
        if (ids == null) {
            ids = new int[2];
        } else if (size > 0 && ids[size - 1] == id) {
            return;
        } else if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = id;
        postings.put(key, ids);
        sizes.put(key, size + 1);
    }
}
