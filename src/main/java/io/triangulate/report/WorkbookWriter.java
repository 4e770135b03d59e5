package io.triangulate.report;

import io.triangulate.report.BriefModel.Count;
import io.triangulate.report.BriefModel.Evidence;
import io.triangulate.report.BriefModel.Finding;
import io.triangulate.report.SheetTable.Column;
import io.triangulate.report.SheetTable.ColumnRange;
import io.triangulate.report.WorkbookStyles.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Writes the analyst's workbook: a Summary sheet from the model's meta, counts and findings, the
 * model's sheet tables in the fixed order analysts know, and an Evidence sheet that every REF cell
 * links to. Streams rows (SXSSF), so sheets with millions of rows keep a small heap.
 */
public final class WorkbookWriter {

    public static final String SUMMARY_SHEET = "Summary";
    public static final String EVIDENCE_SHEET = "Evidence";
    /** Sheet order after Summary; tables with other names follow in model order. */
    public static final List<String> SHEET_ORDER = List.of(
            "Articles", "Rejects", "Actors", "Co-occurrence", "Stories", "Coverage",
            "Article pairs", "Citations", "Timeline", "Conflicts", "Actor candidates");

    /** Rows kept in memory per sheet while streaming. */
    private static final int ROW_WINDOW = 200;
    private static final DateTimeFormatter GENERATED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private WorkbookWriter() {
    }

