package io.triangulate.report;

import io.triangulate.report.SheetTable.ColumnType;
import io.triangulate.report.WorkbookStyles.Kind;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Typed cell writing shared by every sheet. Article text is always a string cell (never a
 * formula), whatever character it starts with.
 */
final class WorkbookCells {

    /** Excel's limit on the characters of one cell. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Excel ignores hyperlinks longer than this. */
    private static final int MAX_LINK_CHARS = 2_000;

    private final WorkbookStyles styles;
    private final CreationHelper helper;
    private final Map<String, Integer> evidenceRows;

    /** @param evidenceRows ref id to its 1-based row on the Evidence sheet, for REF links */
    WorkbookCells(Workbook workbook, WorkbookStyles styles, Map<String, Integer> evidenceRows) {
        this.styles = styles;
        this.helper = workbook.getCreationHelper();
        this.evidenceRows = evidenceRows;
    }

    void header(Row row, int col, String text, boolean rightToLeft) {
        Cell cell = row.createCell(col);
        cell.setCellValue(text);
        cell.setCellStyle(styles.get(Kind.HEADER, rightToLeft));
    }

    /** Writes text with the given style kind; direction follows the text's first strong letter. */
    void text(Row row, int col, String text, Kind kind) {
        if (text == null) {
            return;
        }
        String value = text.length() > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS - 1) + "\u2026" : text;
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(styles.get(kind, ReportFiles.startsRightToLeft(value), looksLikeFormula(value)));
    }

    void number(Row row, int col, Number value, Kind kind) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.get(kind, false));
    }

    /**
     * Writes one table cell according to its column type; throws naming the cell on a type mismatch.
     * {@code where} names the cell only when asked: a workbook has a million cells and few errors.
     */
    void value(Row row, int col, Object value, ColumnType type, Supplier<String> where) {
        if (value == null) {
            return;
        }
        switch (type) {
            case TEXT, ARABIC_TEXT -> text(row, col, String.valueOf(value), Kind.TEXT);
            case INTEGER -> number(row, col, asNumber(value, where), Kind.INTEGER);
            case DECIMAL -> number(row, col, asNumber(value, where), Kind.DECIMAL);
            case PERCENT -> number(row, col, asNumber(value, where), Kind.PERCENT);
            case DATE -> date(row, col, value);
            case URL -> url(row, col, String.valueOf(value));
            case REF -> ref(row, col, String.valueOf(value));
        }
    }

    private void date(Row row, int col, Object value) {
        if (value instanceof LocalDate date) {
            Cell cell = row.createCell(col);
            cell.setCellValue(date);
            cell.setCellStyle(styles.get(Kind.DATE, false));
        } else {
            // partial dates ("2024-03", "2024") stay text: a full date would invent a day
            text(row, col, String.valueOf(value), Kind.TEXT);
        }
    }

    /** A hyperlink only for well-formed http(s) URLs; anything else is plain text. */
    void url(Row row, int col, String url) {
        if (!isWebLink(url)) {
            text(row, col, url, Kind.TEXT);
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(url);
        Hyperlink link = helper.createHyperlink(HyperlinkType.URL);
        link.setAddress(URI.create(url).toASCIIString());
        cell.setHyperlink(link);
        cell.setCellStyle(styles.get(Kind.LINK, false));
    }

    /** Evidence refs ("E3; E7"): text, linked to the first ref's row on the Evidence sheet. */
    void ref(Row row, int col, String refs) {
        String first = refs.split(";")[0].trim();
        Integer target = evidenceRows.get(first);
        if (target == null) {
            text(row, col, refs, Kind.TEXT);
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(refs);
        Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + WorkbookWriter.EVIDENCE_SHEET + "'!A" + target);
        cell.setHyperlink(link);
        cell.setCellStyle(styles.get(Kind.LINK, false));
    }

    static boolean isWebLink(String url) {
        if (url == null || url.length() > MAX_LINK_CHARS || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static Number asNumber(Object value, Supplier<String> where) {
        if (value instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException(where.get() + ": expected a number, got " + value.getClass().getSimpleName() + " \"" + value + "\"");
    }
}
