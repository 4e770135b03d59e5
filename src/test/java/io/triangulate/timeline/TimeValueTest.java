package io.triangulate.timeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeValueTest {

    private static TimeValue v(String value, String mod) {
        return TimeValue.parse(value, mod).orElseThrow();
    }

    @Test
    void dayAgreesWithItsMonthAndWithTheRightPartOfIt() {
        assertTrue(v("2024-01", null).agreesWith(v("2024-01-10", null)));
        assertTrue(v("2024-02-02", null).agreesWith(v("2024-02", "START")), "2 February is early February");
        assertFalse(v("2024-02-25", null).agreesWith(v("2024-02", "START")), "25 February is not early February");
        assertTrue(v("2024-02-25", null).agreesWith(v("2024-02", "END")));
        assertFalse(v("2024-02-02", null).agreesWith(v("2024-02", "END")));
    }

    @Test
    void twoDaysForOneEventDoNotAgree() {
        assertFalse(v("2024-01-10", null).agreesWith(v("2024-01-11", null)));
        assertEquals(1, v("2024-01-10", null).gapDays(v("2024-01-11", null)));
        assertEquals(1, v("2024-01", null).gapDays(v("2024-02", null)));
    }

    @Test
    void weeksQuartersYearsTimesAndRanges() {
        assertTrue(v("2024-W20", null).agreesWith(v("2024-05-17TEV", null)), "17 May 2024 is in ISO week 20");
        assertFalse(v("2024-W20", null).agreesWith(v("2024-05-20", null)));
        assertTrue(v("2024-Q1", null).agreesWith(v("2024-03-14", null)));
        assertTrue(v("2024", null).agreesWith(v("2024-01-10", null)));
        assertTrue(v("2024-01-01/2024-03-31", null).agreesWith(v("2024-02", null)));
        assertEquals("DAY", v("2024-05-17TEV", null).precision());
        assertTrue(TimeValue.parse("PRESENT_REF", null).isEmpty());
    }

    @Test
    void unknownYearIsComparedInTheOtherValuesYear() {
        assertTrue(v("XXXX-01", null).agreesWith(v("2024-01-10", null)));
        assertFalse(v("XXXX-01", null).agreesWith(v("2024-03-14", null)));
        assertTrue(v("XXXX-02-29", null).agreesWith(v("XXXX-02", null)));
    }

    @Test
    void approximateDatesWiden() {
        assertTrue(v("2024-01-10", "APPROX").agreesWith(v("2024-01-12", null)));
        assertFalse(v("2024-01-10", null).agreesWith(v("2024-01-12", null)));
    }

    @Test
    void daysSinceAnEarlierMonth() {
        // "the last talks were in May" (2023) and talks on 10 January 2024: 224 to 254 days
        assertArrayEquals(new long[]{224, 254}, v("2024-01-10", null).daysSince(v("2023-05", null)));
    }
}
