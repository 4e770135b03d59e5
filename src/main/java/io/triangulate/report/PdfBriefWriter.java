package io.triangulate.report;

import io.triangulate.report.BriefModel.Count;
import io.triangulate.report.BriefModel.Evidence;
import io.triangulate.report.BriefModel.Finding;
import io.triangulate.report.BriefModel.Section;
import io.triangulate.report.BriefModel.TableExcerpt;
import io.triangulate.report.PdfCanvas.Align;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Writes the PDF brief: cover with corpus counts, key findings in plain words, one section per
 * analysis with its figures and table excerpts, and the evidence appendix every finding cites.
 * Fonts (Amiri, OFL) are embedded as subsets; Arabic is shaped and reordered by {@link BidiText}.
 */
public final class PdfBriefWriter {

    private static final String FONT_DIR = "/triangulate/fonts/";
    private static final DateTimeFormatter GENERATED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final BriefModel model;
    private final Labels labels;
    private final PDDocument document;
    private final PdfCanvas canvas;
    private final List<Bookmark> bookmarks = new ArrayList<>();

    private record Bookmark(String title, PDPage page, float top) {
    }

    private PdfBriefWriter(BriefModel model, PDDocument document) throws IOException {
        this.model = model;
        this.labels = Labels.forLanguage(model.meta().language());
        this.document = document;
        this.canvas = new PdfCanvas(document, new BidiText(font(document, "Amiri-Regular.ttf")),
                new BidiText(font(document, "Amiri-Bold.ttf")), model.meta().rightToLeft());
    }

