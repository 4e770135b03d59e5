package io.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The benchmark's corpus replicator, on a paragraph of seed text in the SaudiNewsNet layout. */
class ReplicateCorpusTest {

    static final String PARAGRAPH = "أعلن وزير الخارجية العماني أن المحادثات غير المباشرة بين الوفدين الأمريكي والإيراني "
            + "جرت في مسقط بوساطة عمانية";

    @Test
    void replicaZeroIsTheOriginalAndOthersDifferDeterministically() {
        String text = PARAGRAPH + "\nقصير\n" + PARAGRAPH;
        assertEquals(text, ReplicaText.vary(text, "u", 0));
        String one = ReplicaText.vary(text, "u", 1);
        assertEquals(one, ReplicaText.vary(text, "u", 1));
        assertNotEquals(text, one);
        assertNotEquals(one, ReplicaText.vary(text, "u", 2));
        assertNotEquals(one, ReplicaText.vary(text, "v", 1));
        String[] paragraphs = one.split("\n", -1);
        assertEquals(3, paragraphs.length);
        assertEquals("قصير", paragraphs[1]);
        int words = PARAGRAPH.split(" ").length;
        assertEquals(words - 1, paragraphs[0].split(" ").length);
    }

    @Test
    void writesOneJsonLineperRecordWithReplicaIdsAndKeptFields(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("2015-07-21.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("2015-07-21.json"));
            String array = "[{\"source\":\"okaz\",\"url\":\"http://a/1\",\"date_extracted\":\"2015-07-21 10:00:00\","
                    + "\"title\":\"t\",\"author\":null,\"content\":\"" + PARAGRAPH + "\"},"
                    + "{\"source\":\"sabq\",\"url\":\"http://a/2\",\"date_extracted\":\"2015-07-21 11:00:00\","
                    + "\"title\":\"t2\",\"author\":\"x\",\"content\":\"" + PARAGRAPH + "\"}]";
            out.write(array.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path jsonl = tmp.resolve("r3.jsonl");
        assertEquals(2, ReplicateCorpus.replicate(zip, jsonl, 3));
        assertEquals(List.of("http://a/1#r3", "http://a/2#r3"), ReplicateCorpus.ids(jsonl));
        JsonNode first = new ObjectMapper().readTree(Files.readAllLines(jsonl, StandardCharsets.UTF_8).get(0));
        assertEquals("okaz", first.path("source").asText());
        assertEquals("2015-07-21 10:00:00", first.path("date_extracted").asText());
        assertEquals(ReplicaText.vary(PARAGRAPH, "http://a/1", 3), first.path("content").asText());
    }
}
