package io.triangulate.spark;

import io.triangulate.testing.LocalSpark;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompilerDirectivesTest {

    /** What HotSpot reports as its compiler directives in force. */
    private static String directivesInForce() throws Exception {
        return CompilerDirectives.diagnosticCommand("compilerDirectivesPrint");
    }

    @Test
    void aSparkSessionInstallsTheDirectiveForGeneratedClasses() throws Exception {
        LocalSpark.session(); // the session's plugin installs them in this (driver and executor) JVM
        String inForce = directivesInForce();
        for (String pattern : new String[]{"org/apache/spark/sql/catalyst/expressions/GeneratedClass*.*",
                "org/codehaus/janino/*.*", "org/codehaus/commons/compiler/*.*"}) {
            assertTrue(inForce.contains(pattern), pattern + " in " + inForce);
        }
        assertTrue(inForce.contains("Exclude:true"), "C2 excluded for them: " + inForce);
        assertTrue(CompilerDirectives.installOnce(), "a second call reports them in place");
        int before = inForce.split("GeneratedClass\\*").length;
        assertEquals(before, directivesInForce().split("GeneratedClass\\*").length, "installed once, not again");
    }

    @Test
    void ourPluginIsAddedToTheOperatorsPlugins() {
        assertEquals("io.triangulate.spark.JitPlugin", SparkSessions.withPlugin("", "io.triangulate.spark.JitPlugin"));
        assertEquals("com.acme.Metrics,io.triangulate.spark.JitPlugin",
                SparkSessions.withPlugin(" com.acme.Metrics ,", "io.triangulate.spark.JitPlugin"));
        assertEquals("io.triangulate.spark.JitPlugin,com.acme.Metrics",
                SparkSessions.withPlugin("io.triangulate.spark.JitPlugin,com.acme.Metrics", "io.triangulate.spark.JitPlugin"));
    }
}
