package io.triangulate.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A story's key terms from its articles' content terms: each term scores articles-in-story ×
 * log(1 + corpus size / corpus document frequency); the best {@link StoryTable#LIST_SIZE} are shown
 * by a word form the story used (the smallest, so the choice is deterministic). Ties break on the
 * term. Pure, so the Spark layer only has to bring a story's term rows together.
 */
public final class StoryKeyTerms {

    private StoryKeyTerms() {
    }

    /** One article's use of a term: its key, the word as written, and the term's document frequency. */
    public record Use(String term, String word, long df) {
    }

    /**
     * The display words of the story's best terms, best first.
     *
     * @param uses  one per (article, term) of the story
     * @param total articles in the corpus the document frequencies were counted over
     * @param size  how many to keep
     */
    public static List<String> best(Iterator<Use> uses, long total, int size) {
        Map<String, Tally> byTerm = new HashMap<>();
        while (uses.hasNext()) {
            Use u = uses.next();
            Tally t = byTerm.computeIfAbsent(u.term(), k -> new Tally(u.df()));
            t.articles++;
            if (t.word == null || CODE_POINT_ORDER.compare(u.word(), t.word) < 0) {
                t.word = u.word();
            }
        }
        List<Map.Entry<String, Tally>> ranked = new ArrayList<>(byTerm.entrySet());
        for (Map.Entry<String, Tally> e : ranked) {
            e.getValue().score = score(e.getValue().articles, e.getValue().df, total);
        }
        ranked.sort(Comparator.<Map.Entry<String, Tally>>comparingDouble(e -> -e.getValue().score)
                .thenComparing(Map.Entry::getKey, CODE_POINT_ORDER));
        List<String> words = new ArrayList<>(Math.min(size, ranked.size()));
        for (int i = 0; i < ranked.size() && i < size; i++) {
            words.add(ranked.get(i).getValue().word);
        }
        return words;
    }

    /** articles × ln(1 + total / df), in the order of operations the earlier SQL form used. */
    static double score(long articles, long df, long total) {
        return articles * Math.log(1.0 + (double) total / df);
    }

    /**
     * Strings by code point, which is the order of their UTF-8 bytes (Spark's string order), so the
     * word and tie choices match what a SQL min or sort would pick. {@code String.compareTo} differs
     * for characters beyond the Basic Multilingual Plane.
     */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private static final class Tally {
        final long df;
        long articles;
        String word;
        double score;

        Tally(long df) {
            this.df = df;
        }
    }
}
