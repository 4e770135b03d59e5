package io.triangulate.timeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineSettingsTest {

    @Test
    void absentFieldsTakeDefaults() throws Exception {
        TimelineSettings s = new ObjectMapper().readValue("{\"conflictWindowDays\": 3}", TimelineSettings.class);
        assertEquals(3, s.conflictWindowDays());
        assertEquals(TimelineSettings.defaults().maxClaimsPerStory(), s.maxClaimsPerStory());
        assertTrue(s.validate().isEmpty());
    }

    @Test
    void problemsNameTheField() throws Exception {
        TimelineSettings s = new ObjectMapper().readValue(
                "{\"maxClaimsPerStory\": 0, \"coarsestPrecision\": \"CENTURY\", \"approxShare\": 2}", TimelineSettings.class);
        String problems = String.join("\n", s.validate());
        assertTrue(problems.contains("timeline.maxClaimsPerStory"), problems);
        assertTrue(problems.contains("timeline.coarsestPrecision"), problems);
        assertTrue(problems.contains("timeline.approxShare"), problems);
        assertEquals(3, s.validate().size());
    }
}
