package io.triangulate.report;

import io.triangulate.report.Figure.Bar;
import io.triangulate.report.Figure.BarFigure;
import io.triangulate.report.Figure.Edge;
import io.triangulate.report.Figure.HeatmapFigure;
import io.triangulate.report.Figure.NetworkFigure;
import io.triangulate.report.Figure.Node;
import io.triangulate.report.Figure.TimelineFigure;
import io.triangulate.report.PdfCanvas.Align;
import java.awt.Color;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the brief's figures as vector graphics straight on the page, with the same shaped,
 * extractable text as the body. Long heat maps and timelines continue on the next page.
 */
final class ChartPainter {

    static final Color ACCENT = new Color(0x31, 0x6B, 0xC4);
    static final Color CONFLICT = new Color(0xC6, 0x28, 0x28);
    static final Color GRID = new Color(0xCC, 0xCC, 0xCC);
    private static final Color[] COMMUNITY = {
        new Color(0x31, 0x6B, 0xC4), new Color(0xE0, 0x7B, 0x20), new Color(0x3A, 0x9A, 0x4A),
        new Color(0x9B, 0x4D, 0xB8), new Color(0xC6, 0x28, 0x28), new Color(0x1F, 0x9E, 0xA8),
        new Color(0x8C, 0x6D, 0x3B), new Color(0xD9, 0x4F, 0x9A)};
    /** Beyond this many nodes only the heaviest get a label, so labels stay readable. */
    private static final int MAX_NODE_LABELS = 40;
    private static final float NETWORK_HEIGHT = 360;

    private final PdfCanvas canvas;
    private final Labels labels;
    private final TimelinePainter timeline;

    ChartPainter(PdfCanvas canvas, Labels labels) {
        this.canvas = canvas;
        this.labels = labels;
        this.timeline = new TimelinePainter(canvas, labels);
    }

    void draw(Figure figure) throws IOException {
        canvas.ensureSpace(60);
        title(figure.title());
        if (figure instanceof NetworkFigure f) {
            network(f);
        } else if (figure instanceof HeatmapFigure f) {
            heatmap(f);
        } else if (figure instanceof TimelineFigure f) {
            timeline.draw(f);
        } else if (figure instanceof BarFigure f) {
            bars(f);
        }
        canvas.moveDown(14);
    }

    private void title(String title) throws IOException {
        canvas.moveDown(14);
        canvas.label(title, canvas.bold, 10.5f, PdfCanvas.TEXT, canvas.left(), canvas.y(), canvas.width(), Align.START);
        canvas.moveDown(8);
    }

    private boolean noData(boolean empty) throws IOException {
        if (empty) {
            canvas.paragraph(labels.get("pdf.noData"), canvas.regular, 9, PdfCanvas.MUTED, 0);
        }
        return empty;
    }

