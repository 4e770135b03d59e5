package io.triangulate.timeline;

import io.triangulate.text.MatchingText;

import java.util.ArrayList;
import java.util.List;

/**
 * One word of a sentence in matching form ({@link MatchingText}), with its span in the sentence as
 * printed. Letter runs and digit runs are separate words, so "فبراير2025" gives two.
 */
public record Word(String text, int start, int end, boolean digits) {

    /** The words of {@code sentence}; spans are offsets into {@code sentence}. */
    public static List<Word> split(String sentence) {
        MatchingText m = MatchingText.of(sentence);
        String t = m.text();
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            boolean digit = Character.isDigit(c);
            int j = i + 1;
            while (j < t.length() && Character.isLetterOrDigit(t.charAt(j)) && Character.isDigit(t.charAt(j)) == digit) {
                j++;
            }
            words.add(new Word(t.substring(i, j), m.originalStart(i), m.originalEnd(j), digit));
            i = j;
        }
        return words;
    }
}
