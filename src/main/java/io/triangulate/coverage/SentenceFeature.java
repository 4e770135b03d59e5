package io.triangulate.coverage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What fact alignment needs of one sentence (Spark row): its span, its content terms and its
 * language-independent fingerprint (sorted: actor ids named in it, numbers in it).
 *
 * <p>The terms are kept as 64-bit hashes ({@link Shingling#hash} with the coverage seed), sorted and
 * distinct. Terms are only ever compared as sets (Jaccard similarity, shared-term lookups, MinHash band
 * keys, which hashed them anyway), and a story link compares the sentences of both articles of every
 * candidate pair: as strings they were most of the bytes these rows carry through Spark's joins, and
 * comparing them was the largest single cost of story linking on the Saudi week. Two distinct terms of
 * one comparison share a hash with a chance of about 10^-14.
 */
public class SentenceFeature implements Serializable {
    private int index;
    private int start;
    private int end;
    private String text;
    private long[] terms = new long[0];
    private List<String> actors = new ArrayList<>();
    private List<String> numbers = new ArrayList<>();

    public SentenceFeature() {
    }

    public SentenceFeature(int index, int start, int end, String text, long[] terms, List<String> actors,
                           List<String> numbers) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
        this.terms = terms;
        this.actors = actors;
        this.numbers = numbers;
    }

    /** Content terms as this class keeps them: hashed with {@code seed}, sorted, distinct. */
    public static long[] hashTerms(java.util.Collection<String> terms, long seed) {
        return terms.stream().mapToLong(t -> Shingling.hash(t, seed)).sorted().distinct().toArray();
    }

    /** "actor:iran|actor:oman|num:10": the fingerprint as one sorted key. */
    public String fingerprint() {
        List<String> keys = new ArrayList<>();
        actors.forEach(a -> keys.add("actor:" + a));
        numbers.forEach(n -> keys.add("num:" + n));
        java.util.Collections.sort(keys);
        return String.join("|", keys);
    }

    public int getIndex() { return index; }
    public void setIndex(int index) { this.index = index; }
    public int getStart() { return start; }
    public void setStart(int start) { this.start = start; }
    public int getEnd() { return end; }
    public void setEnd(int end) { this.end = end; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public long[] getTerms() { return terms; }
    public void setTerms(long[] terms) { this.terms = terms; }
    public List<String> getActors() { return actors; }
    public void setActors(List<String> actors) { this.actors = actors; }
    public List<String> getNumbers() { return numbers; }
    public void setNumbers(List<String> numbers) { this.numbers = numbers; }
}
