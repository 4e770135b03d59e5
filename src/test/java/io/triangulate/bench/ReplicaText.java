package io.triangulate.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The text of the k-th replica of an article for scaling benchmarks: a few deterministic word-level
 * edits per paragraph, so the replicas of one article are near-duplicates (as reprints are) and not
 * byte-identical copies that the exact-duplicate check would fold into one. Replica 0 is the original.
 */
final class ReplicaText {

    /** Paragraphs shorter than this many words are left as they are: too short to edit unnoticed. */
    static final int MIN_WORDS = 8;

    private ReplicaText() {
    }

    /**
     * @param key the article's stable key (its URL) so every article gets its own edits
     * @param replica 0 for the original; 1, 2, ... for the copies
     */
    static String vary(String text, String key, int replica) {
        if (replica == 0 || text == null) {
            return text;
        }
        SplittableRandom random = new SplittableRandom(key.hashCode() * 1_000_003L + replica);
        String[] paragraphs = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(editParagraph(paragraphs[i], random));
        }
        return out.toString();
    }

    /** Swaps one pair of neighbouring words and drops one other word. */
    private static String editParagraph(String paragraph, SplittableRandom random) {
        List<String> words = new ArrayList<>(Arrays.asList(paragraph.trim().split("\\s+")));
        if (words.size() < MIN_WORDS) {
            return paragraph;
        }
        int swap = random.nextInt(words.size() - 1);
        String first = words.get(swap);
        words.set(swap, words.get(swap + 1));
        words.set(swap + 1, first);
        words.remove(random.nextInt(words.size()));
        return String.join(" ", words);
    }
}
