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

    // terms (hashed), actor ids and numbers apart: a term never matches an actor id of the same spelling
    private final Map<Long, Postings> byTerm = new HashMap<>();
    private final Map<String, Postings> byActor = new HashMap<>();
    private final Map<String, Postings> byNumber = new HashMap<>();
    private int count;
    private int[] seenAt = new int[16];
    private int query;
    private final Overlaps found = new Overlaps();

    /** Adds the next sentence; its id is the number of sentences added before it. */
    int add(SentenceFeature f) {
        int id = count++;
        for (long t : f.getTerms()) {
            byTerm.computeIfAbsent(t, k -> new Postings()).add(id);
        }
        f.getActors().forEach(a -> byActor.computeIfAbsent(a, k -> new Postings()).add(id));
        f.getNumbers().forEach(n -> byNumber.computeIfAbsent(n, k -> new Postings()).add(id));
        return id;
    }

    /** Ids of the added sentences sharing a term or an actor with {@code f}, in ascending order. */
    int[] sharing(SentenceFeature f) {
        Overlaps o = overlaps(f);
        return Arrays.copyOf(o.ids, o.size);
    }

    /**
     * The added sentences sharing a term or an actor with {@code f}, in ascending order of id, each with
     * how many terms, actors and numbers it shares: the sizes of the intersections
     * {@link SentenceMatcher} needs, counted while the postings are read rather than by merging the two
     * sentences' lists again for every pair (those merges were 5% of the task threads' samples on the
     * Saudi week). Valid until the next call.
     */
    Overlaps overlaps(SentenceFeature f) {
        if (seenAt.length < count) {
            seenAt = Arrays.copyOf(seenAt, Math.max(count, seenAt.length * 2));
        }
        found.reset(count);
        query++;
        for (long t : f.getTerms()) {
            collect(byTerm.get(t), found.terms, true);
        }
        for (String a : f.getActors()) {
            collect(byActor.get(a), found.actors, true);
        }
        // every number is a term too, so a sentence sharing one has been found already
        for (String n : f.getNumbers()) {
            collect(byNumber.get(n), found.numbers, false);
        }
        found.sort();
        return found;
    }

    private void collect(Postings p, int[] counter, boolean finds) {
        if (p == null) {
            return;
        }
        for (int k = 0; k < p.size; k++) {
            int id = p.ids[k];
            if (seenAt[id] != query) {
                if (!finds) {
                    continue;
                }
                seenAt[id] = query;
                found.add(id);
            }
            counter[id]++;
        }
    }

    /** A query's finds and their shared counts, indexed by sentence id. */
    static final class Overlaps {
        int[] ids = new int[16];
        int size;
        int[] terms = new int[16];
        int[] actors = new int[16];
        int[] numbers = new int[16];

        private void reset(int sentences) {
            for (int k = 0; k < size; k++) { // only the entries the last query touched
                int id = ids[k];
                terms[id] = 0;
                actors[id] = 0;
                numbers[id] = 0;
            }
            size = 0;
            if (terms.length < sentences) {
                int n = Math.max(sentences, terms.length * 2);
                terms = Arrays.copyOf(terms, n);
                actors = Arrays.copyOf(actors, n);
                numbers = Arrays.copyOf(numbers, n);
            }
        }

        private void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        private void sort() {
            Arrays.sort(ids, 0, size);
        }
    }
}
