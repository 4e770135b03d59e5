package io.triangulate.actors;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorNetworksTest {

    private static CooccurrenceRow row(String a, String b, long sentences, double g2) {
        CooccurrenceRow r = new CooccurrenceRow();
        r.setActorA(a);
        r.setActorB(b);
        r.setNameA(a.toUpperCase());
        r.setNameB(b.toUpperCase());
        r.setTypeA("country");
        r.setTypeB("country");
        r.setWindow("sentence");
        r.setOutlet("*");
        r.setSentences(sentences);
        r.setG2(g2);
        r.setNpmi(0.5);
        return r;
    }

    /** Two triangles joined by one bridge a3–b1. */
    private static List<CooccurrenceRow> twoTriangles() {
        List<CooccurrenceRow> rows = new ArrayList<>();
        rows.add(row("a1", "a2", 9, 30));
        rows.add(row("a1", "a3", 8, 29));
        rows.add(row("a2", "a3", 7, 28));
        rows.add(row("b1", "b2", 9, 27));
        rows.add(row("b1", "b3", 8, 26));
        rows.add(row("b2", "b3", 7, 25));
        rows.add(row("a3", "b1", 1, 5));
        rows.add(row("a1", "b3", 1, -3)); // repulsion: never an edge
        return rows;
    }

    @Test
    void degreeBetweennessCommunitiesAndLayout() {
        ActorNetwork n = ActorNetworks.build(twoTriangles(), "sentence", 150);
        assertEquals(7, n.edges().size());
        assertEquals(6, n.nodes().size());
        ActorNetwork.Node a3 = n.nodes().stream().filter(x -> x.id().equals("a3")).findFirst().orElseThrow();
        ActorNetwork.Node a2 = n.nodes().stream().filter(x -> x.id().equals("a2")).findFirst().orElseThrow();
        assertEquals(8 + 7 + 1, a3.weightedDegree(), 1e-9);
        assertTrue(a3.betweenness() > a2.betweenness());
        assertEquals(n.nodes().stream().filter(x -> x.id().startsWith("a")).map(ActorNetwork.Node::community).distinct().count(), 1);
        assertTrue(n.nodes().stream().allMatch(x -> x.x() >= 0 && x.x() <= 1 && x.y() >= 0 && x.y() <= 1));
    }

    @Test
    void sameInputSamePicture() {
        assertEquals(ActorNetworks.build(twoTriangles(), "sentence", 150), ActorNetworks.build(twoTriangles(), "sentence", 150));
    }

    @Test
    void edgeBudgetKeepsTheStrongest() {
        ActorNetwork n = ActorNetworks.build(twoTriangles(), "sentence", 3);
        assertEquals(List.of("a1-a2", "a1-a3", "a2-a3"), n.edges().stream().map(e -> e.a() + "-" + e.b()).toList());
    }
}
