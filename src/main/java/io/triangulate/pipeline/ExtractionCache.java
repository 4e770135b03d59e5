package io.triangulate.pipeline;

import io.triangulate.model.Article;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.coalesce;

/**
 * Reuses per-article extraction results (actor mentions, time expressions) across runs. A result
 * depends only on the article's text, its publication date (relative dates) and the extractor's
 * version (code and language resources), so that triple is the cache key: re-running a period, or
 * a week that overlaps the last one, extracts only articles not seen before.
 *
 * <p>Layout: {@code <root>/<extractor>/v=<version>/batch=<id>/rows} and {@code .../keys}: each run
 * appends one batch. Batches present when the run starts are read by explicit path, so rows this
 * run appends are never read back into it.
 */
public final class ExtractionCache {

    static final String KEY = "extractionKey";

    private final SparkSession spark;
    private final String root;

    /** @param root cache folder or Hadoop URI; null disables caching */
    public ExtractionCache(SparkSession spark, String root) {
        this.spark = spark;
        this.root = root;
    }

    /** What a cached extraction did, for run.json. */
    public record Use(String extractor, long articles, long reused, long extracted) {
    }

    public record Result<T>(Dataset<T> rows, Use use) {
    }

    /**
     * @param articles  the articles to extract from
     * @param extract   the extraction, applied only to articles not in the cache
     * @param articleId the column of {@code T} holding the article id
     */
    public <T> Result<T> reuse(String extractor, String version, Dataset<Article> articles,
                               Function<Dataset<Article>, Dataset<T>> extract, Class<T> type, String articleId) {
        if (root == null) {
            Dataset<T> rows = extract.apply(articles);
            return new Result<>(rows, new Use(extractor, -1, 0, -1));
        }
        Path folder = new Path(new Path(new Path(root), extractor), "v=" + sanitize(version));
        List<String> batches = existingBatches(folder);
        Dataset<Row> keyed = articles.toDF().select(col("id"), key(articles.toDF()).as(KEY));
        Dataset<Article> todo;
        Dataset<T> reused;
        if (batches.isEmpty()) {
            todo = articles;
            reused = null;
        } else {
            Dataset<Row> doneKeys = spark.read().parquet(paths(batches, "keys")).select(KEY).distinct();
            Dataset<Row> hits = keyed.join(doneKeys, KEY);
            todo = articles.join(hits.select(col("id").as("hitId")), col("id").equalTo(col("hitId")), "left_anti")
                    .as(Encoders.bean(Article.class));
            Dataset<Row> cachedRows = spark.read().parquet(paths(batches, "rows"));
            reused = cachedRows.join(hits, cachedRows.col(KEY).equalTo(hits.col(KEY)), "left_semi")
                    .drop(KEY).as(Encoders.bean(type));
        }
        // The fresh rows are extracted once, straight into the new batch, and handed on as read back from
        // it, as the stage tables are (TableWriter). Caching them, and the articles to extract from, cost
        // two encodings into Spark's columnar cache per extractor (the article texts and the nested
        // findings) for rows the batch holds anyway.
        String batch = new Path(folder, "batch=" + UUID.randomUUID()).toString();
        Dataset<Row> todoKeys = todo.toDF().select(col("id"), key(todo.toDF()).as(KEY));
        extract.apply(todo).toDF().join(todoKeys.withColumnRenamed("id", "cacheArticleId"),
                        col(articleId).equalTo(col("cacheArticleId")))
                .drop("cacheArticleId").write().mode(SaveMode.ErrorIfExists).parquet(batch + "/rows");
        todoKeys.select(KEY).write().mode(SaveMode.ErrorIfExists).parquet(batch + "/keys");
        Dataset<T> fresh = spark.read().parquet(batch + "/rows").drop(KEY).as(Encoders.bean(type));
        long extracted = spark.read().parquet(batch + "/keys").count();
        long total = articles.count();
        Dataset<T> rows = reused == null ? fresh : reused.unionByName(fresh);
        return new Result<>(rows, new Use(extractor, total, total - extracted, extracted));
    }

    private static Column key(Dataset<Row> articles) {
        return concat_ws("|", articles.col("id"), articles.col("contentHash"),
                coalesce(articles.col("published"), lit("")), coalesce(articles.col("outlet"), lit("")));
    }

    private List<String> existingBatches(Path folder) {
        try {
            FileSystem fs = FileSystem.get(URI.create(folder.toString()), spark.sparkContext().hadoopConfiguration());
            List<String> out = new ArrayList<>();
            if (!fs.exists(folder)) {
                return out;
            }
            for (FileStatus s : fs.listStatus(folder)) {
                // A batch counts once both parts were written completely (Spark's _SUCCESS marker).
                if (s.isDirectory() && s.getPath().getName().startsWith("batch=")
                        && fs.exists(new Path(s.getPath(), "keys/_SUCCESS"))
                        && fs.exists(new Path(s.getPath(), "rows/_SUCCESS"))) {
                    out.add(s.getPath().toString());
                }
            }
            out.sort(String::compareTo);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the extraction cache " + folder, e);
        }
    }

    private static String[] paths(List<String> batches, String part) {
        return batches.stream().map(b -> b + "/" + part).toArray(String[]::new);
    }

    private static String sanitize(String version) {
        return version.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
