package io.triangulate.ingest;

import io.triangulate.model.Reject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncodingAndTextTest {

    /** A sentence from seed 003, long enough for the charset detector to be sure of its statistics. */
    private static final String ARABIC = "نص عربي: أجرت الولايات المتحدة محادثات سرية مع إيران، في محاولة لمعالجة "
            + "التوترات المتصاعدة في البحر الأحمر، وذلك وفقا لمصادر مطلعة على الأمر.";

    private static final Path SEEDS = Path.of("sample-data/seeds");

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static RawArticle onlyArticle(ReadResult r) {
        r.assertCounts(1, 1, 0);
        return r.articles().get(0);
    }

    @Test
    void windows1256TextIsDetectedAndDecoded() throws IOException {
        RawArticle a = onlyArticle(ReadResult.read("w.txt", ARABIC.getBytes("windows-1256")));
        assertEquals("windows-1256", a.getEncoding());
        assertEquals(ARABIC, a.getText());
        assertEquals("unknown", a.getOutlet(), "a text file no manifest describes");
        assertNull(a.getTitle());
        assertEquals(0, a.getOriginLine());
        assertEquals(TextRecords.stableId("w.txt", 0), a.getId());
    }

    @Test
    void iso88596TextIsDetectedAndDecoded() throws IOException {
        RawArticle a = onlyArticle(ReadResult.read("i.txt", ARABIC.getBytes("ISO-8859-6")));
        assertEquals("ISO-8859-6", a.getEncoding());
        assertEquals(ARABIC, a.getText());
    }

    @Test
    void utf16WithByteOrderMarkIsDecodedWithoutTheMark() {
        String jsonl = "{\"outlet\":\"okaz\",\"text\":\"" + ARABIC + "\"}\n{\"outlet\":\"sabq\",\"text\":\"two\"}\n";
        ReadResult le = ReadResult.read("le.jsonl", concat(new byte[]{(byte) 0xFF, (byte) 0xFE},
                jsonl.getBytes(StandardCharsets.UTF_16LE))).assertCounts(2, 2, 0);
        assertEquals("UTF-16LE", le.articles().get(0).getEncoding());
        assertEquals(ARABIC, le.articles().get(0).getText());
        RawArticle be = onlyArticle(ReadResult.read("be.txt", ARABIC.getBytes(StandardCharsets.UTF_16)));
        assertEquals("UTF-16BE", be.getEncoding());
        assertEquals(ARABIC, be.getText());
    }

    @Test
    void utf16WithoutAMarkIsRecognisedFromItsZeroBytes() {
        RawArticle a = onlyArticle(ReadResult.read("n.txt", ARABIC.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("UTF-16LE", a.getEncoding());
        assertEquals(ARABIC, a.getText());
    }

    @Test
    void utf8WithByteOrderMarkKeepsTheTextExact() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ReadResult r = ReadResult.read("b.jsonl", concat(bom, ("{\"id\":\"1\",\"outlet\":\"okaz\",\"text\":\"" + ARABIC
                + "\"}\n").getBytes(StandardCharsets.UTF_8))).assertCounts(1, 1, 0);
        assertEquals("1", r.articles().get(0).getId(), "the mark must not spoil the first line's JSON");
        RawArticle t = onlyArticle(ReadResult.read("b.txt", concat(bom, ARABIC.getBytes(StandardCharsets.UTF_8))));
        assertEquals(ARABIC, t.getText());
        assertEquals("UTF-8", t.getEncoding());
    }

    @Test
    void anUnsupportedOrUncertainEncodingIsRefusedNotMangled() throws IOException {
        String russian = "Привет, как дела? Это текст на русском языке для проверки кодировки файла.";
        Reject koi8 = ReadResult.read("r.txt", russian.getBytes("KOI8-R")).assertCounts(1, 0, 1).onlyReject();
        assertEquals("UNDECODABLE", koi8.getReason());
        assertTrue(koi8.getMessage().startsWith("r.txt: "), koi8.getMessage());
        assertTrue(koi8.getExcerpt().startsWith("hex: "));
        // seven Arabic letters are too few for the detector: it guesses Hebrew, and the file is refused
        Reject shortText = ReadResult.read("s.txt", "نص عربي".getBytes("windows-1256")).assertCounts(1, 0, 1)
                .onlyReject();
        assertEquals("UNDECODABLE", shortText.getReason());
        Reject utf32 = ReadResult.read("u.txt", concat(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0},
                "text".getBytes(Charset.forName("UTF-32LE")))).assertCounts(1, 0, 1).onlyReject();
        assertEquals("UNDECODABLE", utf32.getReason());
    }

    @Test
    void aBinaryFileIsOneReject() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1,
            0, 8, 6, 0, 0, 0, 0x5c, 0x72, (byte) 0xa8, 0x66, 0, 0, 0, 1, 's', 'R', 'G', 'B', 0, (byte) 0xae};
        Reject r = ReadResult.read("image.txt", png).assertCounts(1, 0, 1).onlyReject();
        assertEquals("BINARY_FILE", r.getReason());
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 7);
        }
        assertEquals("BINARY_FILE", ReadResult.read("c.jsonl", controls).assertCounts(1, 0, 1).onlyReject()
                .getReason());
    }

    @Test
    void emptyAndWhitespaceTextFilesAreEmptyFiles() {
        assertEquals("EMPTY_FILE", ReadResult.read("e.txt", new byte[0]).assertCounts(1, 0, 1).onlyReject()
                .getReason());
        assertEquals("EMPTY_FILE", ReadResult.read("e.txt", " \n\u00a0\n".getBytes(StandardCharsets.UTF_8))
                .assertCounts(1, 0, 1).onlyReject().getReason());
    }

    @Test
    void aTextFileOverTheRecordLimitIsRejected() {
        IngestLimits limits = new IngestLimits(20, IngestLimits.DEFAULT_MAX_FILE_BYTES, 50);
        Reject r = ReadResult.read("long.txt", ARABIC.getBytes(StandardCharsets.UTF_8), InputFormat.AUTO, limits,
                Manifest.NONE).assertCounts(1, 0, 1).onlyReject();
        assertEquals("TOO_LARGE", r.getReason());
        assertTrue(r.getMessage().contains("maxRecordChars"));
    }

    @Test
    void anUnsupportedFileTypeIsOneReject() {
        Reject r = ReadResult.read("folder/report.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))
                .assertCounts(1, 0, 1).onlyReject();
        assertEquals("UNSUPPORTED_FORMAT", r.getReason());
        assertEquals("folder/report.pdf", r.getOriginFile());
        // with the format named, the extension no longer matters
        ReadResult.read("folder/notes.md", ARABIC.getBytes(StandardCharsets.UTF_8), InputFormat.TEXT_FOLDER,
                IngestLimits.DEFAULTS, Manifest.NONE).assertCounts(1, 1, 0);
    }

    @Test
    void theSeedFolderReadsIntoFiveArticlesWithTheManifestsMetadata() throws IOException {
        List<RawArticle> articles = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        RecordReader.ReadCounts counts = LocalInputs.read(SEEDS, InputFormat.AUTO, IngestLimits.DEFAULTS, null,
                articles::add, rejects::add);
        assertEquals(new RecordReader.ReadCounts(5, 0), counts, () -> rejects.toString());
        assertEquals(List.of("seed-000", "seed-001", "seed-002", "seed-003", "seed-004"),
                articles.stream().map(RawArticle::getId).toList());
        assertEquals(List.of("watan", "unidentified-a", "dostor", "unidentified-b", "levant"),
                articles.stream().map(RawArticle::getOutlet).toList());
        assertEquals(java.util.Arrays.asList("2024", "2024-05-17", "2024-03", null, "2025"),
                articles.stream().map(RawArticle::getPublished).toList());
        assertEquals(List.of("YEAR", "DAY", "MONTH", "UNKNOWN", "YEAR"),
                articles.stream().map(RawArticle::getPublishedPrecision).toList());
        RawArticle first = articles.get(0);
        assertEquals(Files.readString(SEEDS.resolve("000_afa01134df6376d8.txt")), first.getText(),
                "the body is the file exactly, page furniture and all");
        assertEquals("ar", first.getLanguageHint());
        assertNull(first.getTitle());
        assertEquals("UTF-8", first.getEncoding());
        assertTrue(first.getOriginFile().endsWith("000_afa01134df6376d8.txt"));
    }

    @Test
    void anArticleTheManifestListsButNoFileHoldsIsRejected(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws IOException {
        Files.copy(SEEDS.resolve("000_afa01134df6376d8.txt"), tmp.resolve("000_afa01134df6376d8.txt"));
        Files.copy(SEEDS.resolve("manifest.json"), tmp.resolve("manifest.json"));
        List<RawArticle> articles = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        RecordReader.ReadCounts counts = LocalInputs.read(tmp, InputFormat.AUTO, IngestLimits.DEFAULTS, null,
                articles::add, rejects::add);
        assertEquals(new RecordReader.ReadCounts(1, 4), counts);
        assertEquals(5, articles.size() + rejects.size(), "records in (the manifest's five) = accepted + rejected");
        assertEquals(List.of("seed-001", "seed-002", "seed-003", "seed-004"),
                rejects.stream().map(Reject::getRecordId).toList());
        assertTrue(rejects.stream().allMatch(r -> r.getReason().equals("UNREADABLE_FILE")));
    }

    @Test
    void aCsvManifestGivesTheSameMetadata() throws IOException {
        String csv = "file,id,outlet,published,publishedPrecision,title\n"
                + "000_afa01134df6376d8.txt,seed-000,watan,2024-02-04,YEAR,\"فايننشال تايمز, تقرير\"\n";
        Manifest m = Manifest.read("manifest.csv", new java.io.ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)));
        byte[] text = Files.readAllBytes(SEEDS.resolve("000_afa01134df6376d8.txt"));
        RawArticle a = onlyArticle(ReadResult.read("x/000_afa01134df6376d8.txt", text, InputFormat.AUTO,
                IngestLimits.DEFAULTS, m));
        assertEquals("seed-000", a.getId());
        assertEquals("watan", a.getOutlet());
        assertEquals("2024", a.getPublished(), "the stated YEAR precision caps the date");
        assertEquals("فايننشال تايمز, تقرير", a.getTitle());
        RawArticle unlisted = onlyArticle(ReadResult.read("x/other.txt", text, InputFormat.AUTO,
                IngestLimits.DEFAULTS, m));
        assertEquals("unknown", unlisted.getOutlet());
    }
}
