package io.triangulate.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimelineBriefTest {

    @Test
    void conflictValuesReadInPlainWords() {
        assertEquals("10 months", TimelineBrief.inWords("P10M"));
        assertEquals("about 8 months", TimelineBrief.inWords("P8M (APPROX)"));
        assertEquals("10 months / 11 months", TimelineBrief.inWords("P10M / P11M"));
        assertEquals("2023-05 -> 2024-01-10", TimelineBrief.inWords("2023-05 -> 2024-01-10"));
        assertEquals("direct", TimelineBrief.inWords("direct"));
    }
}
