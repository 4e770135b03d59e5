package io.triangulate.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.config.JobConfig;
import io.triangulate.config.JobLoader;
import io.triangulate.config.JobOverrides;
import io.triangulate.model.Article;
import io.triangulate.testing.LocalSpark;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** jobs/sample-brief.json end to end on sample-data/, as an analyst runs it. */
class SampleBriefEndToEndTest {

    @TempDir
    static Path out;
    static RunSummary summary;
    static Path runFolder;
    static Map<String, Article> articles;

    static JobConfig job;

    @BeforeAll
    static void runTheSampleBrief() {
        SparkSession spark = LocalSpark.session();
        job = JobLoader.load(Path.of("jobs/sample-brief.json"),
                new JobOverrides(List.of(), out.toString(), null, null, null, null, null, null));
        summary = TriangulateJob.run(spark, job);
        runFolder = out.resolve("sample-brief").resolve("all");
        articles = spark.read().parquet(runFolder.resolve("tables/articles").toString())
                .as(Encoders.bean(Article.class)).collectAsList().stream()
                .collect(Collectors.toMap(Article::getId, Function.identity()));
    }

    @Test
    void everyRecordIsAccountedFor() throws IOException {
        assertEquals(5, summary.getRecordsIn());
        assertEquals(5, summary.getAccepted());
        assertTrue(summary.balanced());
        JsonNode run = new ObjectMapper().readTree(runFolder.resolve("run.json").toFile());
        assertEquals(5, run.at("/counts/recordsIn").asLong());
        assertTrue(run.at("/counts/balanced").asBoolean());
        assertEquals("sample-brief", run.at("/jobAsRun/name").asText());
    }

    @Test
    void runFolderIsPublishedWithNoStagingLeft() throws IOException {
        assertTrue(Files.isDirectory(runFolder.resolve("tables/sentences")));
        assertTrue(Files.isDirectory(runFolder.resolve("tables/rejects")));
        assertTrue(Files.isDirectory(runFolder.resolve("tables/duplicates")));
        try (var siblings = Files.list(out.resolve("sample-brief"))) {
            assertEquals(List.of("all"), siblings.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void seedBodiesAreKeptWithManifestMetadata() {
        assertEquals("dostor", articles.get("seed-002").getOutlet());
        assertEquals("2024-05-17", articles.get("seed-001").getPublished());
        assertEquals("DAY", articles.get("seed-001").getPublishedPrecision());
        assertEquals("UNKNOWN", articles.get("seed-003").getPublishedPrecision());
        assertTrue(articles.values().stream().allMatch(a -> a.getLanguage().equals("ar")));
        assertTrue(articles.get("seed-000").getText().contains("وجاء ذلك بعد تعهد الرئيس الأمريكي جو بايدن"));
        assertTrue(articles.get("seed-004").getText().contains("وفي العاشر من يناير، اجتمع ممثلون من الجانبين في مسقط"));
    }

    @Test
    void furnitureIsGone() {
        Article dostor = articles.get("seed-002");
        assertFalse(dostor.getText().contains("محمد الباز"), "the doubled masthead");
        Article b = articles.get("seed-003");
        assertFalse(b.getText().contains("ترامب"), "the unrelated appended article");
        assertFalse(b.getText().contains("مقالات مشابهة"), "the related-article list");
        assertFalse(b.getText().contains("حاملة طائرات ثانية"), "the related-article list");
        assertEquals(List.of("صدى البلد"), b.getCitedSources());
        assertFalse(articles.get("seed-004").getText().contains("اشترك في قائمتنا البريدية"), "the newsletter box");
        assertFalse(articles.get("seed-000").getText().contains("شارك الموضوع"), "the share box");
    }

    /** story id of each article, from the published story_articles table */
    private static Map<String, String> storyOf() {
        return LocalSpark.session().read().parquet(runFolder.resolve("tables/story_articles").toString())
                .collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("articleId"), r -> r.getAs("storyId")));
    }

    @Test
    void januaryTalksAreOneStoryAndTheMayTalksAnother() {
        Map<String, String> story = storyOf();
        assertEquals(5, story.size(), "every article in exactly one story");
        String january = story.get("seed-000");
        for (String id : List.of("seed-002", "seed-003", "seed-004")) {
            assertEquals(january, story.get(id), id + " reports the January talks");
        }
        assertFalse(january.equals(story.get("seed-001")), "seed-001 reports the May talks");
    }

    @Test
    void workbookHasEverySheetAndThePdfNamesTheFindings() throws IOException {
        try (var wb = org.apache.poi.openxml4j.opc.OPCPackage.open(runFolder.resolve("workbook.xlsx").toFile(),
                org.apache.poi.openxml4j.opc.PackageAccess.READ);
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(wb)) {
            List<String> sheets = new java.util.ArrayList<>();
            book.forEach(sh -> sheets.add(sh.getSheetName()));
            assertTrue(sheets.containsAll(List.of("Summary", "Articles", "Rejects", "Actors", "Co-occurrence", "Stories",
                    "Coverage", "Article pairs", "Citations", "Timeline", "Conflicts", "Actor candidates")), sheets.toString());
            assertEquals(5, book.getSheet("Articles").getLastRowNum(), "a header (row 0) and five articles");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(runFolder.resolve("brief.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Key findings"), "findings section");
            assertTrue(text.contains("10 months") && text.contains("about 8 months"),
                    "the seeds' duration conflict in plain words");
            int start = text.indexOf("Key findings");
            String findings = text.substring(start, text.indexOf("Who appears with whom", start));
            assertFalse(findings.contains("P10M"), "no raw ISO durations in the findings: " + findings);
        }
    }

    @Test
    void aSecondRunReusesEveryExtractionAndGivesTheSameTables() throws IOException {
        Map<String, String> before = storyOf();
        List<String> conflictsBefore = conflicts();
        RunSummary again = TriangulateJob.run(LocalSpark.session(), job);
        assertEquals(summary.getAccepted(), again.getAccepted());
        JsonNode run = new ObjectMapper().readTree(runFolder.resolve("run.json").toFile());
        JsonNode cache = run.at("/headlines/extractionCache");
        assertEquals(2, cache.size(), cache.toString());
        for (JsonNode use : cache) {
            assertEquals(5, use.get("reused").asLong(), use.toString());
            assertEquals(0, use.get("extracted").asLong(), use.toString());
        }
        assertEquals(before, storyOf());
        assertEquals(conflictsBefore, conflicts());
    }

    private static List<String> conflicts() {
        return LocalSpark.session().read().parquet(runFolder.resolve("tables/conflicts").toString())
                .orderBy("conflictId").collectAsList().stream().map(Object::toString).toList();
    }
}
