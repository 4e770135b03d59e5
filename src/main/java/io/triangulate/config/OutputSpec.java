package io.triangulate.config;

import java.util.List;
import java.util.Locale;

/**
 * Where a run writes. The run folder is {@code <root>/<job name>/<period label>/}: tables under
 * {@code tables/}, plus {@code run.json}, {@code workbook.xlsx} and {@code brief.pdf}.
 *
 * @param root           folder or Hadoop URI; relative paths resolve against the job file's folder
 * @param tableFormat    parquet (default), csv or jsonl
 * @param reportLanguage en (default) or ar
 * @param reports        write the workbook and the PDF (default true)
 */
public record OutputSpec(String root, String tableFormat, String reportLanguage, Boolean reports) {

    public static final List<String> TABLE_FORMATS = List.of("parquet", "csv", "jsonl");

    public OutputSpec withDefaults() {
        return new OutputSpec(root == null ? "../reports" : root,
                tableFormat == null ? "parquet" : tableFormat.toLowerCase(Locale.ROOT),
                reportLanguage == null ? "en" : reportLanguage.toLowerCase(Locale.ROOT),
                reports == null ? Boolean.TRUE : reports);
    }

    void validate(List<String> problems) {
        if (root != null && root.isBlank()) {
            problems.add("output.root: must not be blank");
        }
        if (tableFormat != null && !TABLE_FORMATS.contains(tableFormat.toLowerCase(Locale.ROOT))) {
            problems.add("output.tableFormat: must be one of " + TABLE_FORMATS + ", got '" + tableFormat + "'");
        }
        if (reportLanguage != null && !List.of("en", "ar").contains(reportLanguage.toLowerCase(Locale.ROOT))) {
            problems.add("output.reportLanguage: must be 'en' or 'ar', got '" + reportLanguage + "'");
        }
    }
}
