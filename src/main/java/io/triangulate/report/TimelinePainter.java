package io.triangulate.report;

import io.triangulate.report.Figure.TimelineEntry;
import io.triangulate.report.Figure.TimelineFigure;
import io.triangulate.report.PdfCanvas.Align;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Timeline chart: one row per dated claim, grouped in lanes (one lane per fact), a bar from start
 * to end on a shared date axis, and conflicting claims in red with the word "conflict" — so a
 * reader sees at once that outlets put the same fact at different dates.
 */
final class TimelinePainter {

    private static final float ROW_HEIGHT = 16;
    private static final float AXIS_HEIGHT = 22;
    private static final float SIZE = 7.5f;

    private final PdfCanvas canvas;
    private final Labels labels;

    TimelinePainter(PdfCanvas canvas, Labels labels) {
        this.canvas = canvas;
        this.labels = labels;
    }

    void draw(TimelineFigure f) throws IOException {
        if (f.entries().isEmpty()) {
            canvas.paragraph(labels.get("pdf.noData"), canvas.regular, 9, PdfCanvas.MUTED, 0);
            return;
        }
        List<TimelineEntry> rows = groupedByLane(f.entries());
        LocalDate min = rows.stream().map(TimelineEntry::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = rows.stream().map(TimelineEntry::end).max(LocalDate::compareTo).orElseThrow();
        long span = Math.max(30, ChronoUnit.DAYS.between(min, max));
        LocalDate from = min.minusDays(Math.max(10, span / 20)).withDayOfMonth(1);
        LocalDate to = max.plusDays(Math.max(10, span / 20));
        float laneWidth = 130;
        int i = 0;
        while (i < rows.size()) {
            canvas.ensureSpace(AXIS_HEIGHT + 3 * ROW_HEIGHT);
            int fit = Math.max(1, (int) ((canvas.y() - canvas.bottom() - AXIS_HEIGHT) / ROW_HEIGHT));
            int end = Math.min(rows.size(), i + fit);
            Axis axis = new Axis(from, to, plotLeft(laneWidth), canvas.width() - laneWidth);
            float top = canvas.y();
            for (int r = i; r < end; r++) {
                boolean firstOfLane = r == i || !rows.get(r - 1).lane().equals(rows.get(r).lane());
                row(rows.get(r), firstOfLane, top - (r - i + 1) * ROW_HEIGHT, axis, laneWidth);
            }
            float axisY = top - (end - i) * ROW_HEIGHT;
            axis(axis, axisY);
            canvas.moveDown((end - i) * ROW_HEIGHT + AXIS_HEIGHT);
            i = end;
        }
    }

    /** Entries of one lane together, lanes in order of first appearance. */
    private static List<TimelineEntry> groupedByLane(List<TimelineEntry> entries) {
        Map<String, List<TimelineEntry>> lanes = new LinkedHashMap<>();
        for (TimelineEntry e : entries) {
            lanes.computeIfAbsent(e.lane(), k -> new ArrayList<>()).add(e);
        }
        List<TimelineEntry> rows = new ArrayList<>();
        lanes.values().forEach(rows::addAll);
        return rows;
    }

    private float plotLeft(float laneWidth) {
        return canvas.rtl ? canvas.left() : canvas.left() + laneWidth;
    }

    private void row(TimelineEntry e, boolean firstOfLane, float yRow, Axis axis, float laneWidth) throws IOException {
        if (firstOfLane) {
            canvas.strokeLine(canvas.left(), yRow + ROW_HEIGHT, canvas.left() + canvas.width(), yRow + ROW_HEIGHT, 0.4f, ChartPainter.GRID);
            float lx = canvas.rtl ? canvas.left() + canvas.width() - laneWidth + 6 : canvas.left();
            canvas.label(e.lane(), canvas.bold, SIZE, PdfCanvas.TEXT, lx, yRow + 5, laneWidth - 8, Align.START);
        }
        float x1 = axis.x(e.start());
        float x2 = Math.max(axis.x(e.end().plusDays(1)), x1 + 2.5f);
        java.awt.Color color = e.conflict() ? ChartPainter.CONFLICT : ChartPainter.ACCENT;
        canvas.fillRect(x1, yRow + 4, x2 - x1, ROW_HEIGHT - 8, color);
        String text = e.label() + (e.outlets().isEmpty() ? "" : " \u2014 " + String.join(", ", e.outlets()))
                + (e.conflict() ? " (" + labels.get("pdf.conflict") + ")" : "");
        float room = axis.left + axis.width - x2 - 4;
        if (room >= 120 || room >= x1 - axis.left - 4) {
            canvas.label(text, canvas.regular, SIZE, color, x2 + 4, yRow + 5, room, Align.LEFT);
        } else {
            canvas.label(text, canvas.regular, SIZE, color, axis.left, yRow + 5, x1 - axis.left - 4, Align.RIGHT);
        }
    }

    private void axis(Axis axis, float y) throws IOException {
        canvas.strokeLine(axis.left, y, axis.left + axis.width, y, 0.6f, PdfCanvas.MUTED);
        long months = ChronoUnit.MONTHS.between(YearMonth.from(axis.from), YearMonth.from(axis.to));
        int step = months <= 14 ? 1 : months <= 36 ? 3 : months <= 96 ? 12 : 24;
        YearMonth m = YearMonth.from(axis.from);
        float lastLabelEnd = -1;
        while (!m.atDay(1).isAfter(axis.to)) {
            if ((m.getMonthValue() - 1) % step == 0 || step == 1) {
                float x = axis.x(m.atDay(1));
                if (x >= axis.left) {
                    canvas.strokeLine(x, y, x, y - 3, 0.6f, PdfCanvas.MUTED);
                    String text = step >= 12 ? Integer.toString(m.getYear()) : m.toString();
                    if (x - 20 > lastLabelEnd) {
                        canvas.label(text, canvas.regular, 6.5f, PdfCanvas.MUTED, x - 20, y - 11, 40, Align.CENTER);
                        lastLabelEnd = x + 20;
                    }
                }
            }
            m = m.plusMonths(1);
        }
    }

    /** Maps dates to x; time runs left to right in both languages, as on printed Arabic timelines of dates. */
    private record Axis(LocalDate from, LocalDate to, float left, float width) {
        float x(LocalDate d) {
            long total = Math.max(1, ChronoUnit.DAYS.between(from, to));
            return left + width * ChronoUnit.DAYS.between(from, d) / total;
        }
    }
}
