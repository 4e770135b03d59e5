package io.triangulate.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges each article's dated claims against the story's consensus, for outlet consistency.
 * Rival entries (one event, two dates) form a group; the consensus is the entry the most outlets
 * date, then the most specific. For the "first in N" durations of an entry, the consensus is the
 * value the most outlets give, a value that also fits the dates the articles give for the previous
 * event winning ties. Only subjects at least {@link TimelineSettings#minOutletsForConsensus()}
 * outlets speak about are judged: a lone claim has nothing to agree with.
 */
final class ConsensusJudge {

    private final String storyId;
    private final TimelineSettings settings;

    ConsensusJudge(String storyId, TimelineSettings settings) {
        this.storyId = storyId;
        this.settings = settings;
    }

    List<OutletClaimRow> judge(List<TimelineEntry> entries, List<TimelineEntry[]> rivals) {
        List<OutletClaimRow> out = new ArrayList<>();
        for (List<TimelineEntry> group : groups(entries, rivals)) {
            TreeSet<String> outlets = new TreeSet<>();
            group.forEach(e -> outlets.addAll(e.outlets(e.plainClaims())));
            if (outlets.size() < settings.minOutletsForConsensus()) {
                continue;
            }
            TimelineEntry winner = group.stream().max(Comparator.comparingInt((TimelineEntry e) -> e.outlets(e.plainClaims()).size())
                    .thenComparing(e -> -e.consensus.coarseness()).thenComparing(e -> e.id, Comparator.reverseOrder())).orElseThrow();
            for (TimelineEntry e : group) {
                Set<String> seen = new LinkedHashSet<>();
                for (TimelineClaim c : e.plainClaims()) {
                    if (seen.add(c.getArticleId())) {
                        out.add(claim(c, winner.id, e.consensus.label(), e == winner));
                    }
                }
            }
        }
        for (TimelineEntry e : entries) {
            durations(e, out);
        }
        return out;
    }

    private void durations(TimelineEntry e, List<OutletClaimRow> out) {
        List<ConflictFinder.GapCluster> clusters = ConflictFinder.gapClusters(e);
        TreeSet<String> outlets = new TreeSet<>();
        clusters.forEach(c -> c.members().forEach(g -> outlets.add(g.claim().getOutlet())));
        if (clusters.isEmpty() || outlets.size() < settings.minOutletsForConsensus()) {
            return;
        }
        ConflictFinder.GapCluster winner = clusters.stream().max(Comparator.comparingDouble(c -> support(e, c))).orElseThrow();
        for (ConflictFinder.GapCluster c : clusters) {
            Set<String> seen = new LinkedHashSet<>();
            for (TimelineEntry.Gap g : c.members()) {
                if (seen.add(g.claim().getArticleId())) {
                    out.add(claim(g.claim(), e.id + "/gap", g.duration().label(), c == winner));
                }
            }
        }
    }

    /** Outlets giving the value, plus half an outlet when the previous event's dates fit it. */
    private static double support(TimelineEntry e, ConflictFinder.GapCluster c) {
        TreeSet<String> outlets = new TreeSet<>();
        c.members().forEach(g -> outlets.add(g.claim().getOutlet()));
        boolean fitsAnchors = !e.anchors.isEmpty() && e.anchors.stream().allMatch(a -> {
            long[] r = e.consensus.daysSince(a.time());
            return c.seed().allows(r[0], r[1]);
        });
        return outlets.size() + (fitsAnchors ? 0.5 : 0);
    }

    /** Reported entries grouped by rivalry (union–find over rival pairs), in entry order. */
    private static List<List<TimelineEntry>> groups(List<TimelineEntry> entries, List<TimelineEntry[]> rivals) {
        Map<TimelineEntry, TimelineEntry> parent = new HashMap<>();
        entries.stream().filter(TimelineEntry::reported).forEach(e -> parent.put(e, e));
        for (TimelineEntry[] pair : rivals) {
            parent.put(root(parent, pair[0]), root(parent, pair[1]));
        }
        Map<TimelineEntry, List<TimelineEntry>> byRoot = new java.util.LinkedHashMap<>();
        for (TimelineEntry e : entries) {
            if (parent.containsKey(e)) {
                byRoot.computeIfAbsent(root(parent, e), k -> new ArrayList<>()).add(e);
            }
        }
        return new ArrayList<>(byRoot.values());
    }

    private static TimelineEntry root(Map<TimelineEntry, TimelineEntry> parent, TimelineEntry e) {
        TimelineEntry r = e;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }

    private OutletClaimRow claim(TimelineClaim c, String subject, String value, boolean agrees) {
        OutletClaimRow r = new OutletClaimRow();
        r.setStoryId(storyId);
        r.setOutlet(c.getOutlet());
        r.setArticleId(c.getArticleId());
        r.setSubject(subject);
        r.setValue(value);
        r.setAgrees(agrees);
        return r;
    }
}
