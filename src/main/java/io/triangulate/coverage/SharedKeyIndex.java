package io.triangulate.coverage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Which indexed sentences share at least one content term or actor with a given sentence. Two sentences
 * that share neither have similarity 0 under {@link SentenceMatcher} (numbers are content terms too, and a
 * fingerprint needs a shared number or shared actors), so alignment compares a sentence only with the
 * sentences this index returns instead of with every sentence: the result is the same, the work follows
 * the shared words rather than the product of the two sentence counts.
 */
final class SharedKeyIndex {

    /** Sentence ids in the order added: the sentences holding one key (ascending), or a query's finds. */
    private static final class Postings {
        private int[] ids = new int[2];
        private int size;

        void add(int id) {
            if (size > 0 && ids[size - 1] == id) {
                return; // a key listed twice in one sentence
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }

    // terms (hashed) and actor ids apart: a term never matches an actor id of the same spelling
    private final Map<Long, Postings> byTerm = new HashMap<>();
    private final Map<String, Postings> byActor = new HashMap<>();
    private int count;
    private int[] seenAt = new int[16];
    private int query;

    /** Adds the next sentence; its id is the number of sentences added before it. */
    int add(SentenceFeature f) {
        int id = count++;
        for (long t : f.getTerms()) {
            byTerm.computeIfAbsent(t, k -> new Postings()).add(id);
        }
        f.getActors().forEach(a -> byActor.computeIfAbsent(a, k -> new Postings()).add(id));
        return id;
    }

    /** Ids of the added sentences sharing a term or an actor with {@code f}, in ascending order. */
    int[] sharing(SentenceFeature f) {
        if (seenAt.length < count) {
            seenAt = Arrays.copyOf(seenAt, Math.max(count, seenAt.length * 2));
        }
        query++;
        Postings found = new Postings();
        for (long t : f.getTerms()) {
            collect(byTerm.get(t), found);
        }
        for (String a : f.getActors()) {
            collect(byActor.get(a), found);
        }
        int[] out = Arrays.copyOf(found.ids, found.size);
        Arrays.sort(out);
        return out;
    }

    private void collect(Postings p, Postings found) {
        if (p == null) {
            return;
        }
        for (int k = 0; k < p.size; k++) {
            int id = p.ids[k];
            if (seenAt[id] != query) {
                seenAt[id] = query;
                found.add(id);
            }
        }
    }
}
