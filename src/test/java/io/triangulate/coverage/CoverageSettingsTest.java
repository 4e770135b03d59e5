package io.triangulate.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageSettingsTest {

    @Test
    void absentFieldsTakeDefaults() throws Exception {
        CoverageSettings s = new ObjectMapper().readValue("{\"bands\": 20, \"rewriteJaccard\": 0.4}", CoverageSettings.class);
        assertEquals(20, s.bands());
        assertEquals(0.4, s.rewriteJaccard());
        assertEquals(3, s.rowsPerBand());
        assertEquals(60, s.numHashes());
        assertTrue(s.validate().isEmpty(), s.validate().toString());
        assertTrue(CoverageSettings.defaults().validate().isEmpty());
    }

    @Test
    void problemsNameTheField() throws Exception {
        CoverageSettings s = new ObjectMapper().readValue(
                "{\"bands\": 0, \"omissionShare\": 1.5, \"rewriteJaccard\": 0.9}", CoverageSettings.class);
        String problems = String.join("\n", s.validate());
        assertTrue(problems.contains("bands must be at least 1"), problems);
        assertTrue(problems.contains("omissionShare must be between 0 and 1"), problems);
        assertTrue(problems.contains("rewriteJaccard (0.9) must not exceed verbatimJaccard"), problems);
    }

    @Test
    void unknownFieldIsAnError() {
        assertThrows(UnrecognizedPropertyException.class,
                () -> new ObjectMapper().readValue("{\"bandz\": 3}", CoverageSettings.class));
    }
}
