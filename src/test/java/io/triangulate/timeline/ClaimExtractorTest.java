package io.triangulate.timeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trigger attachment, relations and direct/indirect readings on the seed texts. */
class ClaimExtractorTest {

    private static final SeedFixture SEEDS = new SeedFixture();
    private static final List<TimelineClaim> CLAIMS = SEEDS.claims(TimelineSettings.defaults(), "story");

    private static TimelineClaim eventAt(String articleId, String value) {
        return CLAIMS.stream().filter(c -> c.getKind().equals("event") && c.getArticleId().equals(articleId)
                && value.equals(c.getValue())).findFirst().orElseThrow(() -> new AssertionError(articleId + " " + value));
    }

    @Test
    void theNearestTriggerWinsAndItsSpanPointsIntoTheArticle() {
        TimelineClaim strikes = eventAt("seed-002", "2024-01-11");
        assertEquals("strike", strikes.getEventType(), "the meeting earlier in the sentence is further away");
        assertEquals("ضربات", strikes.getTrigger());
        String text = SEEDS.seeds.get("seed-002").text();
        assertEquals("ضربات", text.substring(strikes.getTriggerStart(), strikes.getTriggerEnd()));
        assertEquals("11 يناير الماضي", text.substring(strikes.getSpanStart(), strikes.getSpanEnd()));
        assertEquals(List.of("iran", "usa"), strikes.getActors());

        TimelineClaim met = eventAt("seed-004", "2024-01-10");
        assertEquals("talks", met.getEventType());
        assertEquals("اجتمع", met.getTrigger(), "a verb after the date counts as well");
    }

    @Test
    void cliticsAreStrippedFromTriggers() {
        TimelineClaim previous = eventAt("seed-000", "2023-05");
        assertEquals("بالمحادثات", previous.getTrigger());
        assertEquals("talks", previous.getEventType());
    }

    @Test
    void relationsSinceGapPreviousAndAnotherRound() {
        assertEquals("previous", eventAt("seed-000", "2023-05").getRelation(), "'the last known talks were ... in May'");
        assertEquals("since", eventAt("seed-000", "2024-02-04").getRelation(), "'no attacks since 4 February'");
        assertEquals("at", eventAt("seed-000", "2024-02-02").getRelation());
        assertEquals("since", eventAt("seed-001", "2024-01").getRelation(), "'the first meeting since January'");
        assertEquals("gap", eventAt("seed-002", "P8M").getRelation());
        assertEquals("APPROX", eventAt("seed-002", "P8M").getMod());
        assertEquals("duration", eventAt("seed-001", "P1M").getRelation(), "'a month after the attack' is no gap");
        TimelineClaim another = eventAt("seed-000", "2024-02");
        assertTrue(another.isDistinct(), "'another round of talks in February' is a different meeting");
        assertFalse(eventAt("seed-000", "2024-01").isDistinct());
    }

    @Test
    void directAndIndirectTalks() {
        List<String> seed003 = CLAIMS.stream().filter(c -> c.getKind().equals("directness") && c.getArticleId().equals("seed-003"))
                .map(c -> c.getSentenceIndex() + ":" + c.getDirectness()).toList();
        assertEquals(List.of("1:direct", "6:indirect"), seed003, "'أول مفاوضات مباشرة' then 'المفاوضات غير المباشرة'");
        assertTrue(CLAIMS.stream().filter(c -> c.getKind().equals("directness") && c.getArticleId().equals("seed-004"))
                .allMatch(c -> c.getDirectness().equals("indirect")), "'تلت الاجتماع مباشرة' means right after the meeting");
        assertTrue(CLAIMS.stream().anyMatch(c -> c.getKind().equals("directness") && c.getArticleId().equals("seed-002")
                && c.getTrigger().equals("محادثات") && c.getDirectness().equals("indirect")), "'محادثات سرية وغير مباشرة'");
    }

    @Test
    void aTimeExpressionFarFromAnyTriggerStaysUnattached() {
        TimelineSettings near = TimelineSettings.of(20, null, null, null, null, null, null, null, null, null, null);
        List<TimelineClaim> claims = SEEDS.claims(near, "story");
        assertTrue(claims.stream().noneMatch(c -> "P10M".equals(c.getValue()) && c.getArticleId().equals("seed-000")),
                "'منذ عشرة أشهر' is far from 'المفاوضات' in its sentence");
    }

    @Test
    void aDeniedDirectMeetingIsNoClaimOfDirectTalks() {
        ClaimExtractor extractor = new ClaimExtractor(TimelineLexicon.shared(), TimelineSettings.defaults());
        String text = "إلا أنه يبدو أنه لم تعقد أي لقاءات مباشرة بين المفاوضين.";
        io.triangulate.model.Sentence s = new io.triangulate.model.Sentence("x", "o", null, "UNKNOWN", "ar", 0, 0, text.length(), text);
        assertTrue(extractor.extract(s, List.of(), List.of()).stream().noneMatch(c -> c.getKind().equals("directness")));
        String plain = "أجرت حركة طالبان للمرة الأولى محادثات مباشرة مع حكومة كابول";
        io.triangulate.model.Sentence p = new io.triangulate.model.Sentence("y", "o", null, "UNKNOWN", "ar", 0, 0, plain.length(), plain);
        assertEquals(List.of("direct"), extractor.extract(p, List.of(), List.of()).stream()
                .filter(c -> c.getKind().equals("directness")).map(TimelineClaim::getDirectness).toList());
    }
}
