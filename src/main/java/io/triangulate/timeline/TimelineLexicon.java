package io.triangulate.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.text.MatchingText;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The timeline's language resources (triggers, markers, counted nouns, number words), read from
 * {@code triangulate/timeline/lexicon.json} and folded to matching form once.
 */
public final class TimelineLexicon implements Serializable {

    public static final String RESOURCE = "/triangulate/timeline/lexicon.json";

    /** What a trigger word stands for. */
    public record EventKind(String type, String family) implements Serializable {
    }

    private final List<String> proclitics;
    private final List<String> prepositions;
    private final String article;
    private final List<String> suffixes;
    private final Map<String, EventKind> triggers = new HashMap<>();
    private final Map<String, String> countedNouns = new HashMap<>();
    private final Map<String, Long> numberWords = new HashMap<>();
    private final Map<String, long[]> vague = new HashMap<>();
    final Set<String> recurringFamilies;
    final Set<String> sinceWords;
    final Set<String> fillerWords;
    final Set<String> previousBefore;
    final Set<String> previousAfter;
    final Set<String> distinctMarkers;
    final Set<String> negation;
    final Set<String> directWords;
    final Set<String> indirectWords;
    final Set<String> deniedBefore;
    final Set<String> masculineTalks;
    final Set<String> directMasculine;
    final Set<String> directFeminine;
    final Set<String> yearWords;
    final Set<String> killedWords;
    final Set<String> pluralPeople;