    private void network(NetworkFigure f) throws IOException {
        if (noData(f.nodes().isEmpty())) {
            return;
        }
        canvas.ensureSpace(NETWORK_HEIGHT);
        float top = canvas.y();
        float inset = 18;
        float x0 = canvas.left() + inset;
        float w = canvas.width() - 2 * inset;
        float y0 = top - NETWORK_HEIGHT + inset;
        float h = NETWORK_HEIGHT - 2 * inset;
        canvas.stream().setStrokingColor(GRID);
        canvas.stream().setLineWidth(0.5f);
        canvas.stream().addRect(canvas.left(), top - NETWORK_HEIGHT, canvas.width(), NETWORK_HEIGHT);
        canvas.stream().stroke();
        Map<String, Node> byId = new HashMap<>();
        f.nodes().forEach(n -> byId.put(n.id(), n));
        double maxEdge = f.edges().stream().mapToDouble(Edge::weight).max().orElse(1);
        for (Edge e : f.edges()) {
            Node a = byId.get(e.a());
            Node b = byId.get(e.b());
            if (a == null || b == null) {
                continue;
            }
            float t = (float) (e.weight() / maxEdge);
            canvas.strokeLine(px(a, x0, w), py(a, y0, h), px(b, x0, w), py(b, y0, h), 0.4f + 3f * t,
                    blend(new Color(0xDD, 0xDD, 0xDD), new Color(0x88, 0x88, 0x88), t));
        }
        double maxNode = f.nodes().stream().mapToDouble(Node::weight).max().orElse(1);
        List<Node> heaviest = f.nodes().stream()
                .sorted(Comparator.comparingDouble(Node::weight).reversed().thenComparing(Node::id)).toList();
        for (Node n : heaviest) {
            canvas.circle(px(n, x0, w), py(n, y0, h), radius(n, maxNode), community(n.community()), Color.WHITE);
        }
        for (Node n : heaviest.subList(0, Math.min(MAX_NODE_LABELS, heaviest.size()))) {
            float r = radius(n, maxNode);
            float cx = px(n, x0, w);
            String text = canvas.rtl && n.labelAr() != null && !n.labelAr().isBlank() ? n.labelAr() : n.label();
            boolean leftSide = n.x() > 0.75;
            float labelWidth = 120;
            float lx = leftSide ? cx - r - 2 - labelWidth : cx + r + 2;
            canvas.label(text, canvas.regular, 8, PdfCanvas.TEXT, lx, py(n, y0, h) - 2.5f, labelWidth,
                    leftSide ? Align.RIGHT : Align.LEFT);
        }
        canvas.moveDown(NETWORK_HEIGHT);
    }

    private static float radius(Node n, double maxNode) {
        return 3f + 9f * (float) Math.sqrt(Math.max(0, n.weight()) / Math.max(1e-9, maxNode));
    }

    private static float px(Node n, float x0, float w) {
        return x0 + (float) clamp(n.x()) * w;
    }

