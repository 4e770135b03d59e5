package io.triangulate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkbookWriterTest {

    static final Path OUT = Path.of("target/report-test");
    static Path english;
    static Path arabic;

    @BeforeAll
    static void write() throws IOException {
        Files.createDirectories(OUT);
        english = OUT.resolve("brief-en.xlsx");
        arabic = OUT.resolve("brief-ar.xlsx");
        WorkbookWriter.write(BriefFixture.model("en"), english);
        WorkbookWriter.write(BriefFixture.model("ar"), arabic);
    }

    private static XSSFWorkbook open(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void sheetsAreNamedAndOrderedWithSummaryFirstAndEvidenceLast() throws IOException {
        try (XSSFWorkbook wb = open(english)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Summary", "Articles", "Rejects", "Actors", "Co-occurrence", "Coverage",
                    "Citations", "Timeline", "Conflicts", "Evidence"), names);
        }
    }

    @Test
    void headerRowsAreFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook wb = open(english)) {
            for (String name : List.of("Articles", "Actors", "Conflicts", "Evidence")) {
                XSSFSheet sheet = wb.getSheet(name);
                PaneInformation pane = sheet.getPaneInformation();
                assertNotNull(pane, name);
                assertTrue(pane.isFreezePane(), name);
                assertEquals(1, pane.getHorizontalSplitPosition(), name);
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), name);
            }
            assertEquals("Title", wb.getSheet("Articles").getRow(0).getCell(4).getStringCellValue());
            assertEquals(60 * 256, wb.getSheet("Articles").getColumnWidth(4));
        }
    }

    @Test
    void formulaLookingTextStaysAStringCell() throws IOException {
        try (XSSFWorkbook wb = open(english)) {
            XSSFCell cell = wb.getSheet("Rejects").getRow(2).getCell(3);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals(BriefFixture.FORMULA_LOOKING, cell.getStringCellValue());
            assertTrue(cell.getCellStyle().getQuotePrefixed());
            // seed-004's first line is a lone "-": also text, not a formula
            XSSFCell dash = wb.getSheet("Articles").getRow(5).getCell(4);
            assertEquals(CellType.STRING, dash.getCellType());
            assertEquals("-", dash.getStringCellValue());
        }
    }

    @Test
    void webUrlsAreLinksAndOtherSchemesArePlainText() throws IOException {
        try (XSSFWorkbook wb = open(english)) {
            XSSFSheet articles = wb.getSheet("Articles");
            XSSFCell web = articles.getRow(1).getCell(5);
            assertNotNull(web.getHyperlink());
            assertEquals(HyperlinkType.URL, web.getHyperlink().getType());
            assertEquals(BriefFixture.url(0), web.getHyperlink().getAddress());
            XSSFCell script = articles.getRow(4).getCell(5);
            assertEquals(BriefFixture.NON_WEB_URL, script.getStringCellValue());
            assertNull(script.getHyperlink());
        }
    }

    @Test
    void evidenceRefsLinkToTheCitedSentence() throws IOException {
        BriefModel model = BriefFixture.model("en");
        try (XSSFWorkbook wb = open(english)) {
            XSSFCell ref = wb.getSheet("Conflicts").getRow(1).getCell(7);
            assertEquals("E1; E2", ref.getStringCellValue());
            assertEquals(HyperlinkType.DOCUMENT, ref.getHyperlink().getType());
            assertEquals("'Evidence'!A2", ref.getHyperlink().getAddress());
            XSSFRow e1 = wb.getSheet("Evidence").getRow(1);
            BriefModel.Evidence expected = model.evidence().get(0);
            assertEquals("E1", e1.getCell(0).getStringCellValue());
            assertEquals("seed-000", e1.getCell(1).getStringCellValue());
            assertEquals(expected.sentenceIndex(), (int) e1.getCell(4).getNumericCellValue());
            assertEquals(expected.start(), (int) e1.getCell(5).getNumericCellValue());
            assertTrue(e1.getCell(7).getStringCellValue().contains("منذ عشرة أشهر"));
            String seedText = BriefFixture.text(0);
            assertEquals(e1.getCell(7).getStringCellValue(),
                    seedText.substring((int) e1.getCell(5).getNumericCellValue(), (int) e1.getCell(6).getNumericCellValue()));
        }
    }

    @Test
    void arabicCellsReadRightToLeftAndNumbersAreTyped() throws IOException {
        try (XSSFWorkbook wb = open(english)) {
            XSSFRow mcgurk = wb.getSheet("Actors").getRow(1);
            assertEquals("بريت ماكغورك", mcgurk.getCell(2).getStringCellValue());
            assertEquals(ReadingOrder.RIGHT_TO_LEFT, mcgurk.getCell(2).getCellStyle().getReadingOrder());
            assertEquals(ReadingOrder.LEFT_TO_RIGHT, mcgurk.getCell(1).getCellStyle().getReadingOrder());
            assertEquals(CellType.NUMERIC, mcgurk.getCell(4).getCellType());
            assertEquals(9.0, mcgurk.getCell(4).getNumericCellValue());
            assertEquals("0.0%", mcgurk.getCell(6).getCellStyle().getDataFormatString());
            assertFalse(wb.getSheet("Actors").isRightToLeft());
        }
    }

    @Test
    void coverageMatrixHasAColourScale() throws IOException {
        try (XSSFWorkbook wb = open(english)) {
            var formatting = wb.getSheet("Coverage").getSheetConditionalFormatting();
            assertEquals(1, formatting.getNumConditionalFormattings());
            assertEquals("B2:F5", formatting.getConditionalFormattingAt(0).getFormattingRanges()[0].formatAsString());
            assertNotNull(formatting.getConditionalFormattingAt(0).getRule(0).getColorScaleFormatting());
        }
    }

    @Test
    void summaryShowsMetaCountsAndFindingsWithEvidence() throws IOException {
        try (XSSFWorkbook wb = open(english)) {
            XSSFSheet summary = wb.getSheet("Summary");
            assertEquals("Triangulate brief", summary.getRow(0).getCell(0).getStringCellValue());
            String all = sheetText(summary);
            assertTrue(all.contains("Records read|7"), all);
            assertTrue(all.contains("Articles accepted|5"), all);
            assertTrue(all.contains("Records rejected|2"), all);
            assertTrue(all.contains("2024-06-01 08:30 UTC"), all);
            assertTrue(all.contains("10 months vs about 8 months"), all);
            assertTrue(all.contains("E1 seed-000 #"), all);
        }
    }

    @Test
    void arabicWorkbookHasRightToLeftSheetsAndArabicLabels() throws IOException {
        try (XSSFWorkbook wb = open(arabic)) {
            wb.forEach(s -> assertTrue(((XSSFSheet) s).isRightToLeft(), s.getSheetName()));
            assertEquals("Summary", wb.getSheetName(0));
            String all = sheetText(wb.getSheet("Summary"));
            assertTrue(all.contains("السجلات المقروءة|7"), all);
            assertEquals("المرجع", wb.getSheet("Evidence").getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void invalidModelIsRefusedNamingTheField() {
        BriefModel good = BriefFixture.model("en");
        BriefModel bad = new BriefModel(good.meta(), good.counts(),
                List.of(new BriefModel.Finding("x", "", List.of("E99"))), good.tables(), good.sections(), good.evidence());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkbookWriter.write(bad, OUT.resolve("bad.xlsx")));
        assertTrue(e.getMessage().contains("findings[0].evidenceRefs"), e.getMessage());
        assertFalse(Files.exists(OUT.resolve("bad.xlsx")));

        BriefModel.Section section = new BriefModel.Section("Actors", "", List.of(),
                List.of(new BriefModel.TableExcerpt("Actors", "", List.of(0, 42), 5)));
        BriefModel badExcerpt = new BriefModel(good.meta(), good.counts(), good.findings(), good.tables(), List.of(section), good.evidence());
        assertTrue(badExcerpt.validate().stream().anyMatch(m -> m.contains("excerpts[Actors].columns")), badExcerpt.validate().toString());
    }

    @Test
    void aCellOfTheWrongTypeIsNamedBySheetRowAndColumn() {
        BriefModel good = BriefFixture.model("en");
        SheetTable rejects = BriefFixture.rejects();
        List<List<Object>> rows = new java.util.ArrayList<>(rejects.rows());
        rows.set(1, java.util.Arrays.asList("saudinewsnet-2015-07-01.json", "forty-two", "NOT_NEWS", null));
        List<SheetTable> tables = new java.util.ArrayList<>(good.tables());
        tables.replaceAll(t -> t.sheetName().equals("Rejects") ? new SheetTable("Rejects", rejects.columns(), rows) : t);
        BriefModel bad = new BriefModel(good.meta(), good.counts(), good.findings(), tables, good.sections(), good.evidence());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkbookWriter.write(bad, OUT.resolve("bad-cell.xlsx")));
        assertTrue(e.getMessage().startsWith("Rejects row 2 column \"Line\": expected a number"), e.getMessage());
        assertFalse(Files.exists(OUT.resolve("bad-cell.xlsx")));
    }

    /** The file must also open in openpyxl (what analysts' scripts use); skipped where it is not installed. */
    @Test
    void opensInOpenpyxl() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python));
        Process probe = new ProcessBuilder(python.toString(), "-c", "import openpyxl").start();
        Assumptions.assumeTrue(probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0, "openpyxl not installed");
        Process p = new ProcessBuilder(python.toString(), "src/test/resources/report/check_workbook.py", english.toString(), arabic.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("OK"), output);
    }

    /** LibreOffice must open it too, keeping formula-looking text as text; skipped where it is not installed. */
    @Test
    void opensInLibreOffice() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice not installed");
        Path out = Files.createDirectories(OUT.resolve("libreoffice"));
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + out.resolve("profile").toUri(), "--convert-to", "html",
                "--outdir", out.toString(), english.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), log);
        String html = Files.readString(out.resolve("brief-en.html"), StandardCharsets.UTF_8);
        for (String sheet : List.of("Summary", "Articles", "Rejects", "Conflicts", "Evidence")) {
            assertTrue(html.contains("<em>" + sheet + "</em>"), sheet);
        }
        assertTrue(html.contains(">=HYPERLINK(&quot;http://attacker.example&quot;"), "formula-looking text shown as text");
        assertTrue(html.contains("href=\"" + BriefFixture.url(0) + "\""));
        assertTrue(html.contains("بريت ماكغورك"));
    }

    private static String sheetText(XSSFSheet sheet) {
        StringBuilder sb = new StringBuilder();
        sheet.forEach(row -> {
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(c.getCellType() == CellType.NUMERIC
                    ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue()));
            sb.append(String.join("|", cells)).append('\n');
        });
        return sb.toString();
    }
}
