package io.triangulate.actors;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the actor stage (read by Jackson; absent fields take the defaults).
 *
 * @param dictionaries        extra dictionary files (paths or file: URIs) merged onto the default one, in order
 * @param minPairSupport      a pair is reported when named together in at least this many units (sentences or
 *                            articles, by window) of a slice; default 2
 * @param maxNetworkEdges     strongest pairs drawn in the network; default 150
 * @param windows             co-occurrence windows: "sentence", "article"; default both
 * @param candidatesMinCount  an unknown name is listed when seen at least this often; default 2
 * @param maxActorsPerArticle pairs per article are formed among at most this many most-mentioned actors; default 40
 * @param changeRatio         a pair whose rate (per unit) changed by at least this factor since the previous
 *                            period is rising or falling; default 1.5
 * @param topN                length of the headline lists; default 10
 */
public record ActorSettings(List<String> dictionaries, Integer minPairSupport, Integer maxNetworkEdges,
                            List<String> windows, Integer candidatesMinCount, Integer maxActorsPerArticle,
                            Double changeRatio, Integer topN) implements Serializable {

    public static final List<String> WINDOWS = List.of("sentence", "article");

    public ActorSettings {
        dictionaries = dictionaries == null ? List.of() : List.copyOf(dictionaries);
        minPairSupport = minPairSupport == null ? 2 : minPairSupport;
        maxNetworkEdges = maxNetworkEdges == null ? 150 : maxNetworkEdges;
        windows = windows == null ? WINDOWS : List.copyOf(windows);
        candidatesMinCount = candidatesMinCount == null ? 2 : candidatesMinCount;
        maxActorsPerArticle = maxActorsPerArticle == null ? 40 : maxActorsPerArticle;
        changeRatio = changeRatio == null ? 1.5 : changeRatio;
        topN = topN == null ? 10 : topN;
    }

    /** The same settings with the dictionary files replaced (the job loader resolves their paths). */
    public ActorSettings withDictionaries(List<String> files) {
        return new ActorSettings(files, minPairSupport, maxNetworkEdges, windows, candidatesMinCount,
                maxActorsPerArticle, changeRatio, topN);
    }

    public static ActorSettings defaults() {
        return new ActorSettings(null, null, null, null, null, null, null, null);
    }

    /** Problems, each naming the bad field; empty when the settings are usable. */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        if (minPairSupport < 1) {
            problems.add("actors.minPairSupport must be at least 1, not " + minPairSupport);
        }
        if (maxNetworkEdges < 1 || maxNetworkEdges > 5000) {
            problems.add("actors.maxNetworkEdges must be between 1 and 5000, not " + maxNetworkEdges);
        }
        if (windows.isEmpty() || !WINDOWS.containsAll(windows)) {
            problems.add("actors.windows must be a non-empty subset of " + WINDOWS + ", not " + windows);
        }
        if (candidatesMinCount < 1) {
            problems.add("actors.candidatesMinCount must be at least 1, not " + candidatesMinCount);
        }
        if (maxActorsPerArticle < 2 || maxActorsPerArticle > 500) {
            problems.add("actors.maxActorsPerArticle must be between 2 and 500, not " + maxActorsPerArticle);
        }
        if (changeRatio <= 1.0) {
            problems.add("actors.changeRatio must be greater than 1, not " + changeRatio);
        }
        if (topN < 1) {
            problems.add("actors.topN must be at least 1, not " + topN);
        }
        for (String file : dictionaries) {
            if (file == null || file.isBlank()) {
                problems.add("actors.dictionaries contains an empty entry");
            }
        }
        return problems;
    }
}
