package io.triangulate.timeline;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Aligns one story's claims across its articles: merges dated event mentions into timeline entries,
 * links duration, earlier-date and directness claims to the entry they speak about, then hands the
 * entries to {@link ConflictFinder} and {@link ConsensusJudge}. Pure: no Spark. Work is bounded by
 * {@link TimelineSettings#maxClaimsPerStory()}: comparisons are within a story only.
 */
public final class StoryAligner implements Serializable {

    /** Everything the timeline says about one story. */
    public record StoryTimeline(List<TimelineEntryRow> entries, List<ConflictRow> conflicts, List<OutletClaimRow> claims) {
    }

    static final Comparator<TimelineClaim> READING_ORDER = Comparator.comparing(TimelineClaim::getArticleId)
            .thenComparingInt(TimelineClaim::getSentenceIndex).thenComparingInt(TimelineClaim::getSpanStart)
            .thenComparingInt(TimelineClaim::getSpanEnd).thenComparing(TimelineClaim::getKind)
            .thenComparing(c -> c.getTriggerStart());

    private final TimelineSettings settings;

    public StoryAligner(TimelineSettings settings) {
        this.settings = settings;
    }

    public StoryTimeline align(String storyId, List<TimelineClaim> claims) {
        List<TimelineClaim> sorted = new ArrayList<>(claims);
        sorted.sort(READING_ORDER);
        List<TimelineClaim> events = capped(sorted, "event", settings.maxClaimsPerStory());
        List<TimelineEntry> entries = buildEntries(events);
        name(storyId, entries);
        link(events, capped(sorted, "directness", settings.maxClaimsPerStory()), entries);
        ConflictFinder finder = new ConflictFinder(storyId, settings);
        List<ConflictRow> conflicts = finder.find(entries, capped(sorted, "number", settings.maxNumbersPerStory()));
        List<OutletClaimRow> judged = new ConsensusJudge(storyId, settings).judge(entries, finder.rivalPairs());
        List<TimelineEntryRow> rows = entries.stream().map(e -> row(storyId, e)).toList();
        return new StoryTimeline(rows, conflicts, judged);
    }

    private static List<TimelineClaim> capped(List<TimelineClaim> sorted, String kind, int cap) {
        return sorted.stream().filter(c -> kind.equals(c.getKind())).limit(cap).toList();
    }

    /** Most specific dates first, so each entry's consensus is the finest value its articles give. */
    private List<TimelineEntry> buildEntries(List<TimelineClaim> events) {
        List<TimelineEntry.Dated> dated = new ArrayList<>();
        for (TimelineClaim c : events) {
            if (!"at".equals(c.getRelation()) && !"previous".equals(c.getRelation())) {
                continue;
            }
            Optional<TimeValue> v = TimeValue.parse(c.getValue(), c.getMod());
            if (v.isPresent() && v.get().coarseness() <= settings.coarsestRank()) {
                dated.add(new TimelineEntry.Dated(c, v.get()));
            }
        }
        dated.sort(Comparator.comparingInt((TimelineEntry.Dated d) -> d.time().coarseness())
                .thenComparingLong(d -> d.time().width()).thenComparing(d -> !d.time().yearKnown())
                .thenComparingLong(d -> d.time().firstDay())
                .thenComparing(TimelineEntry.Dated::claim, READING_ORDER));
        List<TimelineEntry> entries = new ArrayList<>();
        for (TimelineEntry.Dated d : dated) {
            TimelineEntry home = null;
            for (TimelineEntry e : entries) {
                if (e.family.equals(d.claim().getFamily()) && e.consensus.agreesWith(d.time())
                        && (!settings.requireActorOverlap() || TimelineEntry.actorsOverlap(e.actors, d.claim().getActors()))) {
                    home = e;
                    break;
                }
            }
            if (home == null) {
                entries.add(new TimelineEntry(d.claim().getFamily(), d));
            } else {
                home.add(d);
            }
        }
        return entries;
    }

    private static void name(String storyId, List<TimelineEntry> entries) {
        entries.sort(Comparator.comparing((TimelineEntry e) -> e.family).thenComparingLong(e -> e.consensus.firstDay())
                .thenComparingInt(e -> e.consensus.coarseness()).thenComparing(e -> e.consensus.value())
                .thenComparing(e -> e.dated.get(0).claim(), READING_ORDER));
        Map<String, Integer> counters = new HashMap<>();
        for (TimelineEntry e : entries) {
            int n = counters.merge(e.family, 1, Integer::sum);
            e.id = storyId + "/" + e.family + "-" + n;
        }
    }

    /** Attaches durations, earlier dates and directness to the entry their sentence or article is about. */
    private void link(List<TimelineClaim> events, List<TimelineClaim> directness, List<TimelineEntry> entries) {
        Map<String, TimelineEntry> bySentence = new HashMap<>();
        Map<String, TimelineEntry> byTrigger = new HashMap<>();
        Map<String, Map<TimelineEntry, Integer>> perArticle = new HashMap<>();
        for (TimelineEntry e : entries) {
            for (TimelineEntry.Dated d : e.dated) {
                TimelineClaim c = d.claim();
                byTrigger.put(c.getArticleId() + "@" + c.getTriggerStart(), e);
                if (d.plain()) {
                    bySentence.putIfAbsent(sentenceKey(c, e.family), e);
                    perArticle.computeIfAbsent(c.getArticleId() + "|" + e.family, k -> new HashMap<>()).merge(e, 1, Integer::sum);
                }
            }
        }
        for (TimelineClaim c : events) {
            String relation = c.getRelation();
            if ("gap".equals(relation)) {
                Optional<DurationValue> d = DurationValue.parse(c.getValue(), c.getMod(), settings.approxShare());
                Optional<TimelineEntry> e = target(c, bySentence, perArticle, entries);
                if (d.isPresent() && e.isPresent()) {
                    e.get().gaps.add(new TimelineEntry.Gap(c, d.get()));
                }
            } else if ("since".equals(relation) || "previous".equals(relation)) {
                Optional<TimeValue> t = TimeValue.parse(c.getValue(), c.getMod());
                Optional<TimelineEntry> e = "previous".equals(relation)
                        ? mainEntry(c, perArticle, entries) : target(c, bySentence, perArticle, entries);
                if (t.isPresent() && e.isPresent() && e.get().consensus.daysSince(t.get())[1] > 0) {
                    e.get().anchors.add(new TimelineEntry.Anchor(c, t.get()));
                }
            }
        }
        for (TimelineClaim c : directness) {
            TimelineEntry e = byTrigger.get(c.getArticleId() + "@" + c.getTriggerStart());
            Optional<TimelineEntry> target = e != null ? Optional.of(e) : target(c, bySentence, perArticle, entries);
            target.ifPresent(t -> t.directness.add(c));
        }
    }

    private static String sentenceKey(TimelineClaim c, String family) {
        return c.getArticleId() + "#" + c.getSentenceIndex() + "|" + family;
    }

    private Optional<TimelineEntry> target(TimelineClaim c, Map<String, TimelineEntry> bySentence,
                                           Map<String, Map<TimelineEntry, Integer>> perArticle, List<TimelineEntry> entries) {
        TimelineEntry same = bySentence.get(sentenceKey(c, c.getFamily()));
        return same != null ? Optional.of(same) : mainEntry(c, perArticle, entries);
    }

    /**
     * The entry of the claim's family its article dates most often (ties: the earlier entry); when the
     * article dates none, the entry of that family the most outlets date in the story.
     */
    private static Optional<TimelineEntry> mainEntry(TimelineClaim c, Map<String, Map<TimelineEntry, Integer>> perArticle,
                                                     List<TimelineEntry> entries) {
        Map<TimelineEntry, Integer> own = perArticle.get(c.getArticleId() + "|" + c.getFamily());
        if (own != null && !own.isEmpty()) {
            return own.entrySet().stream().max(Map.Entry.<TimelineEntry, Integer>comparingByValue()
                    .thenComparing(en -> en.getKey().id, Comparator.reverseOrder())).map(Map.Entry::getKey);
        }
        return entries.stream().filter(e -> e.family.equals(c.getFamily()) && e.reported())
                .max(Comparator.comparingInt((TimelineEntry e) -> e.outlets(e.plainClaims()).size())
                        .thenComparing(e -> e.id, Comparator.reverseOrder()));
    }

    private TimelineEntryRow row(String storyId, TimelineEntry e) {
        TimelineEntryRow r = new TimelineEntryRow();
        r.setStoryId(storyId);
        r.setEntryId(e.id);
        r.setEventType(e.eventType());
        r.setFamily(e.family);
        r.setValue(e.consensus.value());
        r.setMod(e.consensus.mod());
        r.setPrecision(e.consensus.precision());
        r.setFirstDay(e.consensus.yearKnown() ? LocalDate.ofEpochDay(e.consensus.firstDay()).toString() : null);
        r.setLastDay(e.consensus.yearKnown() ? LocalDate.ofEpochDay(e.consensus.lastDay()).toString() : null);
        r.setReported(e.reported());
        r.setActors(new ArrayList<>(e.actors));
        r.setArticles(new ArrayList<>(e.articles()));
        List<TimelineClaim> all = e.dated.stream().map(TimelineEntry.Dated::claim).toList();
        r.setOutlets(new ArrayList<>(e.outlets(all)));
        r.setAgreeingOutlets(e.outlets(all).size());
        r.setMentions(e.dated.size());
        r.setConflicting(e.conflicting);
        r.setEvidenceRefs(all.stream().map(ConflictFinder::ref).limit(settings.maxRefsPerSide()).toList());
        return r;
    }
}
