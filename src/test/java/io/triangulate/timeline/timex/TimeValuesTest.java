package io.triangulate.timeline.timex;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-01", "2024-01-10", "2024-W20", "2024-W20-5", "2024-05-17TEV", "2024-05-17T10:30",
        "XXXX-01", "XXXX-01-10", "XXXX-XX-XX", "XXXX-WXX-2", "XXXX-WXX-5TEV", "P10M", "PXW", "PTXH", "PT24H", "P10Y",
        "PRESENT_REF", "PAST_REF", "2024-02-29/2024-03-30", "2024-W09/2024-W13", "0921-06-26", "199"})
    void acceptsTimexValues(String v) {
        assertTrue(TimeValues.isValid(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "UNRESOLVED", "2024-13", "2024-02-30", "2024-1-5", "24-01-10", "P", "PT10D", "2024-W54",
        "2024-05-17TXX", "XXXX-01/", "10M", "2024/01/10"})
    void rejectsOtherStrings(String v) {
        assertFalse(TimeValues.isValid(v), v);
    }
}
