package io.triangulate.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds where one story's articles disagree: rival dates for one event (date), different "first in N"
 * durations (duration), a duration that the article's own earlier date contradicts (implied_gap),
 * direct against indirect talks (contradiction), and different counts of the same thing (number).
 * Every conflict lists both sides' outlets, articles and evidence. Pure: no Spark.
 */
final class ConflictFinder {

    /** Duration claims that agree with one another; the first is the most exact. */
    record GapCluster(DurationValue seed, List<TimelineEntry.Gap> members) {
    }

    private final String storyId;
    private final TimelineSettings settings;
    private final TimelineLexicon lexicon = TimelineLexicon.shared();
    private final List<ConflictRow> out = new ArrayList<>();
    private final List<TimelineEntry[]> rivals = new ArrayList<>();

    ConflictFinder(String storyId, TimelineSettings settings) {
        this.storyId = storyId;
        this.settings = settings;
    }

    List<ConflictRow> find(List<TimelineEntry> entries, List<TimelineClaim> numbers) {
        dates(entries);
        for (TimelineEntry e : entries) {
            durations(e);
            impliedGaps(e);
            contradictions(e);
        }
        new NumberConflicts(settings).find(numbers).forEach(s -> add("number", s.description(), s.a(), s.b(), s.labelA(), s.labelB(), null));
        return out;
    }

    /** Pairs of entries found to be rival dates of one event. */
    List<TimelineEntry[]> rivalPairs() {
        return rivals;
    }

