package io.triangulate.actors;

import org.apache.spark.sql.Dataset;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;

/**
 * Builds the actor network on the driver from a bounded number of the strongest pairs (all outlets,
 * sentence window when present). Vertices are inserted in id order and every random choice uses a fixed
 * seed, so the same pairs always give the same communities and the same picture.
 */
public final class ActorNetworks {

    private static final long SEED = 20240110L;
    private static final int LAYOUT_ITERATIONS = 300;

    private ActorNetworks() {
    }

    public static ActorNetwork build(Dataset<CooccurrenceRow> cooccurrence, int maxEdges) {
        Dataset<CooccurrenceRow> all = cooccurrence.filter(col("outlet").equalTo("*"));
        String window = all.filter(col("window").equalTo("sentence")).isEmpty() ? "article" : "sentence";
        List<CooccurrenceRow> strongest = all.filter(col("window").equalTo(window))
                .orderBy(desc("g2"), col("actorA"), col("actorB")).limit(maxEdges).collectAsList();
        return build(strongest, window, maxEdges);
    }

    /** The network of at most {@code maxEdges} of {@code rows} (strongest by G², ties by ids). */
    public static ActorNetwork build(List<CooccurrenceRow> rows, String window, int maxEdges) {
        List<CooccurrenceRow> edges = rows.stream().filter(r -> r.getG2() > 0)
                .sorted(Comparator.comparingDouble(CooccurrenceRow::getG2).reversed()
                        .thenComparing(CooccurrenceRow::getActorA).thenComparing(CooccurrenceRow::getActorB))
                .limit(maxEdges).toList();
        Map<String, String[]> labels = new TreeMap<>(); // id → name, nameAr, type
        for (CooccurrenceRow r : edges) {
            labels.putIfAbsent(r.getActorA(), new String[]{r.getNameA(), r.getNameArA(), r.getTypeA()});
            labels.putIfAbsent(r.getActorB(), new String[]{r.getNameB(), r.getNameArB(), r.getTypeB()});
        }
        SimpleWeightedGraph<String, DefaultWeightedEdge> weighted = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        SimpleGraph<String, DefaultEdge> plain = new SimpleGraph<>(DefaultEdge.class);
        labels.keySet().forEach(v -> {
            weighted.addVertex(v);
            plain.addVertex(v);
        });
        List<ActorNetwork.Edge> out = new ArrayList<>();
        for (CooccurrenceRow r : edges.stream().sorted(Comparator.comparing(CooccurrenceRow::getActorA)
                .thenComparing(CooccurrenceRow::getActorB)).toList()) {
            double weight = r.support();
            weighted.setEdgeWeight(weighted.addEdge(r.getActorA(), r.getActorB()), weight);
            plain.addEdge(r.getActorA(), r.getActorB());
            out.add(new ActorNetwork.Edge(r.getActorA(), r.getActorB(), weight, r.getNpmi()));
        }
        Map<String, Double> betweenness = new BetweennessCentrality<>(plain, true).getScores();
        Map<String, Integer> community = communities(weighted);
        Map<String, double[]> position = layout(weighted);
        List<ActorNetwork.Node> nodes = new ArrayList<>();
        for (Map.Entry<String, String[]> e : labels.entrySet()) {
            String id = e.getKey();
            double degree = weighted.edgesOf(id).stream().mapToDouble(weighted::getEdgeWeight).sum();
            nodes.add(new ActorNetwork.Node(id, e.getValue()[0], e.getValue()[1], e.getValue()[2], degree,
                    betweenness.getOrDefault(id, 0.0), community.get(id), position.get(id)[0], position.get(id)[1]));
        }
        return new ActorNetwork(window, nodes, out);
    }

    /** Label propagation with a fixed seed; communities renumbered by size (largest = 0), then smallest id. */
    private static Map<String, Integer> communities(Graph<String, DefaultWeightedEdge> graph) {
        ClusteringAlgorithm.Clustering<String> clustering =
                new LabelPropagationClustering<>(graph, 100, new Random(SEED)).getClustering();
        List<List<String>> groups = new ArrayList<>();
        for (Set<String> c : clustering.getClusters()) {
            groups.add(c.stream().sorted().toList());
        }
        groups.sort(Comparator.<List<String>>comparingInt(g -> -g.size()).thenComparing(g -> g.get(0)));
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            for (String v : groups.get(i)) {
                out.put(v, i);
            }
        }
        return out;
    }

    /** Fruchterman-Reingold with a fixed seed, rescaled so the drawing spans [0, 1] on both axes. */
    private static Map<String, double[]> layout(Graph<String, DefaultWeightedEdge> graph) {
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(1.0, 1.0));
        if (graph.vertexSet().size() > 1) {
            new FRLayoutAlgorithm2D<String, DefaultWeightedEdge>(LAYOUT_ITERATIONS, 0.5, new Random(SEED))
                    .layout(graph, model);
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (String v : graph.vertexSet()) {
            Point2D p = model.get(v) == null ? Point2D.of(0.5, 0.5) : model.get(v);
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        Map<String, double[]> out = new HashMap<>();
        for (String v : graph.vertexSet()) {
            Point2D p = model.get(v) == null ? Point2D.of(0.5, 0.5) : model.get(v);
            out.put(v, new double[]{scale(p.getX(), minX, maxX), scale(p.getY(), minY, maxY)});
        }
        return out;
    }

    private static double scale(double value, double min, double max) {
        return max - min < 1e-12 ? 0.5 : (value - min) / (max - min);
    }
}
