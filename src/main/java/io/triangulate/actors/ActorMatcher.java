package io.triangulate.actors;

import io.triangulate.actors.AliasIndex.Entry;
import io.triangulate.actors.AliasIndex.Kind;
import io.triangulate.model.PublicationDate;
import io.triangulate.text.MatchingText;
import org.ahocorasick.trie.Emit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the dictionary's actors in one article text. One Aho-Corasick pass over the normalized text
 * finds every key; each occurrence is then checked as a word (only allowed clitics before it, only
 * allowed endings after it), against the context rules, and—for titles—against the publication date.
 * Overlapping occurrences keep the longest. Surnames and weak aliases count only after the actor was
 * named in full earlier in the same article. Thread-safe after construction: build it once per executor.
 */
public final class ActorMatcher {

    /** What may stand between two names of a list ("A، B" or "A: B"). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s,،:]{0,3}");

    private final ActorDictionary dictionary;
    private final AliasIndex index;
    private final Set<String> locativeWords;
    private final Set<String> locativeProclitics;
    private final Set<String> cityWords;
    private final Set<String> roleBlockers;
    private final Set<String> roleModifiers;
    private final Set<String> demonymBlockers;
    private final Map<ActorRole, List<String>> roleCues = new IdentityHashMap<>();

    public ActorMatcher(ActorDictionary dictionary, MatchingRules rules) {
        this.dictionary = dictionary;
        this.index = new AliasIndex(dictionary, rules);
        this.locativeWords = MatchingRules.normalizedSet(rules.locativeWords());
        this.locativeProclitics = MatchingRules.normalizedSet(rules.locativeProclitics());
        this.cityWords = MatchingRules.normalizedSet(rules.cityWords());
        this.roleBlockers = MatchingRules.normalizedSet(rules.roleBlockers());
        this.roleModifiers = MatchingRules.normalizedSet(rules.roleModifiers());
        this.demonymBlockers = MatchingRules.normalizedSet(rules.demonymBlockers());
        for (Actor actor : dictionary.actors()) {
            for (ActorRole role : actor.roles()) {
                roleCues.put(role, role.articleCues().stream().map(MatchingText::key).toList());
            }
        }
    }

    public static ActorMatcher of(ActorDictionary dictionary) {
        return new ActorMatcher(dictionary, MatchingRules.defaults());
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    /** True when {@code name} (any form) is a key of the dictionary: such a name is never a discovery candidate. */
    public boolean isKnownName(String name) {
        return !index.entries(MatchingText.key(name)).isEmpty();
    }

    /** Number of distinct normalized keys searched for. */
    public int keyCount() {
        return index.keyCount();
    }

    /** Actors named in {@code text}, in text order, non-overlapping. */
    public List<ActorMatch> find(String text, PublicationDate published) {
        MatchingText mt = MatchingText.of(text);
        String s = mt.text();
        List<Hit> strong = new ArrayList<>();
        List<Hit> weak = new ArrayList<>();
        List<Hit> refusedTitles = new ArrayList<>();
        for (Emit e : index.trie().parseText(s)) {
            for (Entry entry : index.entries(e.getKeyword())) {
                Hit h = asWord(s, e.getStart(), e.getEnd() + 1, entry);
                if (h == null) {
                    continue;
                }
                if (admissible(h, mt, published)) {
                    (entry.weak() ? weak : strong).add(h);
                } else if (entry.kind() == Kind.ROLE) {
                    refusedTitles.add(h);
                }
            }
        }
        // "ولي ولي العهد" out of its term must not fall back to the "ولي العهد" inside it.
        strong.removeIf(h -> h.entry.kind() == Kind.ROLE && refusedTitles.stream().anyMatch(r ->
                r.wordStart <= h.wordStart && h.wordEnd <= r.wordEnd && r.wordEnd - r.wordStart > h.wordEnd - h.wordStart));
        boolean[] covered = new boolean[s.length() + 1];
        List<Found> found = resolveStrong(s, strong, covered);
        found.addAll(resolveWeak(weak, covered, found));
        found.sort(Comparator.comparingInt(Found::start));
        return toMatches(mt, dropTitlesBeforeNames(s, found));
    }

