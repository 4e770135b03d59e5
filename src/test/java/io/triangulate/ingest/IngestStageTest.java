package io.triangulate.ingest;

import io.triangulate.model.Reject;
import io.triangulate.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestStageTest {

    private static String line(String id, String text) {
        return "{\"id\":\"" + id + "\",\"source\":\"okaz\",\"content\":\"" + text + "\"}\n";
    }

    @Test
    void readsFoldersOfMixedInputsAndRejectsReusedIds(@TempDir Path tmp) throws IOException {
        Path json = Files.createDirectories(tmp.resolve("json/nested"));
        Files.writeString(tmp.resolve("json/a.jsonl"), line("x", "الخبر الأول") + line("y", "الخبر الثاني")
                + "{not json\n", StandardCharsets.UTF_8);
        // x again with the same text: kept for content dedup; y again with another text: DUPLICATE_ID
        Files.writeString(json.resolve("b.jsonl"), line("x", "الخبر الأول") + line("y", "خبر آخر"),
                StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("json/c.txt"), "نص بلا بيان", StandardCharsets.UTF_8);
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        try (var files = Files.list(Path.of("sample-data/seeds"))) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName().toString()));
            }
        }
        // the manifest lists a sixth article whose file is missing: it must be reported, not vanish
        String manifest = Files.readString(seeds.resolve("manifest.json"));
        Files.writeString(seeds.resolve("manifest.json"), manifest.replaceFirst("\\[",
                "[{\"file\": \"005_missing.txt\", \"id\": \"seed-005\", \"outlet\": \"watan\"},"));

        IngestResult result = IngestStage.read(LocalSpark.session(),
                List.of(InputSource.of(tmp.resolve("json").toString()), InputSource.of(seeds.toUri().toString())),
                IngestLimits.DEFAULTS);
        List<RawArticle> articles = result.articles().collectAsList().stream()
                .sorted(Comparator.comparing(RawArticle::getOriginFile).thenComparing(RawArticle::getOriginLine))
                .toList();
        List<Reject> rejects = result.rejects().collectAsList().stream()
                .sorted(Comparator.comparing(Reject::getReason)).toList();

        int recordsIn = 3 + 2 + 1 + 6;
        assertEquals(recordsIn, articles.size() + rejects.size(), "records in = accepted + rejected");
        assertEquals(9, articles.size());
        assertEquals(List.of("DUPLICATE_ID", "MALFORMED_JSON", "UNREADABLE_FILE"),
                rejects.stream().map(Reject::getReason).toList());
        assertEquals("seed-005", rejects.get(2).getRecordId());
        assertTrue(rejects.get(2).getOriginFile().endsWith("seeds/005_missing.txt"), rejects.get(2).getOriginFile());
        Reject duplicate = rejects.get(0);
        assertEquals("y", duplicate.getRecordId());
        assertTrue(duplicate.getOriginFile().endsWith("json/nested/b.jsonl"), duplicate.getOriginFile());
        assertTrue(duplicate.getMessage().matches("id y already used by .*json/a\\.jsonl:2 .*"),
                duplicate.getMessage());
        assertEquals(3, rejects.get(1).getOriginLine());
        assertEquals(2, articles.stream().filter(a -> a.getId().equals("x")).count());
        assertEquals(List.of("seed-000", "seed-001", "seed-002", "seed-003", "seed-004"),
                articles.stream().map(RawArticle::getId).filter(id -> id.startsWith("seed-")).toList());
        assertEquals("levant", articles.stream().filter(a -> a.getId().equals("seed-004")).findFirst()
                .orElseThrow().getOutlet());
        assertEquals("unknown", articles.stream().filter(a -> a.getOriginFile().endsWith("c.txt")).findFirst()
                .orElseThrow().getOutlet());
    }

    @Test
    void aBadSourceIsRefusedNamingTheField() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> IngestStage.read(LocalSpark.session(), List.of(new InputSource("x", "xml", null)),
                        IngestLimits.DEFAULTS));
        assertTrue(e.getMessage().contains("inputs[0].format"), e.getMessage());
    }
}
