package io.triangulate.actors;

import java.io.Serializable;
import java.util.List;

/**
 * Patterns for finding names the dictionary lacks, read from {@code triangulate/actors/discovery.json}.
 *
 * @param triggers         titles and speech verbs after which a name is expected, grouped by pattern label
 * @param modifiers        words skipped between a trigger and the name ("البارز", "الدكتور")
 * @param stopWords        function words and common nouns that cannot be part of a name ("إن", "مسؤول")
 * @param verbs            verbs that end a name ("ساسان كريمي يشير")
 * @param connectors       patronymic links (بن، عبد، آل) that do not count as name words and cannot end a name
 * @param englishStopWords capitalised English words that are not names (sentence openers, months, titles)
 */
public record DiscoveryRules(String version, List<TriggerGroup> triggers, List<String> modifiers, List<String> stopWords,
                             List<String> verbs, List<String> connectors, List<String> englishStopWords) implements Serializable {

    public record TriggerGroup(String pattern, List<String> words) implements Serializable {
    }

    public static DiscoveryRules defaults() {
        return ActorDictionary.readResource("discovery.json", DiscoveryRules.class);
    }
}
