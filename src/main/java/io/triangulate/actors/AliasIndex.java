package io.triangulate.actors;

import io.triangulate.text.MatchingText;
import org.ahocorasick.trie.Trie;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every normalized key the matcher looks for, with what each key can mean. Built once per dictionary:
 * aliases, demonym stems, the ل+ال contraction of names that start with the article ("للبنتاجون"),
 * role titles, and the surnames derived from persons' full names (weak: they need an earlier full mention).
 */
final class AliasIndex {

    enum Kind { NAME, DEMONYM, ROLE, WEAK, SURNAME }

    /**
     * One reading of one key.
     *
     * @param ruleKey   normalized alias as written in the dictionary (context rules are keyed by it)
     * @param form      the alias as written, to check the case of acronyms ("US" is not "us")
     * @param proclitics clitics allowed before the key; suffixes: endings allowed after it
     */
    record Entry(Actor actor, Kind kind, ActorRole role, String ruleKey, String form, boolean latin,
                 Set<String> proclitics, Set<String> suffixes) {
        boolean weak() {
            return kind == Kind.WEAK || kind == Kind.SURNAME;
        }

        boolean acronym() {
            return latin && form.length() <= 5 && form.equals(form.toUpperCase(java.util.Locale.ROOT))
                    && form.chars().anyMatch(Character::isLetter);
        }
    }

    private final Map<String, List<Entry>> byKey = new LinkedHashMap<>();
    private final Map<String, List<ContextRule>> rulesByKeyAndActor = new HashMap<>();
    private final MatchingRules rules;
    private final Trie trie;

    AliasIndex(ActorDictionary dictionary, MatchingRules rules) {
        this.rules = rules;
        Set<String> givenNames = MatchingRules.normalizedSet(rules.givenNames());
        Set<String> connectors = MatchingRules.normalizedSet(rules.nameConnectors());
        for (Actor actor : dictionary.actors()) {
            actor.aliases().forEach(a -> addName(actor, a, Kind.NAME, null));
            actor.weakAliases().forEach(a -> addName(actor, a, Kind.WEAK, null));
            actor.demonyms().forEach(d -> addDemonym(actor, d));
            for (ActorRole role : actor.roles()) {
                role.titles().forEach(t -> addName(actor, t, Kind.ROLE, role));
            }
        }
        for (Actor actor : dictionary.actors()) {
            if (actor.isPerson()) {
                actor.aliases().forEach(a -> addSurnames(actor, a, givenNames, connectors));
            }
        }
        for (ContextRule rule : dictionary.contextRules()) {
            rulesByKeyAndActor.computeIfAbsent(MatchingText.key(rule.alias()) + "\u0000" + rule.actor(),
                    k -> new ArrayList<>()).add(normalized(rule));
        }
        this.trie = Trie.builder().addKeywords(byKey.keySet()).build();
    }

    Trie trie() {
        return trie;
    }

    List<Entry> entries(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    List<ContextRule> rulesFor(Entry entry) {
        return rulesByKeyAndActor.getOrDefault(entry.ruleKey() + "\u0000" + entry.actor().id(), List.of());
    }

    int keyCount() {
        return byKey.size();
    }

    /** The rule with its word lists in normalized form; marks stay as printed (they are checked on the original). */
    private static ContextRule normalized(ContextRule r) {
        return new ContextRule(MatchingText.key(r.alias()), r.actor(), keys(r.nearby()), r.window(), keys(r.inArticle()),
                r.marks(), keys(r.notNext()), keys(r.notProclitics()), r.note());
    }

    private static List<String> keys(List<String> words) {
        return words.stream().map(MatchingText::key).toList();
    }

    private void addName(Actor actor, String alias, Kind kind, ActorRole role) {
        String key = MatchingText.key(alias);
        if (key.length() < 2) {
            return;
        }
        if (isLatin(key)) {
            add(key, new Entry(actor, kind, role, key, alias.trim(), true, Set.of(), Set.of()));
            return;
        }
        if (key.startsWith("ال") && key.length() > 3) {
            add(key, new Entry(actor, kind, role, key, alias, false, set(rules.articleProclitics()), Set.of()));
            // ل + ال contracts to لل: "للبنتاجون", "للولايات المتحدة"
            add("لل" + key.substring(2), new Entry(actor, kind, role, key, alias, false,
                    set(rules.contractedProclitics()), Set.of()));
        } else {
            add(key, new Entry(actor, kind, role, key, alias, false, set(rules.nameProclitics()), Set.of()));
        }
    }

    private void addDemonym(Actor actor, String stem) {
        String key = MatchingText.key(stem);
        if (isLatin(key)) {
            add(key, new Entry(actor, Kind.DEMONYM, null, key, stem.trim(), true, Set.of(), Set.of()));
            return;
        }
        Set<String> before = new HashSet<>(set(rules.nameProclitics()));
        before.addAll(set(rules.definiteArticles()));
        Set<String> after = set(rules.demonymSuffixes());
        add(key, new Entry(actor, Kind.DEMONYM, null, key, stem, false, Set.copyOf(before), after));
        add("لل" + key, new Entry(actor, Kind.DEMONYM, null, key, stem, false, set(rules.contractedProclitics()), after));
    }

    /** "علي باقري كاني" → "باقري كاني", "باقري", "كاني"; "Brett McGurk" → "mcgurk". */
    private void addSurnames(Actor actor, String alias, Set<String> givenNames, Set<String> connectors) {
        String key = MatchingText.key(alias);
        String[] tokens = key.split(" ");
        if (tokens.length < 2 || java.util.Arrays.stream(tokens).anyMatch(connectors::contains)) {
            return; // "سلمان بن عبدالعزيز": "بن عبدالعزيز" names half the royal family
        }
        List<String> derived = new ArrayList<>();
        derived.add(tokens[tokens.length - 1]);
        if (tokens.length >= 3) {
            derived.add(String.join(" ", java.util.Arrays.copyOfRange(tokens, 1, tokens.length)));
            derived.add(tokens[1]);
        }
        for (String surname : derived) {
            if (surname.length() < 3 || givenNames.contains(surname) || byKey.containsKey(surname)
                    && byKey.get(surname).stream().anyMatch(e -> !e.weak())) {
                continue;
            }
            Set<String> before = isLatin(surname) ? Set.of() : set(surname.startsWith("ال")
                    ? rules.articleProclitics() : rules.nameProclitics());
            Entry entry = new Entry(actor, Kind.SURNAME, null, surname, surname, isLatin(surname), before, Set.of());
            if (entries(surname).stream().noneMatch(e -> e.actor().id().equals(actor.id()))) {
                add(surname, entry);
            }
        }
    }

    private void add(String key, Entry entry) {
        List<Entry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        boolean duplicate = list.stream().anyMatch(e -> e.actor().id().equals(entry.actor().id())
                && e.kind() == entry.kind() && e.proclitics().equals(entry.proclitics()));
        if (!duplicate) {
            list.add(entry);
        }
    }

    private static Set<String> set(Collection<String> words) {
        return MatchingRules.normalizedSet(List.copyOf(words));
    }

    static boolean isLatin(String key) {
        return key.chars().noneMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }
}
