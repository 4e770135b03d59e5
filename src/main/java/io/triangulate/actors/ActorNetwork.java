package io.triangulate.actors;

import java.io.Serializable;
import java.util.List;

/**
 * The network of the strongest pairs, for the report's figure: nodes with their centrality, community
 * and a deterministic layout position (x, y in [0, 1]); edges weighted by co-occurrence count.
 *
 * @param window the co-occurrence window the edges come from ("sentence" or "article")
 */
public record ActorNetwork(String window, List<Node> nodes, List<Edge> edges) implements Serializable {

    /**
     * @param weightedDegree sum of the weights of the node's edges
     * @param betweenness    normalized betweenness centrality over the unweighted network
     * @param community      community number, 0 = largest
     */
    public record Node(String id, String name, String nameAr, String type, double weightedDegree, double betweenness,
                       int community, double x, double y) implements Serializable {
    }

    /** @param weight co-occurrence count in the window (sentences or articles) */
    public record Edge(String a, String b, double weight, double npmi) implements Serializable {
    }
}
