package io.triangulate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TriangulateCliTest {

    @TempDir
    Path dir;

    private static String captureErr(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString();
    }

    @Test
    void validateAcceptsTheShippedJobs() {
        assertEquals(0, TriangulateCli.execute("validate", "jobs/sample-brief.json"));
        assertEquals(0, TriangulateCli.execute("validate", "jobs/weekly-brief.json"));
    }

    @Test
    void validateNamesTheBadFieldAndExitsWithTwo() throws IOException {
        Path job = dir.resolve("bad.json");
        Files.writeString(job, "{\"name\":\"x\",\"inputs\":[{\"path\":\"a\"}],\"period\":{\"week\":\"2015-W99\"}}");
        int[] code = new int[1];
        String err = captureErr(() -> code[0] = TriangulateCli.execute("validate", job.toString()));
        assertEquals(2, code[0]);
        assertTrue(err.contains("period: week 99 does not exist in 2015"), err);
    }

    @Test
    void missingJobFileAndBadOptionsAreUsageErrors() {
        assertEquals(2, TriangulateCli.execute("validate", dir.resolve("nope.json").toString()));
        assertEquals(2, TriangulateCli.execute("run", "jobs/sample-brief.json", "--week", "2015-W30", "--from", "2015-07-01", "--to", "2015-07-02"));
        assertEquals(2, TriangulateCli.execute("frobnicate"));
        assertEquals(2, TriangulateCli.execute());
    }

    @Test
    void helpExitsZero() {
        assertEquals(0, TriangulateCli.execute("--help"));
        assertEquals(0, TriangulateCli.execute("run", "--help"));
    }
}
