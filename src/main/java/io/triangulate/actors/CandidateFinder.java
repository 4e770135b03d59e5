package io.triangulate.actors;

import io.triangulate.text.MatchingText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names of people and organisations the dictionary lacks, so an analyst can add them: a run of
 * two to four name-like words right after a title ("المحلل السياسي ساسان كريمي") or a speech verb
 * ("وقال علي فايز،"), and in English a run of capitalised words. Words already matched as actors,
 * function words and common nouns ("مسؤول", "مصادر") end a run. Candidates are kept apart from actors.
 */
public final class CandidateFinder {

    private static final Pattern ARABIC_WORD = Pattern.compile("[\\p{IsArabic}&&\\p{L}]+");
    private static final Pattern LATIN_RUN = Pattern.compile(
            "\\b\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:al-|bin |ibn |de |van )?\\p{Lu}[\\p{Ll}'’-]+){1,3}\\b");
    private static final Pattern APOSTROPHES_AND_DOTS = Pattern.compile("[.'’]");
    private static final int MAX_NAME_WORDS = 4;

    /** A trigger phrase in normalized token form. */
    private record Trigger(List<String> words, String pattern) {
    }

    /**
     * The trigger phrases by first word, each list longest first (the order they are tried in), so a token
     * is compared with the few triggers that start with it rather than all of them: trying every trigger
     * at every token was 5% of the Saudi week's task time.
     */
    private final Map<String, List<Trigger>> triggersByFirstWord = new HashMap<>();
    private final Set<String> modifiers;
    private final Set<String> stopWords;
    private final Set<String> printedStopWords;
    private final Set<String> connectors;
    private final Set<String> englishStopWords;

    public CandidateFinder(DiscoveryRules rules) {
        List<Trigger> triggers = new ArrayList<>();
        for (DiscoveryRules.TriggerGroup group : rules.triggers()) {
            for (String w : group.words()) {
                triggers.add(new Trigger(List.of(MatchingText.key(w).split(" ")), group.pattern()));
            }
        }
        triggers.sort((a, b) -> b.words().size() - a.words().size()); // longest trigger first
        for (Trigger t : triggers) {
            triggersByFirstWord.computeIfAbsent(t.words().get(0), k -> new ArrayList<>()).add(t);
        }
        this.modifiers = MatchingRules.normalizedSet(rules.modifiers());
        // Stop words spelled with ى ("على", "إلى") fold onto names ("علي"): those are compared as printed.
        java.util.Set<String> stops = new java.util.HashSet<>(MatchingRules.normalizedSet(
                rules.stopWords().stream().filter(w -> w.indexOf('\u0649') < 0).toList()));
        this.printedStopWords = rules.stopWords().stream().filter(w -> w.indexOf('\u0649') >= 0)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        stops.addAll(MatchingRules.normalizedSet(rules.verbs()));
        for (DiscoveryRules.TriggerGroup group : rules.triggers()) {
            if ("speech_verb".equals(group.pattern())) {
                stops.addAll(MatchingRules.normalizedSet(group.words())); // "ساسان كريمي يقول": the verb ends the name
            }
        }
        this.stopWords = Set.copyOf(stops);
        this.englishStopWords = Set.copyOf(rules.englishStopWords());
        this.connectors = MatchingRules.normalizedSet(rules.connectors());
    }

    public static CandidateFinder withDefaults() {
        return new CandidateFinder(DiscoveryRules.defaults());
    }

