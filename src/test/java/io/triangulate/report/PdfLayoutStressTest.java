package io.triangulate.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triangulate.report.BriefModel.Evidence;
import io.triangulate.report.Figure.Bar;
import io.triangulate.report.Figure.Edge;
import io.triangulate.report.Figure.Node;
import io.triangulate.report.Figure.TimelineEntry;
import io.triangulate.report.SheetTable.Column;
import io.triangulate.report.SheetTable.ColumnType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Figures and tables too long for one page (a week of 14 outlets): they must continue on the next
 * page with nothing cut or drawn over the footer.
 */
class PdfLayoutStressTest {

    private static final List<String> OUTLETS = List.of("aawsat", "aleqtisadiya", "alittihad", "alqabas", "alriyadh",
            "alwatan", "alyaum", "arreyadi", "okaz", "sabq", "saudiyoon", "slaati", "spa", "almadina");

    @Test
    void longFiguresAndTablesContinueOnNextPages() throws IOException {
        BriefModel base = BriefFixture.model("ar");
        List<Evidence> evidence = base.evidence();
        List<String> facts = new ArrayList<>();
        double[][] values = new double[60][OUTLETS.size()];
        for (int r = 0; r < 60; r++) {
            facts.add("حقيقة رقم " + (r + 1) + " عن محادثات مسقط");
            for (int c = 0; c < OUTLETS.size(); c++) {
                values[r][c] = (r * 7 + c * 3) % 11;
            }
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            entries.add(new TimelineEntry("Lane " + (i / 4), LocalDate.of(2023, 1, 1).plusDays(i * 9L), null,
                    "claim " + i, i % 5 == 0, List.of(OUTLETS.get(i % OUTLETS.size()))));
        }
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            nodes.add(new Node("n" + i, "Actor " + i, "فاعل " + i, "person", 120 - i, i % 6,
                    (i * 37 % 100) / 100.0, (i * 53 % 100) / 100.0));
            if (i > 0) {
                edges.add(new Edge("n" + i, "n" + (i * 7 % i), 1 + i % 4));
            }
        }
        List<Bar> bars = OUTLETS.stream().map(o -> new Bar(o, (o.length() % 7) / 6.0, o.length())).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(Arrays.asList("row " + i, evidence.get(i % evidence.size()).sentenceText(), (long) i));
        }
        SheetTable big = new SheetTable("Stories", List.of(new Column("Story", ColumnType.TEXT, 10),
                new Column("Lead sentence", ColumnType.ARABIC_TEXT, 60), new Column("Articles", ColumnType.INTEGER, 8)), rows);
        List<SheetTable> tables = new ArrayList<>(base.tables());
        tables.add(big);
        BriefModel model = new BriefModel(base.meta(), base.counts(), base.findings(), tables, List.of(
                new BriefModel.Section("Stress", "", List.of(
                        new Figure.HeatmapFigure("Coverage, 60 facts x 14 outlets", facts, OUTLETS, values),
                        new Figure.TimelineFigure("70 dated claims", entries),
                        new Figure.NetworkFigure("120 actors", nodes, edges),
                        new Figure.BarFigure("14 outlets", bars)),
                        List.of(new BriefModel.TableExcerpt("Stories", "Stories", List.of(), 40)))), evidence);
        Path pdf = Path.of("target/report-test/stress-ar.pdf");
        Files.createDirectories(pdf.getParent());
        PdfBriefWriter.write(model, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(doc.getNumberOfPages() >= 8, "pages " + doc.getNumberOfPages());
            assertTrue(text.contains("حقيقة رقم 60"), "last heat-map row drawn");
            assertTrue(text.contains("claim 69"), "last timeline entry drawn");
            assertTrue(text.contains("row 39"), "last table row drawn");
        }
    }
}