    /** An occurrence of a key at [start, end) of normalized text, extended to the whole word. */
    private static final class Hit {
        final Entry entry;
        final int start;
        final int end;
        final int wordStart;
        final int wordEnd;
        final String proclitic;
        boolean ruleHeld;

        Hit(Entry entry, int start, int end, int wordStart, int wordEnd, String proclitic) {
            this.entry = entry;
            this.start = start;
            this.end = end;
            this.wordStart = wordStart;
            this.wordEnd = wordEnd;
            this.proclitic = proclitic;
        }

        long span() {
            return ((long) wordStart << 32) | wordEnd;
        }
    }

    private record Found(int start, int end, Actor actor, String resolution) {
    }

    private static Hit asWord(String s, int start, int end, Entry entry) {
        if (entry.latin()) {
            if (start > 0 && WordShape.isWordChar(s.charAt(start - 1))
                    || end < s.length() && WordShape.isWordChar(s.charAt(end))) {
                return null;
            }
            int wordEnd = end;
            if (end + 1 < s.length() && s.charAt(end) == '\'' && s.charAt(end + 1) == 's'
                    && (end + 2 == s.length() || !WordShape.isWordChar(s.charAt(end + 2)))) {
                wordEnd = end + 2; // possessive: "Biden's"
            }
            return new Hit(entry, start, end, start, wordEnd, "");
        }
        int wordStart = WordShape.wordStart(s, start);
        String proclitic = s.substring(wordStart, start);
        if (!proclitic.isEmpty() && !entry.proclitics().contains(proclitic)) {
            return null;
        }
        int wordEnd = WordShape.wordEnd(s, end);
        String suffix = s.substring(end, wordEnd);
        if (!suffix.isEmpty() && !entry.suffixes().contains(suffix)) {
            return null;
        }
        return new Hit(entry, start, end, wordStart, wordEnd, proclitic);
    }

    /** Checks that do not depend on other mentions: acronym case, context rules, a title's term of office. */
    private boolean admissible(Hit h, MatchingText mt, PublicationDate published) {
        String s = mt.text();
        Entry e = h.entry;
        String original = mt.original().substring(mt.originalStart(h.start), mt.originalEnd(h.end));
        if (e.acronym() && !original.equals(e.form())) {
            return false; // "US" is the country, "us" is a pronoun
        }
        if (e.latin() && Character.isUpperCase(e.form().charAt(0)) && !Character.isUpperCase(original.charAt(0))) {
            return false; // "Independent" is a newspaper, "independent" an adjective
        }
        if (e.kind() == Kind.DEMONYM && demonymBlockers.contains(WordShape.previousWord(s, h.wordStart))) {
            return false; // "مليون دولار أمريكي" is money, not the United States
        }
        if (e.kind() == Kind.ROLE && !titleApplies(e.role(), s, h, published)) {
            return false;
        }
        for (ContextRule rule : index.rulesFor(e)) {
            if (rule.notProclitics().contains(h.proclitic) || rule.notNext().contains(WordShape.nextWord(s, h.wordEnd))) {
                return false;
            }
            if (rule.hasPositiveCondition()) {
                boolean held = rule.marks().stream().anyMatch(original::contains)
                        || rule.inArticle().stream().anyMatch(s::contains)
                        || nearby(s, h, rule.window(), rule.nearby());
                if (!held) {
                    return false;
                }
                h.ruleHeld = true;
            }
        }
        return true;
    }

    private static boolean nearby(String s, Hit h, int window, List<String> cues) {
        if (cues.isEmpty()) {
            return false;
        }
        String around = s.substring(Math.max(0, h.wordStart - window), Math.min(s.length(), h.wordEnd + window));
        return cues.stream().anyMatch(around::contains);
    }

