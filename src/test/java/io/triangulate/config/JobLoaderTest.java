package io.triangulate.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobLoaderTest {

    @TempDir
    Path dir;

    private Path job(String json) throws IOException {
        Path p = dir.resolve("jobs").resolve("job.json");
        Files.createDirectories(p.getParent());
        Files.writeString(p, json);
        return p;
    }

    @Test
    void sampleBriefIsValidAndResolvesPathsAgainstTheJobFolder() {
        JobConfig c = JobLoader.load(Path.of("jobs/sample-brief.json"), JobOverrides.NONE);
        assertEquals("sample-brief", c.name());
        assertTrue(c.inputs().get(0).path().endsWith("sample-data/seeds"));
        assertTrue(Path.of(c.inputs().get(0).path()).isAbsolute());
        assertEquals("parquet", c.output().tableFormat());
        assertEquals("all", c.period().resolve().label());
    }

    @Test
    void weeklyTemplateIsValidAndKeepsItsHadoopUris() {
        JobConfig c = JobLoader.load(Path.of("jobs/weekly-brief.json"), JobOverrides.NONE);
        assertEquals("hdfs:///data/news/current", c.inputs().get(0).path());
        assertEquals("2015-W30", c.period().resolve().label());
    }

    @Test
    void unknownFieldIsNamed() throws IOException {
        Path p = job("{\"name\":\"x\",\"inputs\":[{\"path\":\"a\"}],\"output\":{\"tableFormt\":\"csv\"}}");
        ConfigException e = assertThrows(ConfigException.class, () -> JobLoader.load(p, JobOverrides.NONE));
        assertTrue(e.problems().get(0).startsWith("output.tableFormt: unknown field"), e.getMessage());
    }

    @Test
    void everyBadFieldIsReportedByName() throws IOException {
        Path p = job("{\"name\":\"bad name/..\",\"inputs\":[],\"output\":{\"tableFormat\":\"xls\"},"
                + "\"period\":{\"from\":\"2015-07-21\"},\"spark\":{\"shufflePartitions\":0,\"concurrentQueries\":0}}");
        ConfigException e = assertThrows(ConfigException.class, () -> JobLoader.load(p, JobOverrides.NONE));
        List<String> problems = e.problems();
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("name:")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("inputs:")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("output.tableFormat:")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("period:")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("spark.shufflePartitions:")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.startsWith("spark.concurrentQueries:")), problems.toString());
    }

    @Test
    void wrongTypeNamesTheField() throws IOException {
        Path p = job("{\"name\":\"x\",\"inputs\":[{\"path\":\"a\"}],\"spark\":{\"shufflePartitions\":\"many\"}}");
        ConfigException e = assertThrows(ConfigException.class, () -> JobLoader.load(p, JobOverrides.NONE));
        assertTrue(e.problems().get(0).startsWith("spark.shufflePartitions:"), e.getMessage());
    }

    @Test
    void malformedJsonGivesTheLine() throws IOException {
        Path p = job("{\n\"name\": \"x\",\n\"inputs\": [\n");
        ConfigException e = assertThrows(ConfigException.class, () -> JobLoader.load(p, JobOverrides.NONE));
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void commandLineOverridesWin() throws IOException {
        Path p = job("{\"name\":\"x\",\"inputs\":[{\"path\":\"../data\"}],\"period\":{\"week\":\"2015-W30\"}}");
        JobConfig c = JobLoader.load(p, new JobOverrides(List.of("/tmp/other"), "/tmp/out", null, "2015-07-01",
                "2015-07-31", "local[1]", "ar", "csv"));
        assertEquals("/tmp/other", c.inputs().get(0).path());
        assertEquals("/tmp/out", c.output().root());
        assertEquals("/tmp/out/.cache", c.output().cacheFolder(), "the extraction cache moves with --out");
        assertEquals("2015-07-01_2015-07-31", c.period().resolve().label());
        assertEquals("local[1]", c.spark().master());
        assertEquals("ar", c.output().reportLanguage());
        assertEquals("csv", c.output().tableFormat());
        assertEquals(dir.resolve("data").toString(), JobLoader.load(p, JobOverrides.NONE).inputs().get(0).path());
    }

    @Test
    void weeksAndRangesHaveAPreviousWindow() {
        Period w = Period.ofWeek("2015-W30");
        assertEquals("2015-07-20", w.from().toString());
        assertEquals("2015-07-26", w.to().toString());
        assertEquals("2015-W29", w.previous().orElseThrow().label());
        assertEquals("2015-W53", Period.ofWeek("2016-W01").previous().orElseThrow().label());
        Period r = Period.between("2015-07-21", "2015-07-27");
        assertEquals("2015-07-14_2015-07-20", r.previous().orElseThrow().label());
        assertThrows(IllegalArgumentException.class, () -> Period.ofWeek("2015-W54"));
        assertThrows(IllegalArgumentException.class, () -> Period.between("2015-07-27", "2015-07-21"));
    }
}
