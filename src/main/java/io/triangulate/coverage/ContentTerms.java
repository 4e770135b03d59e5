package io.triangulate.coverage;

import io.triangulate.text.MatchingText;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The content words of a text, for story labels and fact alignment: normalized words without stop
 * words (Lucene's Arabic and English lists plus {@code extra-stopwords.json}, normalized), Arabic words
 * light-stemmed with Lucene's {@link ArabicStemmer} so "والمحادثات" and "المحادثات" are one term, and
 * numbers kept as they are (they carry facts: "10 يناير", "44 غارة").
 */
public final class ContentTerms {

    public static final String EXTRA_STOP_WORDS = "/triangulate/coverage/extra-stopwords.json";
    private static final Set<String> STOP = buildStopSet();
    private static final int MIN_LETTERS = 3;

    private ContentTerms() {
    }

    private static Set<String> buildStopSet() {
        Set<String> out = new HashSet<>();
        addAll(out, ArabicAnalyzer.getDefaultStopSet());
        addAll(out, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        try (java.io.InputStream in = ContentTerms.class.getResourceAsStream(EXTRA_STOP_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + EXTRA_STOP_WORDS);
            }
            for (com.fasterxml.jackson.databind.JsonNode w : new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(in).get("words")) {
                out.add(MatchingText.normalize(w.asText()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + EXTRA_STOP_WORDS, e);
        }
        return Set.copyOf(out);
    }

    private static void addAll(Set<String> out, CharArraySet set) {
        for (Object o : set) {
            String w = o instanceof char[] chars ? new String(chars) : String.valueOf(o);
            out.add(MatchingText.normalize(w));
        }
    }

    /** Content terms in text order (with repeats, for term frequencies). */
    public static List<String> of(String text) {
        return withWords(text).stream().map(Term::key).toList();
    }

    /** A content term: its matching key (stemmed) and the normalized word it came from, for display. */
    public record Term(String key, String word) implements java.io.Serializable {
    }

    /** Content terms with the words they came from, in text order. */
    public static List<Term> withWords(String text) {
        List<Term> out = new ArrayList<>();
        ArabicStemmer stemmer = new ArabicStemmer();
        for (String w : Shingling.words(text)) {
            if (isNumber(w)) {
                out.add(new Term(w, w));
                continue;
            }
            if (w.length() < MIN_LETTERS || STOP.contains(w)) {
                continue;
            }
            String term = isArabic(w) ? stem(stemmer, w) : w;
            if (term.length() >= 2 && !STOP.contains(term)) {
                out.add(new Term(term, w));
            }
        }
        return out;
    }

    public static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private static boolean isArabic(String w) {
        return w.charAt(0) >= '\u0600' && w.charAt(0) <= '\u06FF';
    }

    private static String stem(ArabicStemmer stemmer, String w) {
        char[] buf = w.toCharArray();
        int len = stemmer.stem(buf, buf.length);
        return new String(buf, 0, len);
    }
}