    private boolean titleApplies(ActorRole role, String s, Hit h, PublicationDate published) {
        if (published == null || !published.isKnown()) {
            return false;
        }
        LocalDate earliest = published.earliest().orElseThrow();
        LocalDate latest = published.latest().orElseThrow();
        if (!role.covers(earliest, latest)) {
            return false;
        }
        String next = WordShape.nextWord(s, h.wordEnd);
        if (roleBlockers.contains(next) || WordShape.looksLikeNisba(next)
                || roleModifiers.contains(WordShape.previousWord(s, h.wordStart))) {
            return false;
        }
        List<String> cues = roleCues.getOrDefault(role, List.of());
        return cues.isEmpty() || cues.stream().anyMatch(s::contains);
    }

    /** Longest occurrence first; readings of the same span are resolved together, in text order. */
    private List<Found> resolveStrong(String s, List<Hit> hits, boolean[] covered) {
        Map<Long, List<Hit>> bySpan = new LinkedHashMap<>();
        for (Hit h : hits) {
            bySpan.computeIfAbsent(h.span(), k -> new ArrayList<>()).add(h);
        }
        List<List<Hit>> groups = new ArrayList<>(bySpan.values());
        groups.sort(Comparator.<List<Hit>>comparingInt(g -> -(g.get(0).wordEnd - g.get(0).wordStart))
                .thenComparingInt(g -> -g.stream().mapToInt(x -> x.end - x.start).max().orElse(0))
                .thenComparingInt(g -> g.get(0).wordStart));
        List<List<Hit>> selected = new ArrayList<>();
        for (List<Hit> group : groups) {
            Hit first = group.get(0);
            if (isFree(covered, first.wordStart, first.wordEnd)) {
                cover(covered, first.wordStart, first.wordEnd);
                selected.add(group);
            }
        }
        selected.sort(Comparator.comparingInt(g -> g.get(0).wordStart));
        Map<String, Integer> lastSeen = new LinkedHashMap<>();
        List<Found> found = new ArrayList<>();
        for (List<Hit> group : selected) {
            Found f = resolveGroup(s, group, lastSeen);
            if (f != null) {
                found.add(f);
                lastSeen.put(f.actor().id(), f.start());
            }
        }
        return found;
    }

    private Found resolveGroup(String s, List<Hit> group, Map<String, Integer> lastSeen) {
        List<Hit> pool = group.stream().anyMatch(h -> h.ruleHeld) ? group.stream().filter(h -> h.ruleHeld).toList() : group;
        Hit chosen = pool.get(0);
        if (pool.stream().map(h -> h.entry.actor().id()).distinct().count() > 1) {
            // Two actors share this name and no rule decides: take the one this article already named.
            chosen = pool.stream().filter(h -> lastSeen.containsKey(h.entry.actor().id()))
                    .max(Comparator.comparingInt(h -> lastSeen.get(h.entry.actor().id()))).orElse(null);
            if (chosen == null) {
                return null;
            }
        }
        Actor actor = chosen.entry.actor();
        String resolution = chosen.ruleHeld ? "context_rule" : resolutionOf(chosen.entry.kind());
        if (actor.metonymOf() != null && !usedAsPlace(s, chosen)) {
            actor = dictionary.actor(actor.metonymOf());
            resolution = "metonym";
        }
        return new Found(chosen.wordStart, chosen.wordEnd, actor, resolution);
    }

    /**
     * "في طهران", "وفي صنعاء", "بدمشق", "العاصمة العمانية مسقط", "عمان العاصمة", "شرطة جدة", a dateline: the
     * city; otherwise ("رفضت طهران") its government.
     */
    private boolean usedAsPlace(String s, Hit h) {
        if (locativeProclitics.contains(h.proclitic)) {
            return true;
        }
        String previous = WordShape.previousWord(s, h.wordStart);
        String bare = previous.length() > 2 && (previous.startsWith("و") || previous.startsWith("ف")) ? previous.substring(1) : previous;
        if (WordShape.isDateline(s, h.wordStart, h.wordEnd)) {
            return true; // "سبق- القاهرة:" names where the story was filed
        }
        if (locativeWords.contains(previous) || locativeWords.contains(bare) || cityWords.contains(previous)
                || cityWords.contains(WordShape.nextWord(s, h.wordEnd))) {
            return true;
        }
        String beforePrevious = WordShape.previousWord(s, WordShape.previousWordStart(s, h.wordStart));
        return !previous.isEmpty() && cityWords.contains(beforePrevious);
    }

