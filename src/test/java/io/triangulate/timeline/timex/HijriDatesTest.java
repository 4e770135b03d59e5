package io.triangulate.timeline.timex;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HijriDatesTest {

    @Test
    void knownDatesOfTheUmmAlQuraCalendar() {
        // 1 Shawwal 1436 (Eid al-Fitr) was Friday 17 July 2015 in Saudi Arabia
        assertEquals(Optional.of(LocalDate.of(2015, 7, 17)), HijriDates.toGregorian(1436, 10, 1));
        assertArrayEquals(new int[]{1436, 10, 1}, HijriDates.fromGregorian(LocalDate.of(2015, 7, 17)));
        assertEquals(Optional.empty(), HijriDates.toGregorian(1436, 10, 31));
    }

    @Test
    void rememberedConversionsEqualFreshOnesAndCannotBeChangedByCallers() {
        for (int round = 0; round < 2; round++) { // the second round answers from memory
            for (int month = 1; month <= 12; month++) {
                LocalDate[] range = HijriDates.monthRange(1436, month);
                assertEquals(HijriDates.toGregorian(1436, month, 1).orElseThrow(), range[0]);
                assertEquals(range[0], HijriDates.toGregorian(1436, month, 1).orElseThrow());
                int[] back = HijriDates.fromGregorian(range[1]);
                assertArrayEquals(new int[]{1436, month, back[2]}, back);
                assertEquals(Optional.of(range[1]), HijriDates.toGregorian(1436, month, back[2]));
                range[0] = LocalDate.MIN; // a caller changing its copy
                back[0] = -1;
            }
        }
        LocalDate[] year = HijriDates.yearRange(1436);
        assertEquals(LocalDate.of(2014, 10, 25), year[0]);
        assertEquals(LocalDate.of(2015, 10, 13), year[1]);
    }

    @Test
    void memoryStaysBounded() {
        for (int day = 0; day < 3 * HijriDates.REMEMBERED; day++) {
            HijriDates.fromGregorian(LocalDate.of(2000, 1, 1).plusDays(day));
            HijriDates.toGregorian(1400 + day / 360, 1 + day / 30 % 12, 1 + day % 30);
            org.junit.jupiter.api.Assertions.assertTrue(HijriDates.rememberedCount() <= 3 * HijriDates.REMEMBERED);
        }
        assertEquals(HijriDates.fromGregorian(LocalDate.of(2015, 7, 17))[1], 10);
    }
}