    private static float py(Node n, float y0, float h) {
        return y0 + (1f - (float) clamp(n.y())) * h;
    }

    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0.5;
    }

    static Color community(int community) {
        return COMMUNITY[Math.floorMod(community, COMMUNITY.length)];
    }

    static Color blend(Color from, Color to, float t) {
        float u = Math.max(0, Math.min(1, t));
        return new Color(Math.round(from.getRed() + (to.getRed() - from.getRed()) * u),
                Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * u),
                Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * u));
    }

    private void heatmap(HeatmapFigure f) throws IOException {
        if (noData(f.rowLabels().isEmpty() || f.columnLabels().isEmpty())) {
            return;
        }
        float size = 7.5f;
        float rowLabelWidth = Math.min(170, maxWidth(f.rowLabels(), size) + 8);
        int cols = f.columnLabels().size();
        float cellW = Math.min(46, (canvas.width() - rowLabelWidth) / cols);
        float cellH = 15;
        float colLabelWidth = maxWidth(f.columnLabels(), size);
        boolean vertical = colLabelWidth > cellW - 4;
        float headerH = vertical ? Math.min(100, colLabelWidth + 6) : 14;
        double max = 0;
        for (double[] row : f.values()) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        int r = 0;
        while (r < f.rowLabels().size()) {
            canvas.ensureSpace(headerH + 3 * cellH);
            int fit = Math.max(1, (int) ((canvas.y() - canvas.bottom() - headerH) / cellH));
            int end = Math.min(f.rowLabels().size(), r + fit);
            float top = canvas.y();
            for (int c = 0; c < cols; c++) {
                float x = cellX(c, cols, cellW, rowLabelWidth);
                if (vertical) {
                    canvas.verticalLabel(f.columnLabels().get(c), canvas.regular, size, PdfCanvas.TEXT,
                            x + cellW / 2 + size / 3, top - headerH + 3, headerH - 4);
                } else {
                    canvas.label(f.columnLabels().get(c), canvas.regular, size, PdfCanvas.TEXT, x, top - 10, cellW, Align.CENTER);
                }
            }
            for (int i = r; i < end; i++) {
                float yRow = top - headerH - (i - r + 1) * cellH;
                float labelX = canvas.rtl ? canvas.left() + canvas.width() - rowLabelWidth + 4 : canvas.left();
                canvas.label(f.rowLabels().get(i), canvas.regular, size, PdfCanvas.TEXT, labelX, yRow + 4.5f,
                        rowLabelWidth - 8, Align.START);
                for (int c = 0; c < cols; c++) {
                    heatCell(f.values()[i][c], max, cellX(c, cols, cellW, rowLabelWidth), yRow, cellW, cellH, size);
                }
            }
            canvas.moveDown(headerH + (end - r) * cellH);
            r = end;
        }
    }

    private void heatCell(double v, double max, float x, float y, float w, float h, float size) throws IOException {
        if (!Double.isFinite(v)) {
            canvas.fillRect(x + 0.5f, y + 0.5f, w - 1, h - 1, new Color(0xF2, 0xF2, 0xF2));
            return;
        }
        float t = max > 0 ? (float) (v / max) : 0;
        canvas.fillRect(x + 0.5f, y + 0.5f, w - 1, h - 1, blend(Color.WHITE, ACCENT, t));
        String text = v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
        canvas.label(text, canvas.regular, size, t > 0.6f ? Color.WHITE : PdfCanvas.TEXT, x, y + 4.5f, w, Align.CENTER);
    }

    /** Column c's left edge; in Arabic reports the first column sits at the right, next to the row labels. */
    private float cellX(int c, int cols, float cellW, float rowLabelWidth) {
        if (canvas.rtl) {
            return canvas.left() + canvas.width() - rowLabelWidth - (c + 1) * cellW;
        }
        return canvas.left() + rowLabelWidth + c * cellW;
    }

    private void bars(BarFigure f) throws IOException {
        if (noData(f.bars().isEmpty())) {
            return;
        }
        float size = 8.5f;
        float rowH = 17;
        float labelWidth = Math.min(160, maxWidth(f.bars().stream().map(Bar::label).toList(), size) + 8);
        float valueWidth = 90;
        float barMax = canvas.width() - labelWidth - valueWidth;
        for (Bar bar : f.bars()) {
            canvas.ensureSpace(rowH);
            float yRow = canvas.y() - rowH;
            float barLen = (float) Math.max(0, Math.min(1, bar.value())) * barMax;
            String value = String.format(java.util.Locale.ROOT, "%.0f%%", bar.value() * 100) + "  ("
                    + labels.get("pdf.barCount", bar.count()) + ")";
            if (canvas.rtl) {
                float right = canvas.left() + canvas.width();
                canvas.label(bar.label(), canvas.regular, size, PdfCanvas.TEXT, right - labelWidth + 4, yRow + 5, labelWidth - 8, Align.RIGHT);
                canvas.fillRect(right - labelWidth - barLen, yRow + 3, barLen, rowH - 6, ACCENT);
                canvas.label(value, canvas.regular, size, PdfCanvas.MUTED, right - labelWidth - barLen - valueWidth, yRow + 5, valueWidth - 4, Align.RIGHT);
            } else {
                canvas.label(bar.label(), canvas.regular, size, PdfCanvas.TEXT, canvas.left(), yRow + 5, labelWidth - 8, Align.LEFT);
                float x = canvas.left() + labelWidth;
                canvas.fillRect(x, yRow + 3, barLen, rowH - 6, ACCENT);
                canvas.label(value, canvas.regular, size, PdfCanvas.MUTED, x + barLen + 4, yRow + 5, valueWidth - 4, Align.LEFT);
            }
            canvas.moveDown(rowH);
        }
    }

    private float maxWidth(List<String> texts, float size) {
        float max = 0;
        for (String t : texts) {
            max = Math.max(max, canvas.regular.width(canvas.regular.clean(t), size));
        }
        return max;
    }
}
