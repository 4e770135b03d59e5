package io.triangulate.timeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conflicts a careful reader finds in the five seeds, and the agreements that are not conflicts. */
class StoryAlignerTest {

    private static final TimelineSettings SETTINGS = TimelineSettings.defaults();

    private static StoryAligner.StoryTimeline align(SeedFixture seeds) {
        return new StoryAligner(SETTINGS).align("story", seeds.claims(SETTINGS, "story"));
    }

    private static List<ConflictRow> ofKind(StoryAligner.StoryTimeline t, String kind) {
        return t.conflicts().stream().filter(c -> c.getKind().equals(kind)).toList();
    }

    private static TimelineEntryRow entry(StoryAligner.StoryTimeline t, String family, String value) {
        return t.entries().stream().filter(e -> e.getFamily().equals(family) && e.getValue().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + family + " entry at " + value + ": " + t.entries().size()));
    }

    @Test
    void tenMonthsAgainstAboutEightMonths() {
        List<ConflictRow> d = ofKind(align(new SeedFixture()), "duration");
        assertEquals(1, d.size());
        ConflictRow c = d.get(0);
        assertEquals("P10M", c.getValueA());
        assertEquals("P8M (APPROX)", c.getValueB());
        assertEquals(List.of("unidentified-b", "watan"), c.getOutletsA());
        assertEquals(List.of("dostor", "levant"), c.getOutletsB());
        assertEquals(List.of("seed-000", "seed-003"), c.getArticlesA());
        assertEquals(List.of("seed-002", "seed-004"), c.getArticlesB());
        assertTrue(c.getEvidenceA().contains("منذ عشرة أشهر"));
        assertTrue(c.getEvidenceB().contains("منذ ما يقرب من ثمانية أشهر"));
        assertTrue(c.getRefA().startsWith("seed-000#3@"), c.getRefA());
    }

    @Test
    void directAgainstIndirect() {
        List<ConflictRow> d = ofKind(align(new SeedFixture()), "contradiction");
        assertEquals(1, d.size());
        ConflictRow c = d.get(0);
        assertEquals("direct", c.getValueA());
        assertEquals(List.of("seed-003"), c.getArticlesA());
        assertTrue(c.getEvidenceA().contains("أول مفاوضات مباشرة"));
        assertEquals(List.of("dostor", "levant", "unidentified-b", "watan"), c.getOutletsB(), "seed-003 itself says indirect later");
    }

    @Test
    void lastTalksInMayImplyAboutEightMonthsNotTen() {
        List<ConflictRow> d = ofKind(align(new SeedFixture()), "implied_gap");
        assertEquals(1, d.size());
        ConflictRow c = d.get(0);
        assertEquals("P10M", c.getValueA());
        assertTrue(c.getValueB().startsWith("2023-05 → 2024-01-10"), c.getValueB());
        assertEquals(List.of("watan"), c.getOutletsB());
        assertTrue(c.getEvidenceB().contains("في مايو الماضي"));
    }

    @Test
    void differentGranularitiesOfOneDateAgree() {
        StoryAligner.StoryTimeline t = align(new SeedFixture());
        assertTrue(ofKind(t, "date").isEmpty(), "no rival dates in the seeds: " + ofKind(t, "date"));
        TimelineEntryRow january = entry(t, "talks", "2024-01-10");
        assertEquals(List.of("dostor", "levant", "unidentified-b", "watan"), january.getOutlets(),
                "10 January (seed-002, seed-004) and January (seed-000, seed-003) are one entry");
        TimelineEntryRow february = entry(t, "military", "2024-02-02");
        assertEquals(List.of("dostor", "watan"), february.getOutlets(), "2 February and early February are one entry");
        assertEquals(false, february.isConflicting());
        assertEquals(false, entry(t, "talks", "2024-02").isReported(), "the postponed February round");
    }

    @Test
    void theSameMeetingOnTwoDaysIsADateConflict() {
        SeedFixture seeds = new SeedFixture();
        seeds.timexes.removeIf(x -> x.getArticleId().equals("seed-004") && x.getValue().equals("2024-01-10"));
        seeds.timex("seed-004", "العاشر من يناير", 1, "DATE", "2024-01-11", null); // as if misreported
        List<ConflictRow> d = ofKind(align(seeds), "date");
        assertEquals(1, d.size(), d.toString());
        assertEquals("2024-01-10", d.get(0).getValueA());
        assertEquals("2024-01-11", d.get(0).getValueB());
        assertEquals(List.of("seed-004"), d.get(0).getArticlesB());
    }

    @Test
    void strikesOnTwoDaysAreTwoStrikesNotAConflict() {
        SeedFixture seeds = new SeedFixture();
        seeds.timexes.removeIf(x -> x.getArticleId().equals("seed-000") && x.getValue().equals("2024-02-02"));
        seeds.timex("seed-000", "الثاني من فبراير/شباط", 1, "DATE", "2024-02-12", null);
        StoryAligner.StoryTimeline t = align(seeds);
        assertTrue(ofKind(t, "date").isEmpty(), "strikes recur: " + ofKind(t, "date"));
        assertEquals(2, t.entries().stream().filter(e -> e.getFamily().equals("military") && e.getValue().startsWith("2024-02")).count());
    }

    @Test
    void outletsThatGaveTheOutvotedDurationAreMarked() {
        StoryAligner.StoryTimeline t = align(new SeedFixture());
        List<String> disagreeing = t.claims().stream().filter(c -> !c.isAgrees()).map(c -> c.getOutlet() + ":" + c.getValue()).sorted().toList();
        assertEquals(List.of("unidentified-b:P10M", "watan:P10M"), disagreeing,
                "2 outlets against 2, and the article's own May date sides with eight months");
    }

    @Test
    void differentCountsOfTheSameThingConflict() {
        TimelineClaim a = count("seed-002", "dostor", "attack", 102, List.of("houthis", "usa"));
        TimelineClaim b = count("seed-009", "other", "attack", 98, List.of("houthis", "usa"));
        TimelineClaim c = count("seed-001", "unidentified-a", "attack", 7, List.of("iran", "israel"));
        List<ConflictRow> d = ofKind(new StoryAligner(SETTINGS).align("story", List.of(a, b, c)), "number");
        assertEquals(1, d.size(), "the count about other actors is another thing");
        assertEquals("102", d.get(0).getValueA());
        assertEquals("98", d.get(0).getValueB());
        assertEquals(List.of("dostor"), d.get(0).getOutletsA());
        assertEquals(List.of("other"), d.get(0).getOutletsB());
    }

    private static TimelineClaim count(String article, String outlet, String noun, long n, List<String> actors) {
        TimelineClaim c = new TimelineClaim();
        c.setKind("number");
        c.setStoryId("story");
        c.setArticleId(article);
        c.setOutlet(outlet);
        c.setSentenceText("...");
        c.setNoun(noun);
        c.setNumberLow(n);
        c.setNumberHigh(n);
        c.setActors(actors);
        return c;
    }
}
