package io.triangulate.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.util.Locale;

/**
 * Writes a stage's table in the job's format and hands it back as read from storage. Parquet keeps
 * types and nested lists; CSV and JSON Lines are for hand inspection; in CSV, list and struct columns
 * are written as JSON text.
 *
 * <p>Why read back: later stages and the report then start from files, not from the whole chain of
 * transformations that made them. Without that cut the query plans of the last stages embed every
 * earlier stage several times over; planning them took longer than running them, and printing one
 * plan for Spark's SQL listener ran a 1 GB driver out of memory on five articles. Reading back also
 * means a table is computed once however many consumers it has. With CSV or JSON Lines, which
 * cannot be read back at their full types, a Parquet copy goes to a work folder that the run
 * removes before it publishes.
 */
public final class TableWriter {

    private final String folder;
    private final String workFolder;
    private final String format;

    /**
     * @param folder     where the run's tables go
     * @param workFolder where Parquet copies of non-Parquet tables go (deleted by the caller)
     */
    public TableWriter(String folder, String workFolder, String format) {
        this.folder = folder;
        this.workFolder = workFolder;
        this.format = format.toLowerCase(Locale.ROOT);
    }

    /** Writes {@code rows} as table {@code table}; returns the same rows, read from storage. */
    public <T> Dataset<T> write(String table, Dataset<T> rows) {
        String path = folder + "/" + table;
        Encoder<T> encoder = rows.encoder();
        SparkSession spark = rows.sparkSession();
        String parquet = switch (format) {
            case "parquet" -> path;
            case "jsonl", "csv" -> workFolder + "/" + table;
            default -> throw new IllegalArgumentException("unknown table format " + format);
        };
        rows.write().mode(SaveMode.Overwrite).parquet(parquet);
        Dataset<T> stored = spark.read().parquet(parquet).as(encoder);
        switch (format) {
            case "jsonl" -> stored.write().mode(SaveMode.Overwrite).json(path);
            case "csv" -> writeCsv(stored, path);
            default -> {
            }
        }
        return stored;
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
