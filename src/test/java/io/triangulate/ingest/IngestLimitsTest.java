package io.triangulate.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestLimitsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void absentFieldsTakeTheirDefaults() throws Exception {
        IngestLimits limits = json.readValue("{\"maxRecordChars\": 1000}", IngestLimits.class);
        assertEquals(new IngestLimits(1000, IngestLimits.DEFAULT_MAX_FILE_BYTES, 50), limits);
        assertEquals(IngestLimits.DEFAULTS, json.readValue("{}", IngestLimits.class));
        assertTrue(limits.validate().isEmpty());
    }

    @Test
    void validateNamesTheBadField() throws Exception {
        List<String> problems = json.readValue("{\"maxFileBytes\": 0, \"minDetectorConfidence\": 101}",
                IngestLimits.class).validate();
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).startsWith("maxFileBytes"));
        assertTrue(problems.get(1).startsWith("minDetectorConfidence"));
    }

    @Test
    void inputSourcesDefaultToAutoAndNameBadFields() throws Exception {
        InputSource s = json.readValue("{\"path\": \"hdfs://nn/corpus/*.zip\"}", InputSource.class);
        assertEquals(InputFormat.AUTO, s.inputFormat());
        assertTrue(s.validate().isEmpty());
        InputSource bad = json.readValue("{\"path\": \" \", \"format\": \"xml\"}", InputSource.class);
        assertEquals(2, bad.validate().size());
        assertTrue(bad.validate().get(0).startsWith("path"));
        assertTrue(bad.validate().get(1).startsWith("format"));
        assertThrows(IllegalArgumentException.class, bad::inputFormat);
    }
}
