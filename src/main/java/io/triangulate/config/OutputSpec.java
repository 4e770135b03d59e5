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
 * @param maxSheetRows   rows per workbook sheet at most (default 20,000; the full tables are in tables/)
 * @param cache          folder of the per-article extraction cache, "none" to switch it off
 *                       (default: {@code <root>/.cache})
 */
public record OutputSpec(String root, String tableFormat, String reportLanguage, Boolean reports, Integer maxSheetRows,
                         String cache) {

    public static final List<String> TABLE_FORMATS = List.of("parquet", "csv", "jsonl");

    public OutputSpec withDefaults() {
        String r = root == null ? "../reports" : root;
        return new OutputSpec(r,
                tableFormat == null ? "parquet" : tableFormat.toLowerCase(Locale.ROOT),
                reportLanguage == null ? "en" : reportLanguage.toLowerCase(Locale.ROOT),
                reports == null ? Boolean.TRUE : reports,
                maxSheetRows == null ? 20_000 : maxSheetRows,
                cache); // defaults in cacheFolder(), so that --out moves it along with the root
    }

    /** The extraction cache folder ({@code <root>/.cache} unless set), or null when caching is off. */
    public String cacheFolder() {
        if (cache == null) {
            return root == null ? null : root + "/.cache";
        }
        return cache.equalsIgnoreCase("none") ? null : cache;
    }

    void validate(List<String> problems) {
        if (root != null && root.isBlank()) {
            problems.add("output.root: must not be blank");
        }
        if (tableFormat != null && !TABLE_FORMATS.contains(tableFormat.toLowerCase(Locale.ROOT))) {
            problems.add("output.tableFormat: must be one of " + TABLE_FORMATS + ", got '" + tableFormat + "'");
        }
        if (maxSheetRows != null && (maxSheetRows < 1 || maxSheetRows > 1_000_000)) {
            problems.add("output.maxSheetRows: must be between 1 and 1,000,000 (Excel's limit), got " + maxSheetRows);
        }
        if (reportLanguage != null && !List.of("en", "ar").contains(reportLanguage.toLowerCase(Locale.ROOT))) {
            problems.add("output.reportLanguage: must be 'en' or 'ar', got '" + reportLanguage + "'");
        }
    }
}
