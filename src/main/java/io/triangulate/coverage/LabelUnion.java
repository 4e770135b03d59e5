package io.triangulate.coverage;

import scala.Tuple2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Union-find over the label pairs one partition holds (one round of story components): which labels
 * the pairs join, each represented by the smallest label of its group.
 */
final class LabelUnion {

    private final Map<String, String> parent = new HashMap<>();

    private LabelUnion() {
    }

    static LabelUnion of(Iterator<Tuple2<String, String>> pairs) {
        LabelUnion u = new LabelUnion();
        pairs.forEachRemaining(p -> u.union(p._1(), p._2()));
        return u;
    }

    private void union(String a, String b) {
        String ra = root(a);
        String rb = root(b);
        if (!ra.equals(rb)) {
            // the smaller label is the root, so each root is the smallest label of its group
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    private String root(String x) {
        String r = x;
        String p;
        while ((p = parent.get(r)) != null && !p.equals(r)) {
            r = p;
        }
        // path compression: point every label on the way straight at the root
        String y = x;
        while (!y.equals(r)) {
            String next = parent.get(y);
            parent.put(y, r);
            y = next;
        }
        return r;
    }

    /** (label, smallest label of its group) for every label that is not the smallest of its group. */
    List<Tuple2<String, String>> smallerLabels() {
        List<Tuple2<String, String>> out = new ArrayList<>();
        for (String label : new ArrayList<>(parent.keySet())) {
            String r = root(label);
            if (!r.equals(label)) {
                out.add(new Tuple2<>(label, r));
            }
        }
        return out;
    }
}
