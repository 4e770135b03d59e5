package io.triangulate.spark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryConcurrencyTest {

    @Test
    void theOperatorOutranksTheJobWhichOutranksTheDefault() {
        assertEquals(3, QueryConcurrency.choose("3", 1));
        assertEquals(3, QueryConcurrency.choose(" 3 ", null));
        assertEquals(1, QueryConcurrency.choose(null, 1));
        assertEquals(QueryConcurrency.DEFAULT, QueryConcurrency.choose(null, null));
    }

    @Test
    void aBadOperatorSettingIsNamed() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> QueryConcurrency.choose("0", null));
        assertTrue(zero.getMessage().contains(QueryConcurrency.KEY), zero.getMessage());
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class, () -> QueryConcurrency.choose("many", 2));
        assertTrue(word.getMessage().contains("\"many\""), word.getMessage());
    }
}
