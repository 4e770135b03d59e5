package io.triangulate.actors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssociationTest {

    @Test
    void npmiIsZeroForIndependenceOneForAlwaysTogetherAndMinusOneForNever() {
        assertEquals(0.0, Association.npmi(4, 20, 20, 100), 1e-12);
        assertEquals(1.0, Association.npmi(20, 20, 20, 100), 1e-12);
        assertEquals(-1.0, Association.npmi(0, 20, 20, 100), 1e-12);
        assertEquals(Math.log(2.5) / -Math.log(0.1), Association.npmi(10, 20, 20, 100), 1e-12);
    }

    @Test
    void g2MatchesDunningsFormulaAndIsSignedByDirection() {
        assertEquals(12.071371684209877, Association.g2(10, 20, 20, 100), 1e-9);
        assertEquals(0.0, Association.g2(4, 20, 20, 100), 1e-9);
        assertTrue(Association.g2(1, 20, 20, 100) < 0);
    }

    @Test
    void changeComparesRatesPerUnit() {
        assertEquals("new", Cooccurrence.change(5, 100, 0, 100, 1.5));
        assertEquals("rising", Cooccurrence.change(10, 100, 5, 100, 1.5));
        assertEquals("steady", Cooccurrence.change(10, 200, 5, 100, 1.5));
        assertEquals("falling", Cooccurrence.change(2, 100, 5, 100, 1.5));
    }
}
