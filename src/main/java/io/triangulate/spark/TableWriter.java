package io.triangulate.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SaveMode;

import java.util.Locale;

/**
 * Writes a stage's table in the job's format. Parquet keeps types and nested lists; CSV and JSON
 * Lines are for hand inspection; in CSV, list and struct columns are written as JSON text.
 */
public final class TableWriter {

    private final String folder;
    private final String format;

    public TableWriter(String folder, String format) {
        this.folder = folder;
        this.format = format.toLowerCase(Locale.ROOT);
    }

    public <T> void write(String table, Dataset<T> rows) {
        String path = folder + "/" + table;
        switch (format) {
            case "parquet" -> rows.write().mode(SaveMode.Overwrite).parquet(path);
            case "jsonl" -> rows.write().mode(SaveMode.Overwrite).json(path);
            case "csv" -> writeCsv(rows, path);
            default -> throw new IllegalArgumentException("unknown table format " + format);
        }
    }

    private static <T> void writeCsv(Dataset<T> rows, String path) {
        var df = rows.toDF();
        for (var field : df.schema().fields()) {
            String type = field.dataType().typeName();
            if (!type.equals("string") && !type.equals("integer") && !type.equals("long") && !type.equals("double")
                    && !type.equals("boolean") && !type.equals("float") && !type.equals("date") && !type.equals("timestamp")) {
                df = df.withColumn(field.name(), org.apache.spark.sql.functions.to_json(
                        org.apache.spark.sql.functions.struct(df.col(field.name()))));
            }
        }
        df.write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"").csv(path);
    }
}
