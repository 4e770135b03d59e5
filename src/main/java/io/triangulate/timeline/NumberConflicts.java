package io.triangulate.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts of the same thing that cannot both be right: same counted noun, sentences naming mostly the
 * same actors (Jaccard at least {@link TimelineSettings#numberActorOverlap()}), no incompatible dates
 * in the two sentences, ranges that do not overlap, from different articles. "مقتل جنود" (soldiers
 * killed, at least three) agrees with "مقتل ثلاثة"; 102 attacks against 98 attacks does not.
 */
final class NumberConflicts {

    /** One side-by-side disagreement. */
    record Side(String description, List<TimelineClaim> a, List<TimelineClaim> b, String labelA, String labelB) {
    }

    private record Cluster(TimelineClaim seed, List<TimelineClaim> members) {
    }

    private final TimelineSettings settings;

    NumberConflicts(TimelineSettings settings) {
        this.settings = settings;
    }

    List<Side> find(List<TimelineClaim> numbers) {
        Map<String, List<TimelineClaim>> byNoun = new TreeMap<>();
        for (TimelineClaim c : numbers) {
            byNoun.computeIfAbsent(c.getNoun(), k -> new ArrayList<>()).add(c);
        }
        List<Side> out = new ArrayList<>();
        for (Map.Entry<String, List<TimelineClaim>> e : byNoun.entrySet()) {
            for (List<TimelineClaim> sameThing : sameThings(e.getValue())) {
                compare(e.getKey(), sameThing, out);
            }
        }
        return out;
    }

    /** Greedy grouping by actor overlap with each group's first claim; claims without actors stay alone. */
    private List<List<TimelineClaim>> sameThings(List<TimelineClaim> claims) {
        List<List<TimelineClaim>> groups = new ArrayList<>();
        for (TimelineClaim c : claims) {
            Optional<List<TimelineClaim>> home = groups.stream()
                    .filter(g -> jaccard(g.get(0).getActors(), c.getActors()) >= settings.numberActorOverlap()
                            && datesFit(g.get(0), c)).findFirst();
            if (home.isPresent()) {
                home.get().add(c);
            } else {
                List<TimelineClaim> g = new ArrayList<>();
                g.add(c);
                groups.add(g);
            }
        }
        return groups;
    }

    private void compare(String noun, List<TimelineClaim> claims, List<Side> out) {
        List<TimelineClaim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparingLong((TimelineClaim c) -> width(c)).thenComparing(StoryAligner.READING_ORDER));
        List<Cluster> clusters = new ArrayList<>();
        for (TimelineClaim c : sorted) {
            Optional<Cluster> home = clusters.stream().filter(k -> overlap(k.seed(), c)).findFirst();
            if (home.isPresent()) {
                home.get().members().add(c);
            } else {
                List<TimelineClaim> m = new ArrayList<>();
                m.add(c);
                clusters.add(new Cluster(c, m));
            }
        }
        for (int i = 0; i < clusters.size(); i++) {
            for (int j = i + 1; j < clusters.size(); j++) {
                Cluster a = clusters.get(i);
                Cluster b = clusters.get(j);
                TreeSet<String> articles = ConflictFinder.articles(a.members());
                articles.addAll(ConflictFinder.articles(b.members()));
                if (articles.size() < 2) {
                    continue; // one article giving two counts is usually counting two things
                }
                String d = String.format(Locale.ROOT, "%s counted %s by %s but %s by %s", noun, label(a.seed()),
                        String.join(", ", ConflictFinder.outlets(a.members())), label(b.seed()),
                        String.join(", ", ConflictFinder.outlets(b.members())));
                out.add(new Side(d, a.members(), b.members(), label(a.seed()), label(b.seed())));
            }
        }
    }

    static String label(TimelineClaim c) {
        if (c.getNumberHigh() < 0) {
            return "≥" + c.getNumberLow();
        }
        return c.getNumberLow() == c.getNumberHigh() ? Long.toString(c.getNumberLow())
                : c.getNumberLow() + "–" + c.getNumberHigh();
    }

    private static long width(TimelineClaim c) {
        return c.getNumberHigh() < 0 ? Long.MAX_VALUE : c.getNumberHigh() - c.getNumberLow();
    }

    private static boolean overlap(TimelineClaim a, TimelineClaim b) {
        long aHigh = a.getNumberHigh() < 0 ? Long.MAX_VALUE : a.getNumberHigh();
        long bHigh = b.getNumberHigh() < 0 ? Long.MAX_VALUE : b.getNumberHigh();
        return a.getNumberLow() <= bHigh && b.getNumberLow() <= aHigh;
    }

    /** Counts dated to different times may both be right; undated counts fit any date. */
    private static boolean datesFit(TimelineClaim a, TimelineClaim b) {
        if (a.getSentenceDates().isEmpty() || b.getSentenceDates().isEmpty()) {
            return true;
        }
        for (String x : a.getSentenceDates()) {
            for (String y : b.getSentenceDates()) {
                Optional<TimeValue> tx = parse(x);
                Optional<TimeValue> ty = parse(y);
                if (tx.isPresent() && ty.isPresent() && tx.get().agreesWith(ty.get())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<TimeValue> parse(String valueAndMod) {
        int bar = valueAndMod.indexOf('|');
        String mod = bar < 0 ? null : valueAndMod.substring(bar + 1);
        return TimeValue.parse(bar < 0 ? valueAndMod : valueAndMod.substring(0, bar), mod == null || mod.isEmpty() ? null : mod);
    }

    static double jaccard(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        TreeSet<String> union = new TreeSet<>(a);
        union.addAll(b);
        long common = a.stream().distinct().filter(b::contains).count();
        return (double) common / union.size();
    }
}
