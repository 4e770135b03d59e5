package io.triangulate.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The one style registry of a workbook. Excel caps a file at 64,000 cell styles, so styles are
 * created once per distinct (kind, direction, quote-prefix) and shared by every cell.
 */
final class WorkbookStyles {

    enum Kind { TITLE, SECTION, HEADER, LABEL, TEXT, INTEGER, DECIMAL, PERCENT, DATE, LINK }

    private record Key(Kind kind, boolean rightToLeft, boolean quotePrefixed) {
    }

    private final Workbook workbook;
    private final Map<Key, CellStyle> styles = new HashMap<>();
    private Font bold;
    private Font title;
    private Font link;

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    CellStyle get(Kind kind, boolean rightToLeft) {
        return get(kind, rightToLeft, false);
    }

    /**
     * @param quotePrefixed marks text that looks like a formula ("=", "+", "-", "@"), so that
     *                      editing the cell in Excel keeps it text instead of evaluating it
     */
    CellStyle get(Kind kind, boolean rightToLeft, boolean quotePrefixed) {
        return styles.computeIfAbsent(new Key(kind, rightToLeft, quotePrefixed), this::create);
    }

    private CellStyle create(Key key) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setQuotePrefixed(key.quotePrefixed());
        if (key.rightToLeft()) {
            style.setReadingOrder(ReadingOrder.RIGHT_TO_LEFT);
            style.setAlignment(HorizontalAlignment.RIGHT);
        } else {
            style.setReadingOrder(ReadingOrder.LEFT_TO_RIGHT);
        }
        switch (key.kind()) {
            case TITLE -> style.setFont(titleFont());
            case SECTION -> style.setFont(boldFont());
            case HEADER -> {
                style.setFont(boldFont());
                style.setWrapText(true);
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setBorderBottom(BorderStyle.THIN);
            }
            case LABEL -> style.setFont(boldFont());
            case TEXT -> style.setWrapText(true);
            case INTEGER -> style.setDataFormat(format("#,##0"));
            case DECIMAL -> style.setDataFormat(format("#,##0.000"));
            case PERCENT -> style.setDataFormat(format("0.0%"));
            case DATE -> style.setDataFormat(format("yyyy-mm-dd"));
            case LINK -> style.setFont(linkFont());
        }
        return style;
    }

    private short format(String pattern) {
        return workbook.createDataFormat().getFormat(pattern);
    }

    private Font boldFont() {
        if (bold == null) {
            bold = workbook.createFont();
            bold.setBold(true);
        }
        return bold;
    }

    private Font titleFont() {
        if (title == null) {
            title = workbook.createFont();
            title.setBold(true);
            title.setFontHeightInPoints((short) 14);
        }
        return title;
    }

    private Font linkFont() {
        if (link == null) {
            link = workbook.createFont();
            link.setUnderline(Font.U_SINGLE);
            link.setColor(IndexedColors.BLUE.getIndex());
        }
        return link;
    }
}