    /** Surnames and weak aliases: only for an actor already named earlier in the article; the latest one wins. */
    private List<Found> resolveWeak(List<Hit> hits, boolean[] covered, List<Found> strong) {
        hits.sort(Comparator.<Hit>comparingInt(h -> -(h.wordEnd - h.wordStart)).thenComparingInt(h -> h.wordStart));
        List<Found> found = new ArrayList<>();
        for (Hit h : hits) {
            if (!isFree(covered, h.wordStart, h.wordEnd)) {
                continue;
            }
            Found antecedent = null;
            for (Found f : strong) {
                if (f.start() < h.wordStart && f.actor().id().equals(h.entry.actor().id())
                        && (antecedent == null || f.start() > antecedent.start())) {
                    antecedent = f;
                }
            }
            Hit rival = bestRival(hits, h, strong, antecedent);
            if (antecedent != null && rival == null) {
                cover(covered, h.wordStart, h.wordEnd);
                found.add(new Found(h.wordStart, h.wordEnd, h.entry.actor(), resolutionOf(h.entry.kind())));
            }
        }
        return found;
    }

    /** Another reading of the same span whose actor was named more recently than {@code antecedent}. */
    private static Hit bestRival(List<Hit> hits, Hit h, List<Found> strong, Found antecedent) {
        for (Hit other : hits) {
            if (other == h || other.span() != h.span() || other.entry.actor().id().equals(h.entry.actor().id())) {
                continue;
            }
            for (Found f : strong) {
                if (f.start() < h.wordStart && f.actor().id().equals(other.entry.actor().id())
                        && (antecedent == null || f.start() > antecedent.start())) {
                    return other;
                }
            }
        }
        return null;
    }

    /**
     * "الرئيس الأمريكي جو بايدن", "علي باقري كاني، نائب وزير الخارجية": a title next to a name describes that
     * person; the name is the mention and the title is not a second one (nor someone else).
     */
    private static List<Found> dropTitlesBeforeNames(String s, List<Found> found) {
        List<Found> kept = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if ("role".equals(f.resolution()) && (adjacentPerson(s, f, i + 1 < found.size() ? found.get(i + 1) : null)
                    || adjacentPerson(s, i > 0 ? found.get(i - 1) : null, f))) {
                continue;
            }
            kept.add(f);
        }
        return kept;
    }

    private static boolean adjacentPerson(String s, Found first, Found second) {
        if (first == null || second == null || !first.actor().isPerson() || !second.actor().isPerson()) {
            return false;
        }
        return LIST_SEPARATOR.matcher(s).region(first.end(), second.start()).matches();
    }

    private static List<ActorMatch> toMatches(MatchingText mt, List<Found> found) {
        List<ActorMatch> out = new ArrayList<>(found.size());
        for (Found f : found) {
            int start = mt.originalStart(f.start());
            int end = mt.originalEnd(f.end());
            Actor a = f.actor();
            out.add(new ActorMatch(start, end, mt.original().substring(start, end), a.id(), a.type(), a.name(),
                    f.resolution()));
        }
        return out;
    }

    private static String resolutionOf(Kind kind) {
        return switch (kind) {
            case NAME, WEAK -> "alias";
            case DEMONYM -> "demonym";
            case ROLE -> "role";
            case SURNAME -> "surname";
        };
    }

    private static boolean isFree(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    private static void cover(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            covered[i] = true;
        }
    }
}
