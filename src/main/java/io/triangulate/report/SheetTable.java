package io.triangulate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One workbook sheet as a typed table, so the writer needs no knowledge of the analysis behind it.
 * Cell values by column type: TEXT/ARABIC_TEXT/URL/REF any object (written as its string),
 * INTEGER/DECIMAL/PERCENT a {@link Number} (PERCENT as a fraction 0..1), DATE a
 * {@link java.time.LocalDate} or an ISO prefix string ("2024-03") for partial dates; null = empty.
 * A REF cell holds one or more evidence ref ids separated by "; ".
 *
 * @param heatmaps column ranges (0-based, inclusive) whose numeric cells get a colour scale
 */
public record SheetTable(String sheetName, List<Column> columns, List<List<Object>> rows, List<ColumnRange> heatmaps) {

    public SheetTable {
        Objects.requireNonNull(sheetName, "sheetName");
        columns = List.copyOf(columns);
        // rows may hold nulls, so no List.copyOf on the inner lists
        rows = java.util.Collections.unmodifiableList(new ArrayList<>(rows));
        heatmaps = List.copyOf(heatmaps);
    }

    public SheetTable(String sheetName, List<Column> columns, List<List<Object>> rows) {
        this(sheetName, columns, rows, List.of());
    }

    public enum ColumnType { TEXT, ARABIC_TEXT, INTEGER, DECIMAL, PERCENT, DATE, URL, REF }

    /** A column: header text as shown, value type, width in characters. */
    public record Column(String header, ColumnType type, int widthChars) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(type, "type");
        }
    }

    /** Inclusive 0-based column range. */
    public record ColumnRange(int firstColumn, int lastColumn) {
    }

    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        String where = "tables[" + sheetName + "]";
        if (sheetName.isEmpty() || sheetName.length() > 31 || sheetName.matches(".*[\\[\\]:*?/\\\\].*")) {
            problems.add(where + ".sheetName: 1-31 characters without []:*?/\\");
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != columns.size()) {
                problems.add(where + ".rows[" + r + "]: " + rows.get(r).size() + " cells for " + columns.size() + " columns");
            }
        }
        for (ColumnRange range : heatmaps) {
            if (range.firstColumn() < 0 || range.lastColumn() >= columns.size() || range.firstColumn() > range.lastColumn()) {
                problems.add(where + ".heatmaps: bad range " + range);
            }
        }
        return problems;
    }
}