    /** Unknown names in {@code text}; {@code known} are the actor matches already found there. */
    public List<CandidateSighting> find(String text, List<ActorMatch> known) {
        boolean[] covered = new boolean[text.length() + 1];
        for (ActorMatch m : known) {
            for (int i = m.start(); i < m.end(); i++) {
                covered[i] = true;
            }
        }
        List<CandidateSighting> out = new ArrayList<>();
        findArabic(text, covered, out);
        findLatin(text, covered, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private record Token(int start, int end, String printed, String key, boolean followedByBreak) {
    }

    private void findArabic(String text, boolean[] covered, List<CandidateSighting> out) {
        List<Token> tokens = tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            Trigger trigger = triggerAt(tokens, i);
            if (trigger == null || tokens.get(i + trigger.words().size() - 1).followedByBreak()) {
                continue;
            }
            int first = i + trigger.words().size();
            while (first < tokens.size() && (modifiers.contains(tokens.get(first).key())
                    || WordShape.looksLikeNisba(tokens.get(first).key())) && !tokens.get(first).followedByBreak()) {
                first++;
            }
            int last = nameEnd(tokens, first, covered);
            if (last - first >= 2) {
                int start = tokens.get(first).start();
                int end = tokens.get(last - 1).end();
                String surface = text.substring(start, end);
                out.add(new CandidateSighting(surface, MatchingText.key(surface), trigger.pattern(), start, end));
                i = last - 1;
            }
        }
    }

    /** Exclusive end index of the name-like run starting at {@code first}. */
    private int nameEnd(List<Token> tokens, int first, boolean[] covered) {
        if (first < tokens.size() && clitic(tokens.get(first))) {
            return first;
        }
        int j = first;
        int words = 0;
        while (j < tokens.size() && words < MAX_NAME_WORDS) {
            Token t = tokens.get(j);
            boolean definite = t.key().startsWith("ال");
            boolean afterConnector = j > first && connectors.contains(tokens.get(j - 1).key());
            // A family name like "الشمري" stays in the name; a country adjective ("الأمريكي") is a matched
            // actor, so it is covered and ends the run here.
            if (stopWords.contains(t.key()) || printedStopWords.contains(t.printed()) || covered[t.start()]
                    || t.key().length() < 2 || t.key().startsWith("و") // "وكبير": a conjunction starts a new phrase
                    || (j == first && definite)) {
                break;
            }
            j++;
            if (!connectors.contains(t.key())) {
                words++;
            }
            if (definite && !afterConnector || t.followedByBreak()) {
                break; // a family name with the article ends the name; so does punctuation
            }
        }
        while (j > first && connectors.contains(tokens.get(j - 1).key())) {
            j--; // "فيصل بن" is not a name: a patronymic link needs its second half
        }
        return j;
    }

    /** "للشرق", "بشرطة", "لمديرية": a preposition clitic on a noun, not the start of a name. */
    private static boolean clitic(Token t) {
        String k = t.key();
        return k.startsWith("لل") || (k.startsWith("ب") || k.startsWith("ل")) && t.printed().endsWith("ة");
    }

    private Trigger triggerAt(List<Token> tokens, int i) {
        for (Trigger t : triggersByFirstWord.getOrDefault(tokens.get(i).key(), List.of())) {
            int n = t.words().size();
            if (i + n > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                all = tokens.get(i + k).key().equals(t.words().get(k)) && (k == n - 1 || !tokens.get(i + k).followedByBreak());
            }
            if (all) {
                return t;
            }
        }
        return null;
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = ARABIC_WORD.matcher(text);
        while (m.find()) {
            int next = m.end();
            while (next < text.length() && (Character.isWhitespace(text.charAt(next)) || isMark(text.charAt(next)))) {
                next++;
            }
            boolean brk = next < text.length() && !isArabicLetter(text.charAt(next)) || next == text.length();
            tokens.add(new Token(m.start(), m.end(), m.group(), MatchingText.normalize(m.group()), brk));
        }
        return tokens;
    }

    private static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0640' || c == '\u0670';
    }

    private static boolean isArabicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    private void findLatin(String text, boolean[] covered, List<CandidateSighting> out) {
        Matcher m = LATIN_RUN.matcher(text);
        while (m.find()) {
            String[] words = MatchingText.WHITE_SPACE.split(m.group());
            int start = m.start();
            int end = m.end();
            while (words.length > 0 && englishStopWords.contains(APOSTROPHES_AND_DOTS.matcher(words[0]).replaceAll(""))) {
                start = text.indexOf(words[0], start) + words[0].length();
                words = java.util.Arrays.copyOfRange(words, 1, words.length);
            }
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (words.length < 2 || anyCovered(covered, start, end)
                    || java.util.Arrays.stream(words).anyMatch(w -> englishStopWords.contains(w))) {
                continue;
            }
            String surface = text.substring(start, end);
            out.add(new CandidateSighting(surface, MatchingText.key(surface), "capitalised_sequence", start, end));
        }
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }
}
