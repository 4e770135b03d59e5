package io.triangulate.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One event of a story while it is being aligned: the dated mentions merged into it, and the claims
 * linked to it (how long since the previous one, when the previous one was, direct or indirect).
 */
final class TimelineEntry {

    /** A dated mention and its reading. */
    record Dated(TimelineClaim claim, TimeValue time) {
        boolean plain() {
            return "at".equals(claim.getRelation()) && !claim.isDistinct();
        }
    }

    /** A duration claim ("the first in ten months") and its reading. */
    record Gap(TimelineClaim claim, DurationValue duration) {
    }

    /** A date an earlier event is put at ("since January", "the last talks were in May"). */
    record Anchor(TimelineClaim claim, TimeValue time) {
    }

    final String family;
    final TimeValue consensus;
    final List<Dated> dated = new ArrayList<>();
    final TreeSet<String> actors = new TreeSet<>();
    final List<Gap> gaps = new ArrayList<>();
    final List<Anchor> anchors = new ArrayList<>();
    final List<TimelineClaim> directness = new ArrayList<>();
    String id;
    boolean conflicting;

    TimelineEntry(String family, Dated first) {
        this.family = family;
        this.consensus = first.time();
        add(first);
    }

    void add(Dated d) {
        dated.add(d);
        actors.addAll(d.claim().getActors());
    }

    /** Whether some article reports this event as having happened then. */
    boolean reported() {
        return dated.stream().anyMatch(Dated::plain);
    }

    List<TimelineClaim> plainClaims() {
        return dated.stream().filter(Dated::plain).map(Dated::claim).toList();
    }

    TreeSet<String> outlets(List<TimelineClaim> claims) {
        TreeSet<String> out = new TreeSet<>();
        claims.forEach(c -> out.add(c.getOutlet()));
        return out;
    }

    TreeSet<String> articles() {
        TreeSet<String> out = new TreeSet<>();
        dated.forEach(d -> out.add(d.claim().getArticleId()));
        return out;
    }

    /** The event type most of the merged mentions name (ties: alphabetical, for stable output). */
    String eventType() {
        java.util.TreeMap<String, Integer> counts = new java.util.TreeMap<>();
        dated.forEach(d -> counts.merge(d.claim().getEventType(), 1, Integer::sum));
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Whether two actor sets may belong to one event; an unknown (empty) set fits any. */
    static boolean actorsOverlap(java.util.Collection<String> a, java.util.Collection<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
