package io.triangulate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfBriefWriterTest {

    static final Path OUT = Path.of("target/report-test");
    static Path english;
    static Path arabic;

    @BeforeAll
    static void write() throws IOException {
        Files.createDirectories(OUT);
        english = OUT.resolve("brief-en.pdf");
        arabic = OUT.resolve("brief-ar.pdf");
        PdfBriefWriter.write(BriefFixture.model("en"), english);
        PdfBriefWriter.write(BriefFixture.model("ar"), arabic);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Whitespace collapsed, so assertions do not depend on where lines wrap. */
    private static String flat(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }

    @Test
    void arabicIsExtractedInLogicalOrder() throws IOException {
        String text = flat(text(english));
        // the extracted text is the logical (typed) order of the letters, not the drawn order
        assertTrue(text.contains("بريت ماكغورك"), text);
        assertFalse(text.contains(new StringBuilder("ماكغورك").reverse().toString()));
        // a whole evidence sentence fragment, with Arabic words and digits in reading order
        assertTrue(text.contains("بمثابة أول مفاوضات مباشرة بين البلدين منذ 10 أشهر"), text);
        assertTrue(text.contains("منذ ما يقرب من ثمانية أشهر"), text);
    }

    @Test
    void englishBriefShowsCoverFindingsSectionsAndAppendix() throws IOException {
        String text = flat(text(english));
        assertTrue(text.contains("Triangulate brief"));
        assertTrue(text.contains("Period: January–May 2024"), text);
        assertTrue(text.contains("Records read 7"), text);
        assertTrue(text.contains("Key findings"));
        assertTrue(text.contains("1. Outlets disagree on when the previous talks were: 10 months vs about 8 months"), text);
        assertTrue(text.contains("Who covers what"));
        assertTrue(text.contains("Do the dates add up?"));
        assertTrue(text.contains("(conflict)"));
        assertTrue(text.contains("Outlet consistency"));
        assertTrue(text.contains("Conflicts, evidence side by side"));
        BriefModel.Evidence e1 = BriefFixture.model("en").evidence().get(0);
        assertTrue(text.contains("E1 · " + e1.citation() + " · watan"), text);
        assertTrue(text.contains("Page 1 of"));
    }

    @Test
    void bookmarksPageCountAndMetadata() throws IOException {
        try (PDDocument doc = Loader.loadPDF(english.toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertEquals(List.of("Triangulate brief", "Key findings", "Actors", "Coverage", "Timeline", "Evidence"), titles);
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 6 && pages <= 12, "pages: " + pages);
            String text = flat(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("Page " + pages + " of " + pages), text);
            assertEquals("Triangulate", doc.getDocumentInformation().getCreator());
            assertEquals("Triangulate brief — January–May 2024", doc.getDocumentInformation().getTitle());
            assertEquals(BriefFixture.GENERATED_AT.toEpochMilli(),
                    doc.getDocumentInformation().getCreationDate().getTimeInMillis());
        }
    }

    @Test
    void sameModelGivesTheSameFile() throws IOException {
        Path again = OUT.resolve("brief-en-again.pdf");
        PdfBriefWriter.write(BriefFixture.model("en"), again);
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(english), Files.readAllBytes(again)));
    }

    @Test
    void fontsAreEmbeddedSubsets() throws IOException {
        try (PDDocument doc = Loader.loadPDF(english.toFile())) {
            int checked = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().contains("+Amiri"), font.getName());
                    checked++;
                }
            }
            assertTrue(checked > 0);
        }
    }

    @Test
    void arabicBriefUsesArabicLabelsAndBookmarks() throws IOException {
        String text = flat(text(arabic));
        assertTrue(text.contains("أهم النتائج"), text);
        assertTrue(text.contains("السجلات المقروءة"), text);
        assertTrue(text.contains("بريت ماكغورك"), text);
        assertTrue(text.contains("صفحة 1 من"), text);
        // the timestamp stays in one left-to-right piece inside the Arabic line (without the
        // isolate it was drawn as "01-06-2024"); the stripper orders mixed lines left to right
        assertTrue(text.contains("2024-06-01 08:30 UTC"), text);
        assertTrue(text.contains("البيانات حتى"), text);
        try (PDDocument doc = Loader.loadPDF(arabic.toFile())) {
            List<String> titles = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
            assertEquals(List.of("Triangulate brief", "أهم النتائج", "الفاعلون", "التغطية", "التسلسل الزمني", "الأدلة"), titles);
            assertEquals("ar", doc.getDocumentCatalog().getLanguage());
        }
    }
}
