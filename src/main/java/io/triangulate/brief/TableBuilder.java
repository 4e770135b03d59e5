package io.triangulate.brief;

import io.triangulate.report.Labels;
import io.triangulate.report.SheetTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds a {@link SheetTable} row by row, with column headers in the report's language. */
final class TableBuilder {

    private final String sheet;
    private final Labels labels;
    private final List<SheetTable.Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<SheetTable.ColumnRange> heatmaps = new ArrayList<>();

    TableBuilder(String sheet, Labels labels) {
        this.sheet = sheet;
        this.labels = labels;
    }

    /** A column whose header is the label {@code col.<key>}. */
    TableBuilder col(String key, SheetTable.ColumnType type, int width) {
        columns.add(new SheetTable.Column(labels.get("col." + key), type, width));
        return this;
    }

    /** A column with a header taken from the data (an outlet name in a matrix). */
    TableBuilder rawCol(String header, SheetTable.ColumnType type, int width) {
        columns.add(new SheetTable.Column(header, type, width));
        return this;
    }

    TableBuilder heatmap(int first, int last) {
        if (last >= first) {
            heatmaps.add(new SheetTable.ColumnRange(first, last));
        }
        return this;
    }

    TableBuilder row(Object... cells) {
        rows.add(new ArrayList<>(Arrays.asList(cells)));
        return this;
    }

    TableBuilder row(List<Object> cells) {
        rows.add(new ArrayList<>(cells));
        return this;
    }

    int columnCount() {
        return columns.size();
    }

    SheetTable build() {
        return new SheetTable(sheet, columns, rows, heatmaps);
    }
}