    public static void write(BriefModel model, Path xlsx) throws IOException {
        List<String> problems = model.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot write workbook: " + String.join("; ", problems));
        }
        ReportFiles.writeAtomically(xlsx, out -> {
            SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
            try {
                var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
                properties.setTitle(model.meta().productTitle() + " \u2014 " + model.meta().periodLabel());
                properties.setCreator("Triangulate");
                properties.setCreated(java.util.Optional.of(java.util.Date.from(model.meta().generatedAt())));
                fill(workbook, model);
                workbook.write(out);
            } finally {
                workbook.close();
                workbook.dispose();
            }
        });
    }

    private static void fill(SXSSFWorkbook workbook, BriefModel model) {
        Labels labels = Labels.forLanguage(model.meta().language());
        boolean rtl = model.meta().rightToLeft();
        Map<String, Integer> evidenceRows = new HashMap<>();
        for (int i = 0; i < model.evidence().size(); i++) {
            evidenceRows.put(model.evidence().get(i).refId(), i + 2);
        }
        WorkbookCells cells = new WorkbookCells(workbook, new WorkbookStyles(workbook), evidenceRows);
        writeSummary(newSheet(workbook, SUMMARY_SHEET, rtl), model, labels, cells);
        for (SheetTable table : ordered(model.tables())) {
            writeTable(newSheet(workbook, table.sheetName(), rtl), table, cells, rtl);
        }
        writeTable(newSheet(workbook, EVIDENCE_SHEET, rtl), evidenceTable(model.evidence(), labels), cells, rtl);
    }

    static List<SheetTable> ordered(List<SheetTable> tables) {
        List<SheetTable> sorted = new ArrayList<>(tables);
        // stable sort: unknown names keep model order after the known ones
        sorted.sort(Comparator.comparingInt(t -> {
            int i = SHEET_ORDER.indexOf(t.sheetName());
            return i < 0 ? SHEET_ORDER.size() : i;
        }));
        return sorted;
    }

    private static SXSSFSheet newSheet(SXSSFWorkbook workbook, String name, boolean rtl) {
        SXSSFSheet sheet = workbook.createSheet(name);
        sheet.setRightToLeft(rtl);
        return sheet;
    }

    private static void writeTable(SXSSFSheet sheet, SheetTable table, WorkbookCells cells, boolean rtl) {
        List<Column> columns = table.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            cells.header(header, c, columns.get(c).header(), rtl);
            sheet.setColumnWidth(c, Math.min(255, Math.max(4, columns.get(c).widthChars())) * 256);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = table.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                int rowNumber = r + 1;
                String columnName = columns.get(c).header();
                cells.value(row, c, values.get(c), columns.get(c).type(),
                        () -> table.sheetName() + " row " + rowNumber + " column \"" + columnName + "\"");
            }
        }
        sheet.createFreezePane(0, 1);
        int lastRow = Math.max(1, table.rows().size());
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
        }
        if (!table.rows().isEmpty()) {
            for (ColumnRange range : table.heatmaps()) {
                addColorScale(sheet, new CellRangeAddress(1, table.rows().size(), range.firstColumn(), range.lastColumn()));
            }
        }
    }

    /** White (lowest) to deep blue (highest), so the eye finds the dense cells of a matrix. */
    private static void addColorScale(Sheet sheet, CellRangeAddress range) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(2);
        scale.getThresholds()[0].setRangeType(RangeType.MIN);
        scale.getThresholds()[1].setRangeType(RangeType.MAX);
        scale.setColors(new XSSFColor[] {
            new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null),
            new XSSFColor(new byte[] {(byte) 0x31, (byte) 0x6B, (byte) 0xC4}, null)});
        formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

    private static void writeSummary(SXSSFSheet sheet, BriefModel model, Labels labels, WorkbookCells cells) {
        boolean rtl = model.meta().rightToLeft();
        int[] widths = {34, 60, 70, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        BriefModel.Meta meta = model.meta();
        int r = 0;
        cells.text(sheet.createRow(r++), 0, meta.productTitle(), Kind.TITLE);
        r = labelled(sheet, r, labels.get("meta.job"), meta.jobName(), cells);
        r = labelled(sheet, r, labels.get("meta.period"), meta.periodLabel(), cells);
        if (meta.previousPeriodLabel() != null) {
            r = labelled(sheet, r, labels.get("meta.previousPeriod"), meta.previousPeriodLabel(), cells);
        }
        r = labelled(sheet, r, labels.get("meta.generatedAt"), GENERATED_AT.format(meta.generatedAt()), cells);
        r++;
        BriefModel.CorpusCounts counts = model.counts();
        cells.text(sheet.createRow(r++), 0, labels.get("counts.title"), Kind.SECTION);
        r = counted(sheet, r, labels.get("counts.recordsIn"), counts.recordsIn(), cells);
        r = counted(sheet, r, labels.get("counts.accepted"), counts.accepted(), cells);
        r = counted(sheet, r, labels.get("counts.rejected"), counts.rejected(), cells);
        r = counted(sheet, r, labels.get("counts.duplicates"), counts.duplicates(), cells);
        r = countList(sheet, r, labels.get("counts.rejectedByReason"), counts.rejectedByReason(), cells);
        r = countList(sheet, r, labels.get("counts.articlesPerOutlet"), counts.articlesPerOutlet(), cells);
        r = countList(sheet, r, labels.get("counts.languages"), counts.languages(), cells);
        r++;
        cells.text(sheet.createRow(r++), 0, labels.get("findings.title"), Kind.SECTION);
        Row header = sheet.createRow(r++);
        cells.header(header, 0, labels.get("findings.headline"), rtl);
        cells.header(header, 1, labels.get("findings.detail"), rtl);
        cells.header(header, 2, labels.get("evidence.text"), rtl);
        cells.header(header, 3, labels.get("findings.evidence"), rtl);
        Map<String, Evidence> byRef = new HashMap<>();
        model.evidence().forEach(e -> byRef.put(e.refId(), e));
        for (Finding finding : model.findings()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, finding.headline(), Kind.TEXT);
            cells.text(row, 1, finding.detail(), Kind.TEXT);
            cells.text(row, 2, citations(finding, byRef), Kind.TEXT);
            if (!finding.evidenceRefs().isEmpty()) {
                cells.ref(row, 3, String.join("; ", finding.evidenceRefs()));
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** "seed-002 #5 [812–934]: sentence…" per ref, one per line, so the finding reads on its own. */
    private static String citations(Finding finding, Map<String, Evidence> byRef) {
        List<String> lines = new ArrayList<>();
        for (String ref : finding.evidenceRefs()) {
            Evidence e = byRef.get(ref);
            lines.add(ref + " " + e.citation() + ": " + e.sentenceText());
        }
        return String.join("\n", lines);
    }

    private static int labelled(Sheet sheet, int r, String label, String value, WorkbookCells cells) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, label, Kind.LABEL);
        cells.text(row, 1, value, Kind.TEXT);
        return r + 1;
    }

    private static int counted(Sheet sheet, int r, String label, long value, WorkbookCells cells) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, label, Kind.LABEL);
        cells.number(row, 1, value, Kind.INTEGER);
        return r + 1;
    }

    private static int countList(Sheet sheet, int r, String title, List<Count> counts, WorkbookCells cells) {
        if (counts.isEmpty()) {
            return r;
        }
        cells.text(sheet.createRow(r++), 0, title, Kind.LABEL);
        for (Count count : counts) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, "    " + count.label(), Kind.TEXT);
            cells.number(row, 1, count.value(), Kind.INTEGER);
        }
        return r;
    }

    static SheetTable evidenceTable(List<Evidence> evidence, Labels labels) {
        List<Column> columns = List.of(
                new Column(labels.get("evidence.ref"), SheetTable.ColumnType.TEXT, 8),
                new Column(labels.get("evidence.article"), SheetTable.ColumnType.TEXT, 18),
                new Column(labels.get("evidence.outlet"), SheetTable.ColumnType.TEXT, 16),
                new Column(labels.get("evidence.published"), SheetTable.ColumnType.DATE, 12),
                new Column(labels.get("evidence.sentence"), SheetTable.ColumnType.INTEGER, 10),
                new Column(labels.get("evidence.start"), SheetTable.ColumnType.INTEGER, 8),
                new Column(labels.get("evidence.end"), SheetTable.ColumnType.INTEGER, 8),
                new Column(labels.get("evidence.text"), SheetTable.ColumnType.ARABIC_TEXT, 90),
                new Column(labels.get("evidence.url"), SheetTable.ColumnType.URL, 40));
        List<List<Object>> rows = new ArrayList<>();
        for (Evidence e : evidence) {
            rows.add(java.util.Arrays.asList(e.refId(), e.articleId(), e.outlet(), e.published(),
                    e.sentenceIndex(), e.start(), e.end(), e.sentenceText(), e.url()));
        }
        return new SheetTable(EVIDENCE_SHEET, columns, rows);
    }
}
