package io.triangulate.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Page flow of the brief: a cursor moving down A4 pages, new pages on demand, and text drawing
 * that is direction-aware (right-aligned, mirrored layout for Arabic reports).
 */
final class PdfCanvas implements AutoCloseable {

    static final float MARGIN = 50;
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);

    enum Align { START, END, LEFT, RIGHT, CENTER }

    private final PDDocument document;
    final BidiText regular;
    final BidiText bold;
    final boolean rtl;
    private PDPage page;
    private PDPageContentStream stream;
    private float y;

    PdfCanvas(PDDocument document, BidiText regular, BidiText bold, boolean rtl) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        this.rtl = rtl;
    }

    PDPage page() {
        return page;
    }

    PDPageContentStream stream() {
        return stream;
    }

    float y() {
        return y;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    float bottom() {
        return MARGIN + 20; // room for the page number
    }

    void newPage() throws IOException {
        closeStream();
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code height} points still fit below the cursor. */
    void ensureSpace(float height) throws IOException {
        if (page == null || y - height < bottom()) {
            newPage();
        }
    }

    void moveDown(float height) {
        y -= height;
    }

    /**
     * A wrapped paragraph at the cursor, aligned by the text's own direction (the report's
     * direction for neutral text), breaking pages between lines.
     */
    void paragraph(String text, BidiText face, float size, Color color, float indent) throws IOException {
        String clean = face.clean(text);
        if (clean.isEmpty()) {
            return;
        }
        boolean paraRtl = BidiText.paragraphRtl(clean, rtl);
        float leading = size * 1.45f;
        List<String> lines = face.wrap(clean, size, width() - indent);
        for (String line : lines) {
            ensureSpace(leading);
            y -= leading;
            float x = paraRtl ? left() : left() + indent;
            float w = width() - indent;
            drawLine(line, face, size, color, x, y + size * 0.35f, w, paraRtl ? Align.RIGHT : Align.LEFT, paraRtl);
        }
    }

    /** One cleaned logical line, cut to fit {@code maxWidth}, aligned in the box [x, x+maxWidth]. */
    void drawLine(String logical, BidiText face, float size, Color color, float x, float baseline,
                  float maxWidth, Align align, boolean paraRtl) throws IOException {
        String fitted = face.fit(logical, size, maxWidth);
        float w = face.width(fitted, size);
        float startX = switch (resolve(align)) {
            case RIGHT -> x + maxWidth - w;
            case CENTER -> x + (maxWidth - w) / 2;
            default -> x;
        };
        stream.beginText();
        stream.setFont(face.font(), size);
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(startX, baseline);
        stream.showText(BidiText.visual(fitted, paraRtl));
        stream.endText();
    }

    /** A short label (chart text): cleaned, fitted and placed; direction from the label itself. */
    void label(String text, BidiText face, float size, Color color, float x, float baseline, float maxWidth, Align align)
            throws IOException {
        String clean = face.clean(text);
        if (!clean.isEmpty()) {
            drawLine(clean, face, size, color, x, baseline, maxWidth, align, BidiText.paragraphRtl(clean, rtl));
        }
    }

    /** A label rotated 90 degrees counter-clockwise, reading bottom to top from (x, y). */
    void verticalLabel(String text, BidiText face, float size, Color color, float x, float y, float maxLength)
            throws IOException {
        String clean = face.fit(face.clean(text), size, maxLength);
        if (clean.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(face.font(), size);
        stream.setNonStrokingColor(color);
        stream.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, y));
        stream.showText(BidiText.visual(clean, BidiText.paragraphRtl(clean, rtl)));
        stream.endText();
    }

    /** START/END follow the report direction; LEFT/RIGHT/CENTER are physical. */
    Align resolve(Align align) {
        return switch (align) {
            case START -> rtl ? Align.RIGHT : Align.LEFT;
            case END -> rtl ? Align.LEFT : Align.RIGHT;
            default -> align;
        };
    }

    void fillRect(float x, float y0, float w, float h, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, y0, w, h);
        stream.fill();
    }

    void strokeLine(float x1, float y1, float x2, float y2, float width, Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(width);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    /** A filled circle with an outline, drawn with four Bézier arcs. */
    void circle(float cx, float cy, float r, Color fill, Color outline) throws IOException {
        float k = 0.5523f * r;
        stream.moveTo(cx + r, cy);
        stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        stream.closePath();
        stream.setNonStrokingColor(fill);
        stream.setStrokingColor(outline);
        stream.setLineWidth(0.6f);
        stream.fillAndStroke();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