    private TimelineLexicon(JsonNode root) {
        proclitics = list(root, "proclitics");
        prepositions = list(root, "prepositions");
        article = MatchingText.normalize(root.path("article").asText("ال"));
        suffixes = list(root, "suffixes");
        for (JsonNode type : root.path("eventTypes")) {
            EventKind kind = new EventKind(type.path("type").asText(), type.path("family").asText());
            for (String w : list(type, "triggers")) {
                triggers.put(w, kind);
            }
        }
        for (JsonNode noun : root.path("countedNouns")) {
            for (String w : list(noun, "forms")) {
                countedNouns.put(w, noun.path("noun").asText());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("numberWords").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            numberWords.put(MatchingText.normalize(e.getKey()), e.getValue().asLong());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("vagueQuantities").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            vague.put(MatchingText.normalize(e.getKey()), new long[]{e.getValue().get(0).asLong(), e.getValue().get(1).asLong()});
        }
        recurringFamilies = set(root, "recurringFamilies");
        sinceWords = set(root, "sinceWords");
        fillerWords = set(root, "fillerWords");
        previousBefore = set(root, "previousBefore");
        previousAfter = set(root, "previousAfter");
        distinctMarkers = set(root, "distinctMarkers");
        negation = set(root, "negation");
        directWords = set(root, "directWords");
        indirectWords = set(root, "indirectWords");
        deniedBefore = set(root, "deniedBefore");
        masculineTalks = set(root, "masculineTalks");
        directMasculine = set(root, "directMasculine");
        directFeminine = set(root, "directFeminine");
        yearWords = set(root, "yearWords");
        killedWords = set(root, "killedWords");
        pluralPeople = set(root, "pluralPeople");
    }

    private static TimelineLexicon shared;

    /** The shipped lexicon, read once per JVM (executors included). */
    public static synchronized TimelineLexicon shared() {
        if (shared == null) {
            shared = load();
        }
        return shared;
    }

    /** The lexicon shipped with the jar. */
    public static TimelineLexicon load() {
        try (InputStream in = TimelineLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new TimelineLexicon(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<String> list(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : node.path(field)) {
            out.add(MatchingText.normalize(n.asText()));
        }
        return out;
    }

    private static Set<String> set(JsonNode node, String field) {
        return new HashSet<>(list(node, field));
    }

    /**
     * The forms a printed word may stand for once proclitics (و ف), a preposition (ب ل ك), the
     * article and a pronoun suffix are peeled off: "وبالمحادثات" → "محادثات", "هجماتهم" → "هجمات".
     */
    public List<String> stems(String word) {
        List<String> out = new ArrayList<>();
        out.add(word);
        List<String> bases = new ArrayList<>();
        bases.add(word);
        for (String p : proclitics) {
            if (word.startsWith(p) && word.length() > p.length() + 1) {
                bases.add(word.substring(p.length()));
            }
        }
        List<String> withPrep = new ArrayList<>(bases);
        for (String b : bases) {
            for (String p : prepositions) {
                if (b.startsWith(p) && b.length() > p.length() + 1) {
                    withPrep.add(b.substring(p.length()));
                }
            }
            if (b.startsWith("لل") && b.length() > 3) { // ل + ال, the alef dropped in writing
                withPrep.add(b.substring(2));
            }
        }
        for (String b : withPrep) {
            out.add(b);
            if (b.startsWith(article) && b.length() > article.length() + 1) {
                out.add(b.substring(article.length()));
            }
        }
        List<String> withSuffix = new ArrayList<>(out);
        for (String s : out) {
            for (String suf : suffixes) {
                if (s.endsWith(suf) && s.length() - suf.length() >= 3) {
                    withSuffix.add(s.substring(0, s.length() - suf.length()));
                }
            }
        }
        return withSuffix;
    }

    /** Whether events of this family recur within a story (strikes), so two dates are two events. */
    public boolean recurs(String family) {
        return recurringFamilies.contains(family);
    }

    /** The event a word triggers, or null when it triggers none. */
    public EventKind trigger(String word) {
        return firstMatch(word, triggers);
    }

    /** The counted-noun class of a word ("attack", "missile", ...), or null. */
    public String countedNoun(String word) {
        return firstMatch(word, countedNouns);
    }

    /** A number word's value, or null. Numbers carry no pronoun suffixes, only clitics. */
    public Long numberWord(String word) {
        return firstMatch(word, numberWords);
    }

    /** A vague quantity's range ("عشرات" → 20..99), or null. */
    public long[] vagueQuantity(String word) {
        return firstMatch(word, vague);
    }

    /** Whether a word, stripped of clitics, is in {@code words}. */
    public boolean isAny(String word, Set<String> words) {
        for (String s : stemsOf(word)) {
            if (words.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stems of the words looked up lately on this thread, in a table of {@value #CACHED_WORDS} slots
     * chosen by the word's hash. A sentence's words are looked up in several lists and by several
     * passes (event words, counted nouns, number words, markers near a word), and computing their stems
     * each time was 3% of the Saudi week's task time; remembering only the last word missed whenever a
     * pass looked at a neighbour. The table is per thread, so no locking, and bounded (about 1 MB).
     */
    private static final int CACHED_WORDS = 2048;

    private static final class StemCache {
        final TimelineLexicon lexicon;
        final String[] words = new String[CACHED_WORDS];
        final Object[] stems = new Object[CACHED_WORDS];

        StemCache(TimelineLexicon lexicon) {
            this.lexicon = lexicon;
        }
    }

    private static final ThreadLocal<StemCache> CACHE = new ThreadLocal<>();

    @SuppressWarnings("unchecked")
    private List<String> stemsOf(String word) {
        StemCache cache = CACHE.get();
        if (cache == null || cache.lexicon != this) {
            cache = new StemCache(this);
            CACHE.set(cache);
        }
        int h = word.hashCode();
        int slot = (h ^ (h >>> 16)) & (CACHED_WORDS - 1);
        if (word.equals(cache.words[slot])) {
            return (List<String>) cache.stems[slot];
        }
        List<String> stems = List.copyOf(stems(word));
        cache.words[slot] = word;
        cache.stems[slot] = stems;
        return stems;
    }

    private <T> T firstMatch(String word, Map<String, T> map) {
        for (String s : stemsOf(word)) {
            T v = map.get(s);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
