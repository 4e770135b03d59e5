package io.triangulate.actors;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One matcher per executor JVM and broadcast dictionary: building the Aho-Corasick automaton takes a
 * moment, so it is built on first use and shared by every task (the matcher is thread-safe).
 */
final class ExecutorActors {

    private static final Map<String, ArticleActors> BY_BROADCAST = new ConcurrentHashMap<>();

    private ExecutorActors() {
    }

    static ArticleActors get(long broadcastId, java.util.function.Supplier<byte[]> dictionary, int maxActorsPerArticle) {
        return BY_BROADCAST.computeIfAbsent(broadcastId + "#" + maxActorsPerArticle, k -> new ArticleActors(
                new ActorMatcher(ActorDictionary.fromBytes(dictionary.get()), MatchingRules.defaults()),
                CandidateFinder.withDefaults(), maxActorsPerArticle));
    }
}
