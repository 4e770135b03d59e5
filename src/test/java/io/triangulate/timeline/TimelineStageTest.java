package io.triangulate.timeline;

import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.model.StoryAssignment;
import io.triangulate.model.TimeExpression;
import io.triangulate.testing.LocalSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineStageTest {

    @Test
    void seedsGiveTheirEventsTimelineConflictsAndOutletConsistency() {
        SparkSession spark = LocalSpark.session();
        SeedFixture seeds = new SeedFixture();
        Dataset<Sentence> sentences = spark.createDataset(seeds.sentences(), Encoders.bean(Sentence.class));
        Dataset<Mention> mentions = spark.createDataset(seeds.mentions(), Encoders.bean(Mention.class));
        Dataset<TimeExpression> timexes = spark.createDataset(seeds.timexes, Encoders.bean(TimeExpression.class));
        List<StoryAssignment> assigned = seeds.seeds.keySet().stream().filter(id -> !id.equals("seed-003"))
                .map(id -> new StoryAssignment(id, "iran-us-oman")).toList();
        Dataset<StoryAssignment> stories = spark.createDataset(assigned, Encoders.bean(StoryAssignment.class))
                .union(spark.createDataset(List.of(new StoryAssignment("seed-003", "iran-us-oman")), Encoders.bean(StoryAssignment.class)));

        TimelineOutputs out = TimelineStage.run(spark, sentences, mentions, timexes, stories, TimelineSettings.defaults());

        List<EventRow> events = out.events().collectAsList();
        assertEquals(seeds.timexes.size() - 1, events.size(),
                "every time expression but one finds an event word: 'نهاية عام 2003' is about no event");
        assertTrue(events.stream().noneMatch(e -> "2003".equals(e.getValue())));
        assertTrue(events.stream().allMatch(e -> "iran-us-oman".equals(e.getStoryId())));
        EventRow strikes = events.stream().filter(e -> "2024-01-11".equals(e.getValue())).findFirst().orElseThrow();
        assertEquals("strike", strikes.getEventType());
        assertTrue(strikes.getEvidence().contains("قادت الولايات المتحدة ضربات عسكرية"));

        Map<String, Long> kinds = out.conflicts().collectAsList().stream()
                .collect(Collectors.groupingBy(ConflictRow::getKind, Collectors.counting()));
        assertEquals(Map.of("duration", 1L, "implied_gap", 1L, "contradiction", 1L), kinds);

        List<TimelineEntryRow> timeline = out.timeline().collectAsList();
        TimelineEntryRow january = timeline.stream().filter(e -> e.getValue().equals("2024-01-10")).findFirst().orElseThrow();
        assertEquals(4, january.getAgreeingOutlets());
        assertTrue(january.isConflicting(), "its duration and directness are contested");

        Map<String, OutletConsistencyRow> outlets = out.outletConsistency().collectAsList().stream()
                .collect(Collectors.toMap(OutletConsistencyRow::getOutlet, r -> r));
        assertEquals(3, outlets.get("watan").getDatedClaims());
        assertEquals(2, outlets.get("watan").getAgreeing());
        assertEquals(1, outlets.get("watan").getConflicting());
        assertEquals(1.0, outlets.get("dostor").getShare());
        assertEquals(0.5, outlets.get("unidentified-b").getShare());

        TimelineHeadlines h = TimelineStage.headlines(out, 5);
        assertEquals(3, h.conflicts());
        assertEquals(List.of("iran-us-oman"), h.topStories());
        assertEquals(2, h.sharpestConflicts().get(0).getSharpness(), "two outlets on each side of the duration conflict");
        assertTrue(h.topStoryEntries().stream().allMatch(TimelineEntryRow::isReported));
    }

    @Test
    void invalidSettingsAreRefusedNamingTheField() {
        SparkSession spark = LocalSpark.session();
        TimelineSettings bad = TimelineSettings.of(0, null, null, null, null, null, null, null, null, null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimelineStage.run(spark,
                spark.emptyDataset(Encoders.bean(Sentence.class)), spark.emptyDataset(Encoders.bean(Mention.class)),
                spark.emptyDataset(Encoders.bean(TimeExpression.class)), spark.emptyDataset(Encoders.bean(StoryAssignment.class)), bad));
        assertTrue(e.getMessage().contains("timeline.maxTriggerDistanceChars"));
    }
}
