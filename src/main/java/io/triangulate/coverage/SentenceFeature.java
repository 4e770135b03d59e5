package io.triangulate.coverage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What fact alignment needs of one sentence (Spark row): its span, its content terms (sorted, distinct)
 * and its language-independent fingerprint (sorted: actor ids named in it, numbers in it).
 */
public class SentenceFeature implements Serializable {
    private int index;
    private int start;
    private int end;
    private String text;
    private List<String> terms = new ArrayList<>();
    private List<String> actors = new ArrayList<>();
    private List<String> numbers = new ArrayList<>();

    public SentenceFeature() {
    }

    public SentenceFeature(int index, int start, int end, String text, List<String> terms, List<String> actors,
                           List<String> numbers) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
        this.terms = terms;
        this.actors = actors;
        this.numbers = numbers;
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
    public List<String> getTerms() { return terms; }
    public void setTerms(List<String> terms) { this.terms = terms; }
    public List<String> getActors() { return actors; }
    public void setActors(List<String> actors) { this.actors = actors; }
    public List<String> getNumbers() { return numbers; }
    public void setNumbers(List<String> numbers) { this.numbers = numbers; }
}
