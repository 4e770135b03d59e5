package io.triangulate.ingest;

import io.triangulate.model.Reject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReadersTest {

    private static final String SEED_SENTENCE = "أجرت الولايات المتحدة محادثات سرية مع إيران في سلطنة عمان";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String line(String id, String outlet, String text) {
        return "{\"id\":\"" + id + "\",\"outlet\":\"" + outlet + "\",\"text\":\"" + text + "\"}";
    }

    @Test
    void readsJsonLinesWithFieldAliasesAndDates() {
        String jsonl = line("x-1", "okaz", SEED_SENTENCE) + "\n"
                + "{\"source\":\"sabq\",\"content\":\"" + SEED_SENTENCE + "\",\"date_extracted\":\"2015-07-21 10:22:33\","
                + "\"lang\":\"ar\",\"title\":\"\",\"url\":\"http://sabq.org/1\"}\r\n"
                + "\n"
                + "{\"id\":42,\"outlet\":\"was\",\"body\":\"text\",\"publishedAt\":\"2024-03\"}\n";
        ReadResult r = ReadResult.read("in/day.jsonl", utf8(jsonl)).assertCounts(3, 3, 0);
        RawArticle first = r.articles().get(0);
        assertEquals("x-1", first.getId());
        assertEquals(SEED_SENTENCE, first.getText());
        assertEquals("UNKNOWN", first.getPublishedPrecision());
        assertEquals(1, first.getOriginLine());
        assertEquals("UTF-8", first.getEncoding());
        RawArticle second = r.articles().get(1);
        assertEquals("sabq", second.getOutlet());
        assertEquals("2015-07-21", second.getPublished());
        assertEquals("DAY", second.getPublishedPrecision());
        assertEquals("2015-07-21T10:22:33", second.getPublishedTime());
        assertEquals("ar", second.getLanguageHint());
        assertNull(second.getTitle(), "an empty title is left for the cleaner to derive");
        assertEquals(TextRecords.stableId("in/day.jsonl", 2), second.getId());
        assertTrue(second.getId().matches("a-[0-9a-f]{16}"));
        RawArticle third = r.articles().get(2);
        assertEquals("42", third.getId());
        assertEquals(4, third.getOriginLine(), "blank lines still count as lines");
        assertEquals("2024-03", third.getPublished());
        assertEquals("MONTH", third.getPublishedPrecision());
    }

    @Test
    void aMalformedLineIsRejectedWithItsNumberAndTheOtherLinesAreRead() {
        String jsonl = line("a", "okaz", "one") + "\n{\"id\":\"b\",\"outlet\":\"okaz\",\"text\":\"tw\n"
                + line("c", "okaz", "three") + "\n";
        ReadResult r = ReadResult.read("f.jsonl", utf8(jsonl)).assertCounts(3, 2, 1);
        Reject bad = r.onlyReject();
        assertEquals("MALFORMED_JSON", bad.getReason());
        assertEquals(2, bad.getOriginLine());
        assertTrue(bad.getMessage().startsWith("line 2 "), bad.getMessage());
        assertEquals("f.jsonl", bad.getOriginFile());
        assertEquals(3, r.articles().get(1).getOriginLine());
    }

    @Test
    void oversizedRecordsAreRejectedAndTheLinesAfterThemStillRead() {
        IngestLimits limits = new IngestLimits(50, IngestLimits.DEFAULT_MAX_FILE_BYTES, 50);
        String longText = "ن".repeat(51);
        String hugeLine = "{\"outlet\":\"okaz\",\"text\":\"" + "x".repeat((int) limits.maxJsonChars()) + "\"}";
        String jsonl = line("a", "okaz", "short") + "\n" + line("b", "okaz", longText) + "\n" + hugeLine + "\n"
                + line("d", "okaz", "after the huge line");
        ReadResult r = ReadResult.read("f.jsonl", utf8(jsonl), InputFormat.AUTO, limits, Manifest.NONE)
                .assertCounts(4, 2, 2);
        assertEquals("TOO_LARGE", r.rejects().get(0).getReason());
        assertEquals("b", r.rejects().get(0).getRecordId());
        assertEquals(2, r.rejects().get(0).getOriginLine());
        assertEquals("TOO_LARGE", r.rejects().get(1).getReason());
        assertEquals(3, r.rejects().get(1).getOriginLine());
        assertTrue(r.rejects().get(1).getExcerpt().length() <= 200);
        assertEquals("d", r.articles().get(1).getId());
    }

    @Test
    void missingBlankAndWrongTypeFieldsAreNamed() {
        String jsonl = "{\"id\":\"1\",\"outlet\":\"okaz\",\"title\":\"no body\"}\n"
                + "{\"id\":\"2\",\"outlet\":\"okaz\",\"content\":\"  \\n \"}\n"
                + "{\"id\":\"3\",\"text\":\"body without outlet\"}\n"
                + "{\"id\":\"4\",\"outlet\":\"okaz\",\"content\":5}\n"
                + "{\"id\":\"5\",\"outlet\":\"okaz\",\"text\":\"ok\",\"title\":{\"ar\":\"x\"}}\n"
                + "[1,2]\n";
        ReadResult r = ReadResult.read("f.ndjson", utf8(jsonl)).assertCounts(6, 0, 6);
        assertEquals("MISSING_FIELD", r.rejects().get(0).getReason());
        assertTrue(r.rejects().get(0).getMessage().contains("'text'"));
        assertEquals("1", r.rejects().get(0).getRecordId());
        assertEquals("EMPTY_RECORD", r.rejects().get(1).getReason());
        assertEquals("MISSING_FIELD", r.rejects().get(2).getReason());
        assertTrue(r.rejects().get(2).getMessage().contains("'outlet'"));
        assertEquals("MALFORMED_JSON", r.rejects().get(3).getReason());
        assertTrue(r.rejects().get(3).getMessage().contains("'content' is a number"));
        assertTrue(r.rejects().get(4).getMessage().contains("'title' is an object"));
        assertEquals("MALFORMED_JSON", r.rejects().get(5).getReason());
        assertEquals(6, r.rejects().get(5).getOriginLine());
    }

    static String saudiArray() {
        return "[\n  {\n    \"source\": \"aawsat\",\n    \"url\": \"http://aawsat.com/home/article/410826\",\n"
                + "    \"date_extracted\": \"2015-07-21 02:51:32\",\n    \"title\": \"بريطانيا: أربعة محاور\",\n"
                + "    \"author\": \"لندن: رنيم حنوش\",\n    \"content\": \"حدد رئيس الوزراء البريطاني\\n\\n ورسم\"\n  },\n"
                + "  {\"source\": \"was\", \"url\": \"\", \"date_extracted\": \"2015-07-21 09:00:00\", \"title\": \"\","
                + " \"author\": \"\", \"content\": \"" + SEED_SENTENCE + "\"}\n]\n";
    }

    @Test
    void readsAJsonArrayInTheSaudiNewsNetForm() {
        ReadResult r = ReadResult.read("2015-07-21.json", utf8(saudiArray())).assertCounts(2, 2, 0);
        RawArticle a = r.articles().get(0);
        assertEquals("aawsat", a.getOutlet());
        assertEquals("حدد رئيس الوزراء البريطاني\n\n ورسم", a.getText());
        assertEquals("لندن: رنيم حنوش", a.getAuthor());
        assertEquals("2015-07-21T02:51:32", a.getPublishedTime());
        assertEquals(1, a.getOriginLine());
        assertEquals(2, r.articles().get(1).getOriginLine());
        assertNull(r.articles().get(1).getUrl());
        assertEquals(TextRecords.stableId("2015-07-21.json", 2), r.articles().get(1).getId());
    }

    @Test
    void aBrokenArrayKeepsTheRecordsBeforeTheBreak() {
        String json = "[{\"source\":\"okaz\",\"content\":\"one\"}, 17, {\"source\":\"okaz\",\"content\":\"three\"},"
                + " {\"source\":\"okaz\" \"content\":\"four\"}, {\"source\":\"okaz\",\"content\":\"five\"}]";
        ReadResult r = ReadResult.read("a.json", utf8(json), InputFormat.JSON_ARRAY, IngestLimits.DEFAULTS,
                Manifest.NONE).assertCounts(4, 2, 2); // the unreadable rest of the file is one record

        assertEquals("MALFORMED_JSON", r.rejects().get(0).getReason());
        assertEquals(2, r.rejects().get(0).getOriginLine());
        assertEquals("MALFORMED_JSON", r.rejects().get(1).getReason());
        assertEquals(4, r.rejects().get(1).getOriginLine());
        assertTrue(r.rejects().get(1).getMessage().contains("rest of the file"), r.rejects().get(1).getMessage());
    }

    @Test
    void anOversizedArrayRecordIsRejectedAndTheNextOnesRead() {
        IngestLimits limits = new IngestLimits(30, IngestLimits.DEFAULT_MAX_FILE_BYTES, 50);
        String json = "[{\"id\":\"big\",\"source\":\"okaz\",\"content\":\"" + SEED_SENTENCE + "\"},"
                + "{\"id\":\"small\",\"source\":\"okaz\",\"content\":\"خبر قصير\"}]";
        ReadResult r = ReadResult.read("a.json", utf8(json), InputFormat.AUTO, limits, Manifest.NONE)
                .assertCounts(2, 1, 1);
        assertEquals("TOO_LARGE", r.onlyReject().getReason());
        assertEquals("big", r.onlyReject().getRecordId());
        assertEquals(1, r.onlyReject().getOriginLine());
        assertEquals(SEED_SENTENCE, r.onlyReject().getExcerpt());
        assertEquals("small", r.articles().get(0).getId());
    }

    @Test
    void anEmptyArrayAndAWhitespaceFileAreEmptyFiles() {
        ReadResult.read("a.json", utf8(" [ ] ")).assertCounts(1, 0, 1);
        assertEquals("EMPTY_FILE", ReadResult.read("a.json", utf8(" [ ] ")).onlyReject().getReason());
        assertEquals("EMPTY_FILE", ReadResult.read("a.json", utf8(" \n\t ")).assertCounts(1, 0, 1)
                .onlyReject().getReason());
        assertEquals("EMPTY_FILE", ReadResult.read("a.jsonl", utf8("\n\n  \n")).assertCounts(1, 0, 1)
                .onlyReject().getReason());
        assertEquals("EMPTY_FILE", ReadResult.read("a.jsonl", new byte[0]).assertCounts(1, 0, 1)
                .onlyReject().getReason());
    }

    @Test
    void readsAZipOfAJsonArrayEntryByEntry() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("2015-07-21.json"));
            zip.write(utf8(saudiArray()));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("notes/readme.md"));
            zip.write(utf8("not an article"));
            zip.closeEntry();
        }
        ReadResult r = ReadResult.read("corpus/2015-07-21.zip", bytes.toByteArray()).assertCounts(3, 2, 1);
        assertEquals("corpus/2015-07-21.zip!/2015-07-21.json", r.articles().get(0).getOriginFile());
        assertEquals(2, r.articles().get(1).getOriginLine());
        Reject md = r.onlyReject();
        assertEquals("UNSUPPORTED_FORMAT", md.getReason());
        assertEquals("corpus/2015-07-21.zip!/notes/readme.md", md.getOriginFile());
    }

    @Test
    void aFileOverTheByteLimitIsOneReject() {
        IngestLimits limits = new IngestLimits(1000, 100, 50);
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            jsonl.append(line("id" + i, "okaz", "body " + i)).append('\n');
        }
        ReadResult r = ReadResult.read("big.jsonl", utf8(jsonl.toString()), InputFormat.AUTO, limits, Manifest.NONE)
                .assertCounts(1, 0, 1);
        assertEquals("TOO_LARGE", r.onlyReject().getReason());
        assertTrue(r.onlyReject().getMessage().contains("maxFileBytes"));
    }

    @Test
    void anUndecodableLineIsOneRejectAndTheLinesAfterItStillRead() {
        StringBuilder jsonl = new StringBuilder();
        int lines = 0;
        while (jsonl.length() < EncodingDetector.SAMPLE_BYTES) { // past the sample the encoding is decided on
            jsonl.append(line("id" + lines, "okaz", "body number " + lines)).append('\n');
            lines++;
        }
        byte[] good = utf8(jsonl.toString());
        byte[] bad = utf8(line("bad", "okaz", "XX") + "\n" + line("after", "okaz", "still read") + "\n");
        int xx = new String(bad, StandardCharsets.UTF_8).indexOf("XX");
        bad[xx] = (byte) 0xC3; // a lead byte followed by '(': invalid UTF-8
        bad[xx + 1] = (byte) 0x28;
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        ReadResult r = ReadResult.read("f.jsonl", all).assertCounts(lines + 2, lines + 1, 1);
        Reject undecodable = r.onlyReject();
        assertEquals("UNDECODABLE", undecodable.getReason());
        assertEquals(lines + 1, undecodable.getOriginLine());
        assertTrue(undecodable.getMessage().contains("f.jsonl"));
        assertTrue(undecodable.getExcerpt().startsWith("hex: "));
        assertEquals("after", r.articles().get(lines).getId());
    }
}