    /**
     * Two reported entries of one non-recurring family (talks, not strikes) whose dates do not overlap but lie within the conflict window,
     * with overlapping actors, dated by different articles: one event given two dates. Entries per story
     * are capped, so comparing them pairwise stays bounded.
     */
    private void dates(List<TimelineEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry a = entries.get(i);
            for (int j = i + 1; j < entries.size(); j++) {
                TimelineEntry b = entries.get(j);
                if (!a.family.equals(b.family) || !a.reported() || !b.reported() || lexicon.recurs(a.family)) {
                    continue;
                }
                long gap = a.consensus.gapDays(b.consensus);
                if (gap == 0 || gap > settings.conflictWindowDays() || !TimelineEntry.actorsOverlap(a.actors, b.actors)) {
                    continue;
                }
                List<TimelineClaim> ca = a.plainClaims();
                List<TimelineClaim> cb = b.plainClaims();
                if (articles(ca).equals(articles(cb)) && articles(ca).size() == 1) {
                    continue; // one article dating two events of a kind a day apart reports two events
                }
                a.conflicting = true;
                b.conflicting = true;
                rivals.add(new TimelineEntry[]{a, b});
                String d = String.format(Locale.ROOT, "%s dated %s by %s but %s by %s (%d days apart)", a.eventType(),
                        a.consensus.label(), String.join(", ", outlets(ca)), b.consensus.label(),
                        String.join(", ", outlets(cb)), gap);
                add("date", d, ca, cb, a.consensus.label(), b.consensus.label(), a.id + " | " + b.id);
            }
        }
    }

    static List<GapCluster> gapClusters(TimelineEntry e) {
        List<TimelineEntry.Gap> gaps = new ArrayList<>(e.gaps);
        gaps.sort(Comparator.comparing((TimelineEntry.Gap g) -> g.duration().mod() != null)
                .thenComparingDouble(g -> g.duration().maxDays() - g.duration().minDays())
                .thenComparing(TimelineEntry.Gap::claim, StoryAligner.READING_ORDER));
        List<GapCluster> clusters = new ArrayList<>();
        for (TimelineEntry.Gap g : gaps) {
            Optional<GapCluster> home = clusters.stream().filter(c -> c.seed().agreesWith(g.duration())).findFirst();
            if (home.isPresent()) {
                home.get().members().add(g);
            } else {
                List<TimelineEntry.Gap> members = new ArrayList<>();
                members.add(g);
                clusters.add(new GapCluster(g.duration(), members));
            }
        }
        return clusters;
    }

    private void durations(TimelineEntry e) {
        List<GapCluster> clusters = gapClusters(e);
        for (int i = 0; i < clusters.size(); i++) {
            for (int j = i + 1; j < clusters.size(); j++) {
                GapCluster a = clusters.get(i);
                GapCluster b = clusters.get(j);
                List<TimelineClaim> ca = claims(a.members());
                List<TimelineClaim> cb = claims(b.members());
                e.conflicting = true;
                add("duration", String.format(Locale.ROOT, "%s of %s: %s say the first in %s, %s say %s", e.eventType(),
                        e.consensus.label(), String.join(", ", outlets(ca)), words(a), String.join(", ", outlets(cb)),
                        words(b)), ca, cb, labels(a), labels(b), e.id);
            }
        }
    }

    /** A stated "first in N" against the gap implied by a date given for the previous such event. */
    private void impliedGaps(TimelineEntry e) {
        for (TimelineEntry.Anchor anchor : e.anchors) {
            long[] range = e.consensus.daysSince(anchor.time());
            for (GapCluster c : gapClusters(e)) {
                if (c.seed().allows(range[0], range[1])) {
                    continue;
                }
                e.conflicting = true;
                List<TimelineClaim> ca = claims(c.members());
                String implied = anchor.time().label() + " → " + e.consensus.label() + " ≈ " + DurationValue.months(range[0], range[1]);
                String d = String.format(Locale.ROOT, "%s of %s: %s say the first in %s, but the previous one is dated %s by %s, a gap of %s",
                        e.eventType(), e.consensus.label(), String.join(", ", outlets(ca)), words(c), anchor.time().label(),
                        anchor.claim().getOutlet(), DurationValue.months(range[0], range[1]));
                add("implied_gap", d, ca, List.of(anchor.claim()), labels(c), implied, e.id);
            }
        }
    }

    private void contradictions(TimelineEntry e) {
        List<TimelineClaim> direct = e.directness.stream().filter(c -> "direct".equals(c.getDirectness())).toList();
        List<TimelineClaim> indirect = e.directness.stream().filter(c -> "indirect".equals(c.getDirectness())).toList();
        if (direct.isEmpty() || indirect.isEmpty()) {
            return;
        }
        e.conflicting = true;
        String d = String.format(Locale.ROOT, "%s of %s called direct by %s and indirect by %s", e.eventType(),
                e.consensus.label(), String.join(", ", outlets(direct)), String.join(", ", outlets(indirect)));
        add("contradiction", d, direct, indirect, "direct", "indirect", e.id);
    }

    private void add(String kind, String description, List<TimelineClaim> a, List<TimelineClaim> b,
                     String valueA, String valueB, String entryId) {
        List<TimelineClaim> sa = a.stream().sorted(StoryAligner.READING_ORDER).toList();
        List<TimelineClaim> sb = b.stream().sorted(StoryAligner.READING_ORDER).toList();
        ConflictRow r = new ConflictRow();
        r.setStoryId(storyId);
        r.setConflictId(storyId + "/" + kind + "-" + (out.size() + 1));
        r.setKind(kind);
        r.setDescription(description);
        r.setValueA(valueA);
        r.setValueB(valueB);
        r.setOutletsA(new ArrayList<>(outlets(sa)));
        r.setOutletsB(new ArrayList<>(outlets(sb)));
        r.setArticlesA(new ArrayList<>(articles(sa)));
        r.setArticlesB(new ArrayList<>(articles(sb)));
        r.setEvidenceA(sa.get(0).getSentenceText());
        r.setEvidenceB(sb.get(0).getSentenceText());
        r.setRefA(ref(sa.get(0)));
        r.setRefB(ref(sb.get(0)));
        r.setRefsA(sa.stream().map(ConflictFinder::ref).distinct().limit(settings.maxRefsPerSide()).toList());
        r.setRefsB(sb.stream().map(ConflictFinder::ref).distinct().limit(settings.maxRefsPerSide()).toList());
        r.setEntryId(entryId);
        r.setSharpness(Math.min(r.getOutletsA().size(), r.getOutletsB().size()));
        out.add(r);
    }

    /** "articleId#sentence@start-end": where the claim is printed. */
    static String ref(TimelineClaim c) {
        return c.getArticleId() + "#" + c.getSentenceIndex() + "@" + c.getSpanStart() + "-" + c.getSpanEnd();
    }

    private static List<TimelineClaim> claims(List<TimelineEntry.Gap> gaps) {
        return gaps.stream().map(TimelineEntry.Gap::claim).toList();
    }

    private static String words(GapCluster c) {
        TreeSet<String> words = new TreeSet<>();
        c.members().forEach(g -> words.add(g.duration().words()));
        return String.join(" / ", words);
    }

    private static String labels(GapCluster c) {
        TreeSet<String> labels = new TreeSet<>();
        c.members().forEach(g -> labels.add(g.duration().label()));
        return String.join(" / ", labels);
    }

    static TreeSet<String> outlets(List<TimelineClaim> claims) {
        TreeSet<String> s = new TreeSet<>();
        claims.forEach(c -> s.add(c.getOutlet()));
        return s;
    }

    static TreeSet<String> articles(List<TimelineClaim> claims) {
        TreeSet<String> s = new TreeSet<>();
        claims.forEach(c -> s.add(c.getArticleId()));
        return s;
    }
}
