package io.triangulate.report;

import io.triangulate.report.BriefModel.TableExcerpt;
import io.triangulate.report.PdfCanvas.Align;
import io.triangulate.report.SheetTable.Column;
import io.triangulate.report.SheetTable.ColumnType;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A top-N excerpt of a sheet table in the brief: wrapped cells, header repeated after a page
 * break, columns mirrored (first column at the right) in Arabic reports.
 */
final class PdfTable {

    private static final float SIZE = 7.5f;
    private static final float LEADING = 10;
    private static final float PAD = 3;
    private static final int MAX_LINES_PER_CELL = 8;
    private static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF2);

    private final PdfCanvas canvas;
    private final Labels labels;

    PdfTable(PdfCanvas canvas, Labels labels) {
        this.canvas = canvas;
        this.labels = labels;
    }

    void draw(SheetTable table, TableExcerpt excerpt) throws IOException {
        List<Integer> cols = excerpt.columns().isEmpty()
                ? IntStream.range(0, table.columns().size()).boxed().toList() : excerpt.columns();
        List<Column> columns = cols.stream().map(table.columns()::get).toList();
        float[] widths = widths(columns);
        int shown = Math.min(Math.max(0, excerpt.maxRows()), table.rows().size());
        if (!excerpt.caption().isEmpty()) {
            canvas.ensureSpace(60);
            canvas.moveDown(6);
            canvas.paragraph(excerpt.caption(), canvas.bold, 10, PdfCanvas.TEXT, 0);
            canvas.moveDown(4);
        }
        List<String> headers = columns.stream().map(Column::header).toList();
        canvas.ensureSpace(40);
        drawRow(headers, columns, widths, true);
        for (int r = 0; r < shown; r++) {
            List<Object> source = table.rows().get(r);
            List<String> cells = cols.stream().map(c -> format(source.get(c), table.columns().get(c).type())).toList();
            float height = rowHeight(cells, widths, false);
            if (canvas.y() - height < canvas.bottom()) {
                canvas.newPage();
                drawRow(headers, columns, widths, true);
            }
            drawRow(cells, columns, widths, false);
        }
        canvas.moveDown(4);
        canvas.paragraph(labels.get("pdf.excerpt", shown, table.rows().size(), table.sheetName()),
                canvas.regular, 7.5f, PdfCanvas.MUTED, 0);
        canvas.moveDown(8);
    }

    private float[] widths(List<Column> columns) {
        float total = 0;
        for (Column c : columns) {
            total += Math.max(4, c.widthChars());
        }
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = canvas.width() * Math.max(4, columns.get(i).widthChars()) / total;
        }
        return widths;
    }

    private float rowHeight(List<String> cells, float[] widths, boolean header) {
        BidiText face = header ? canvas.bold : canvas.regular;
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, Math.min(MAX_LINES_PER_CELL, face.wrap(face.clean(cells.get(i)), SIZE, widths[i] - 2 * PAD).size()));
        }
        return lines * LEADING + 2 * PAD;
    }

    private void drawRow(List<String> cells, List<Column> columns, float[] widths, boolean header) throws IOException {
        BidiText face = header ? canvas.bold : canvas.regular;
        float height = rowHeight(cells, widths, header);
        float top = canvas.y();
        if (header) {
            canvas.fillRect(canvas.left(), top - height, canvas.width(), height, HEADER_FILL);
        }
        float x = canvas.rtl ? canvas.left() + canvas.width() : canvas.left();
        for (int i = 0; i < cells.size(); i++) {
            float cellLeft = canvas.rtl ? x - widths[i] : x;
            String clean = face.clean(cells.get(i));
            boolean paraRtl = BidiText.paragraphRtl(clean, canvas.rtl);
            Align align = isNumeric(columns.get(i).type()) && !header ? Align.RIGHT : paraRtl ? Align.RIGHT : Align.LEFT;
            List<String> lines = face.wrap(clean, SIZE, widths[i] - 2 * PAD);
            if (lines.size() > MAX_LINES_PER_CELL) {
                List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES_PER_CELL));
                cut.set(MAX_LINES_PER_CELL - 1, cut.get(MAX_LINES_PER_CELL - 1) + " \u2026");
                lines = cut;
            }
            for (int l = 0; l < lines.size(); l++) {
                canvas.drawLine(lines.get(l), face, SIZE, PdfCanvas.TEXT, cellLeft + PAD,
                        top - PAD - (l + 1) * LEADING + 2.5f, widths[i] - 2 * PAD, align, paraRtl);
            }
            x = canvas.rtl ? x - widths[i] : x + widths[i];
        }
        canvas.strokeLine(canvas.left(), top - height, canvas.left() + canvas.width(), top - height, 0.3f, ChartPainter.GRID);
        canvas.moveDown(height);
    }

    private static boolean isNumeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.DECIMAL || type == ColumnType.PERCENT;
    }

    static String format(Object value, ColumnType type) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case INTEGER -> value instanceof Number n ? String.format(Locale.ROOT, "%,d", n.longValue()) : value.toString();
            case DECIMAL -> value instanceof Number n ? String.format(Locale.ROOT, "%.3f", n.doubleValue()) : value.toString();
            case PERCENT -> value instanceof Number n ? String.format(Locale.ROOT, "%.1f%%", n.doubleValue() * 100) : value.toString();
            default -> value.toString();
        };
    }
}