    public static void write(BriefModel model, Path pdf) throws IOException {
        List<String> problems = model.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot write PDF brief: " + String.join("; ", problems));
        }
        try (PDDocument document = new PDDocument()) {
            new PdfBriefWriter(model, document).render();
            ReportFiles.writeAtomically(pdf, document::save);
        }
    }

    private static PDType0Font font(PDDocument document, String file) throws IOException {
        try (InputStream in = PdfBriefWriter.class.getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IOException("Font resource missing: " + FONT_DIR + file);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private void render() throws IOException {
        try (canvas) {
            cover();
            findings();
            ChartPainter charts = new ChartPainter(canvas, labels);
            PdfTable tables = new PdfTable(canvas, labels);
            for (Section section : model.sections()) {
                section(section, charts, tables);
            }
            appendix();
        }
        pageNumbers();
        outline();
        metadata();
    }

    private void cover() throws IOException {
        canvas.newPage();
        bookmarks.add(new Bookmark(model.meta().productTitle(), canvas.page(), canvas.y()));
        canvas.moveDown(110);
        centered(model.meta().productTitle(), canvas.bold, 24, PdfCanvas.TEXT, 34);
        if (model.meta().jobName() != null) {
            centered(model.meta().jobName(), canvas.regular, 12, PdfCanvas.MUTED, 24);
        }
        centered(labels.get("meta.period") + ": " + model.meta().periodLabel(), canvas.bold, 14, PdfCanvas.TEXT, 22);
        if (model.meta().previousPeriodLabel() != null) {
            centered(labels.get("pdf.cover.previous", model.meta().previousPeriodLabel()), canvas.regular, 11, PdfCanvas.MUTED, 18);
        }
        centered(labels.get("pdf.cover.generated", GENERATED_AT.format(model.meta().generatedAt())),
                canvas.regular, 10, PdfCanvas.MUTED, 40);
        BriefModel.CorpusCounts counts = model.counts();
        centered(labels.get("counts.title"), canvas.bold, 13, PdfCanvas.TEXT, 22);
        countLine(labels.get("counts.recordsIn"), counts.recordsIn(), true);
        countLine(labels.get("counts.accepted"), counts.accepted(), true);
        countLine(labels.get("counts.rejected"), counts.rejected(), true);
        countLine(labels.get("counts.duplicates"), counts.duplicates(), true);
        countGroup(labels.get("counts.rejectedByReason"), counts.rejectedByReason());
        countGroup(labels.get("counts.articlesPerOutlet"), counts.articlesPerOutlet());
        countGroup(labels.get("counts.languages"), counts.languages());
    }

    private void centered(String text, BidiText face, float size, java.awt.Color color, float advance) throws IOException {
        canvas.ensureSpace(advance);
        canvas.moveDown(advance);
        canvas.label(text, face, size, color, canvas.left(), canvas.y(), canvas.width(), Align.CENTER);
    }

    /** "label ........ value" in a centred column, label on the reading side. */
    private void countLine(String label, long value, boolean strong) throws IOException {
        float boxWidth = 300;
        float x = canvas.left() + (canvas.width() - boxWidth) / 2;
        canvas.ensureSpace(15);
        canvas.moveDown(15);
        BidiText face = strong ? canvas.bold : canvas.regular;
        float indent = strong ? 0 : 14;
        String number = String.format(java.util.Locale.ROOT, "%,d", value);
        if (canvas.rtl) {
            canvas.label(label, face, 10, PdfCanvas.TEXT, x + 60, canvas.y(), boxWidth - indent - 60, Align.RIGHT);
            canvas.label(number, face, 10, PdfCanvas.TEXT, x, canvas.y(), 60, Align.LEFT);
        } else {
            canvas.label(label, face, 10, PdfCanvas.TEXT, x + indent, canvas.y(), boxWidth - indent - 60, Align.LEFT);
            canvas.label(number, face, 10, PdfCanvas.TEXT, x + boxWidth - 60, canvas.y(), 60, Align.RIGHT);
        }
    }

    private void countGroup(String title, List<Count> counts) throws IOException {
        if (counts.isEmpty()) {
            return;
        }
        canvas.moveDown(6);
        countLine(title, counts.stream().mapToLong(Count::value).sum(), true);
        for (Count c : counts) {
            countLine(c.label(), c.value(), false);
        }
    }

    private void heading(String title, float size) throws IOException {
        canvas.ensureSpace(size * 2 + 80);
        bookmarks.add(new Bookmark(title, canvas.page(), canvas.y()));
        canvas.paragraph(title, canvas.bold, size, PdfCanvas.TEXT, 0);
        canvas.moveDown(size * 0.6f);
    }

    private void findings() throws IOException {
        canvas.newPage();
        heading(labels.get("findings.title"), 18);
        Map<String, Evidence> byRef = evidenceByRef();
        int n = 1;
        for (Finding finding : model.findings()) {
            canvas.ensureSpace(60);
            canvas.moveDown(4);
            canvas.paragraph(n++ + ". " + finding.headline(), canvas.bold, 11.5f, PdfCanvas.TEXT, 0);
            canvas.paragraph(finding.detail(), canvas.regular, 10, PdfCanvas.TEXT, 14);
            for (String ref : finding.evidenceRefs()) {
                Evidence e = byRef.get(ref);
                canvas.paragraph(ref + " \u00B7 " + e.outlet() + " \u00B7 " + e.citation(), canvas.bold, 8, PdfCanvas.MUTED, 14);
                canvas.paragraph("\u201C" + e.sentenceText() + "\u201D", canvas.regular, 9.5f, PdfCanvas.TEXT, 28);
            }
            canvas.moveDown(6);
        }
    }

    private void section(Section section, ChartPainter charts, PdfTable tables) throws IOException {
        canvas.newPage();
        heading(section.title(), 16);
        canvas.paragraph(section.intro(), canvas.regular, 10, PdfCanvas.TEXT, 0);
        canvas.moveDown(4);
        for (Figure figure : section.figures()) {
            charts.draw(figure);
        }
        for (TableExcerpt excerpt : section.excerpts()) {
            tables.draw(model.table(excerpt.sheetName()).orElseThrow(), excerpt);
        }
    }

    private void appendix() throws IOException {
        canvas.newPage();
        heading(labels.get("evidence.title"), 16);
        canvas.paragraph(labels.get("evidence.intro"), canvas.regular, 9.5f, PdfCanvas.MUTED, 0);
        canvas.moveDown(6);
        for (Evidence e : model.evidence()) {
            canvas.ensureSpace(50);
            canvas.moveDown(4);
            String published = e.published() == null ? "" : " \u00B7 " + e.published();
            canvas.paragraph(e.refId() + " \u00B7 " + e.citation() + " \u00B7 " + e.outlet() + published,
                    canvas.bold, 8.5f, PdfCanvas.TEXT, 0);
            canvas.paragraph(e.sentenceText(), canvas.regular, 9.5f, PdfCanvas.TEXT, 12);
            if (e.url() != null && !e.url().isBlank()) {
                canvas.paragraph(e.url(), canvas.regular, 7.5f, ChartPainter.ACCENT, 12);
                if (WorkbookCells.isWebLink(e.url())) {
                    link(e.url());
                }
            }
        }
    }

    /** A clickable area over the URL line just drawn. */
    private void link(String url) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(canvas.left(), canvas.y() - 2, canvas.width(), 11));
        PDActionURI action = new PDActionURI();
        action.setURI(java.net.URI.create(url).toASCIIString());
        link.setAction(action);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        canvas.page().getAnnotations().add(link);
    }

    private Map<String, Evidence> evidenceByRef() {
        Map<String, Evidence> byRef = new HashMap<>();
        model.evidence().forEach(e -> byRef.put(e.refId(), e));
        return byRef;
    }

    private void pageNumbers() throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = canvas.regular.clean(labels.get("pdf.page", i + 1, total));
                float w = canvas.regular.width(text, 8);
                stream.beginText();
                stream.setFont(canvas.regular.font(), 8);
                stream.setNonStrokingColor(PdfCanvas.MUTED);
                stream.newLineAtOffset((PDRectangle.A4.getWidth() - w) / 2, PdfCanvas.MARGIN - 10);
                stream.showText(BidiText.visual(text, BidiText.paragraphRtl(text, canvas.rtl)));
                stream.endText();
            }
        }
    }

    private void outline() {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (Bookmark b : bookmarks) {
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(b.page());
            destination.setTop(Math.round(b.top()));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            item.setDestination(destination);
            outline.addLast(item);
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private void metadata() {
        BriefModel.Meta meta = model.meta();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(meta.productTitle() + " \u2014 " + meta.periodLabel());
        info.setSubject(meta.jobName() == null ? meta.periodLabel() : meta.jobName() + " \u2014 " + meta.periodLabel());
        info.setCreator("Triangulate");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(meta.generatedAt().toEpochMilli());
        info.setCreationDate(created);
        info.setModificationDate(created);
        document.getDocumentCatalog().setLanguage(meta.language());
        // a fixed file identifier derived from the model, so the same model gives the same file
        byte[] id = digest(meta.productTitle() + "|" + meta.jobName() + "|" + meta.periodLabel() + "|" + meta.generatedAt() + "|" + meta.language());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every JVM", e);
        }
    }
}
