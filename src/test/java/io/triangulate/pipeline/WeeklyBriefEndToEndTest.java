package io.triangulate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triangulate.config.JobLoader;
import io.triangulate.config.JobOverrides;
import io.triangulate.testing.LocalSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A weekly run ({@code --week}) over JSON Lines that span two ISO weeks: the brief covers the week asked
 * for and compares its actor pairs with the week before. Iran and the United States are named together
 * in both weeks; Iran and Oman only in the second.
 */
class WeeklyBriefEndToEndTest {

    @TempDir
    static Path dir;
    static Path run;
    static JsonNode summary;

    private static final String[][] ARTICLES = {
        // outlet, published, text
        {"alpha", "2024-01-09", "قال مسؤولون إن إيران والولايات المتحدة تبادلتا رسائل حول الملاحة في البحر الأحمر. وأضافوا أن الاتصالات مستمرة منذ أسابيع."},
        {"beta", "2024-01-10", "ذكرت مصادر دبلوماسية أن الولايات المتحدة حذرت إيران من تصعيد جديد في المنطقة. ولم يصدر تعليق رسمي من الجانبين."},
        {"alpha", "2024-01-16", "أجرت إيران والولايات المتحدة محادثات غير مباشرة في سلطنة عمان هذا الأسبوع. وقال دبلوماسيون إن إيران وسلطنة عمان ناقشتا أمن الملاحة."},
        {"beta", "2024-01-17", "أفادت تقارير بأن إيران أرسلت وفدا إلى سلطنة عمان لبحث التهدئة مع الولايات المتحدة. وقالت المصادر إن الجولة المقبلة لم تحدد بعد."},
        {"gamma", "2024-01-18", "رحبت سلطنة عمان بالحوار بين إيران والولايات المتحدة ودعت إلى خفض التوتر. وأكد بيان رسمي استمرار الوساطة."},
    };

    @BeforeAll
    static void runTheWeek() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES.length; i++) {
            ObjectNode a = json.createObjectNode();
            a.put("id", "w-" + i);
            a.put("outlet", ARTICLES[i][0]);
            a.put("url", "https://news.example.org/" + ARTICLES[i][0] + "/" + i);
            a.put("title", "خبر " + i);
            a.put("published", ARTICLES[i][1]);
            a.put("text", ARTICLES[i][2]);
            lines.add(json.writeValueAsString(a));
        }
        Files.write(dir.resolve("news.jsonl"), lines, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("job.json"), """
                {"name": "weekly-test", "inputs": [{"path": "news.jsonl", "format": "jsonl"}],
                 "output": {"root": "out"}, "spark": {"master": "local[2]", "shufflePartitions": 2}}
                """, StandardCharsets.UTF_8);
        var job = JobLoader.load(dir.resolve("job.json"),
                new JobOverrides(List.of(), null, "2024-W03", null, null, null, null, null));
        TriangulateJob.run(LocalSpark.session(), job);
        run = dir.resolve("out/weekly-test/2024-W03");
        summary = json.readTree(run.resolve("run.json").toFile());
    }

    @Test
    void theBriefCoversTheWeekAndNamesTheWeekBefore() {
        assertEquals("2024-W03", summary.get("period").asText());
        assertEquals("2024-W02", summary.get("previousPeriod").asText());
        assertEquals(5, summary.at("/counts/accepted").asLong(), "both weeks are read");
        assertEquals(3, summary.at("/counts/articlesInPeriod").asLong());
        assertTrue(Files.isRegularFile(run.resolve("brief.pdf")));
        assertTrue(Files.isRegularFile(run.resolve("workbook.xlsx")));
    }

    @Test
    void pairsAreComparedWithTheWeekBefore() {
        List<Row> rows = LocalSpark.session().read().parquet(run.resolve("tables/cooccurrence").toString())
                .where("window = 'sentence' AND outlet = '*'").collectAsList();
        Map<String, String> change = rows.stream().collect(Collectors.toMap(
                r -> r.<String>getAs("nameA") + "+" + r.<String>getAs("nameB"), r -> String.valueOf(r.<String>getAs("change"))));
        assertEquals("new", pick(change, "Iran", "Oman"), change.toString());
        assertTrue(!"new".equals(pick(change, "Iran", "United States")), "named together the week before: " + change);
    }

    private static String pick(Map<String, String> change, String a, String b) {
        String v = change.get(a + "+" + b);
        return v != null ? v : change.get(b + "+" + a);
    }
}
