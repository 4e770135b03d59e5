package io.triangulate.ingest;

import io.triangulate.model.Reject;
import io.triangulate.model.RejectReason;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.sha2;

/**
 * Reads the configured inputs on the cluster: each file is streamed by one task through
 * {@link RecordReader}, then records that reuse an id for a different text are rejected.
 */
public final class IngestStage {

    static final String RECURSIVE = "mapreduce.input.fileinputformat.input.dir.recursive";

    private IngestStage() {
    }

    /**
     * Reads every input into raw articles and rejects. The per-record outcomes are persisted
     * (memory and disk) so that articles and rejects do not each read the input again.
     *
     * @throws IllegalArgumentException naming the bad field when a source or the limits are invalid, or
     *                                  when a manifest cannot be read
     */
    public static IngestResult read(SparkSession spark, List<InputSource> inputs, IngestLimits limits) {
        return read(spark, inputs, limits, null);
    }

    /** @param minPartitions the least number of partitions each input's files are listed into (null: the cores) */
    public static IngestResult read(SparkSession spark, List<InputSource> inputs, IngestLimits limits,
                                    Integer minPartitions) {
        validate(inputs, limits);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        conf.setBoolean(RECURSIVE, true);
        JavaRDD<ReadOutcome> outcomes = null;
        List<Reject> listed = new ArrayList<>(); // one per manifest entry: bounded by the manifests' size
        for (InputSource source : inputs) {
            Path manifestPath = manifestPath(source, conf);
            Manifest m = readManifest(manifestPath, conf);
            for (ManifestEntry e : m.entries()) {
                Path folder = new Path(qualify(manifestPath, conf)).getParent();
                listed.add(m.notRead(e, qualify(new Path(folder, e.getFile()), conf)));
            }
            Broadcast<Manifest> manifest = jsc.broadcast(m);
            String excluded = manifestPath == null ? null : qualify(manifestPath, conf);
            JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(source.path(),
                    minPartitions == null ? jsc.defaultParallelism() : minPartitions);
            JavaRDD<ReadOutcome> read = files
                    .filter(f -> !Manifest.isManifestName(f._1()) && !f._1().equals(excluded))
                    .flatMap(new ReadFiles(source.inputFormat(), limits, manifest));
            outcomes = outcomes == null ? read : outcomes.union(read);
        }
        Dataset<ReadOutcome> all = spark.createDataset(outcomes.rdd(), Encoders.bean(ReadOutcome.class))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> articles = all.filter(col("article").isNotNull()).select(col("article.*"));
        Dataset<Reject> readRejects = all.filter(col("reject").isNotNull()).select(col("reject.*"))
                .as(Encoders.bean(Reject.class));
        if (!listed.isEmpty()) {
            readRejects = readRejects.unionByName(listedButNotRead(spark, listed, all));
        }
        return rejectReusedIds(articles, readRejects);
    }

    /**
     * Manifest entries whose file no outcome came from. Only whole-file outcomes (line 0) can be a
     * listed text file, so only those take part in the join.
     */
    private static Dataset<Reject> listedButNotRead(SparkSession spark, List<Reject> listed,
                                                    Dataset<ReadOutcome> all) {
        Dataset<Reject> expected = spark.createDataset(listed, Encoders.bean(Reject.class));
        Dataset<Row> wholeFiles = all.select(coalesce(col("article.originFile"), col("reject.originFile")).as("read"),
                coalesce(col("article.originLine"), col("reject.originLine")).as("line"))
                .filter(col("line").equalTo(0));
        return expected.join(wholeFiles, expected.col("originFile").equalTo(wholeFiles.col("read")), "left_anti")
                .as(Encoders.bean(Reject.class));
    }

    /**
     * Per id, the first record by (originFile, originLine) keeps it; a later record with a different
     * text is rejected, one with the same text stays (content dedup links those as duplicates).
     */
    static IngestResult rejectReusedIds(Dataset<Row> articles, Dataset<Reject> readRejects) {
        WindowSpec byId = Window.partitionBy("id").orderBy("originFile", "originLine");
        Dataset<Row> ranked = articles.withColumn("textHash", sha2(col("text"), 256))
                .withColumn("firstHash", first("textHash").over(byId))
                .withColumn("firstFile", first("originFile").over(byId))
                .withColumn("firstLine", first("originLine").over(byId));
        Column sameText = col("textHash").equalTo(col("firstHash"));
        Dataset<RawArticle> kept = ranked.filter(sameText).drop("textHash", "firstHash", "firstFile", "firstLine")
                .as(Encoders.bean(RawArticle.class));
        Dataset<Reject> reused = ranked.filter(sameText.unary_$bang())
                .map((MapFunction<Row, Reject>) IngestStage::duplicateId, Encoders.bean(Reject.class));
        return new IngestResult(kept, readRejects.unionByName(reused));
    }

    private static Reject duplicateId(Row r) {
        String id = r.getAs("id");
        return new Reject(RejectReason.DUPLICATE_ID, "id " + id + " already used by " + r.getAs("firstFile") + ":"
                + r.<Long>getAs("firstLine") + " for a different text", r.getAs("originFile"),
                r.<Long>getAs("originLine"), id, Excerpts.of(r.<String>getAs("text")));
    }

    private static void validate(List<InputSource> inputs, IngestLimits limits) {
        List<String> problems = new ArrayList<>();
        if (inputs == null || inputs.isEmpty()) {
            problems.add("inputs: at least one input is required");
        } else {
            for (int i = 0; i < inputs.size(); i++) {
                for (String p : inputs.get(i).validate()) {
                    problems.add("inputs[" + i + "]." + p);
                }
            }
        }
        limits.validate().forEach(p -> problems.add("limits." + p));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid ingest configuration: " + String.join("; ", problems));
        }
    }

    /** The source's manifest, or the manifest.json / manifest.csv in its folder, or null. */
    static Path manifestPath(InputSource source, Configuration conf) {
        if (source.manifest() != null) {
            return new Path(source.manifest());
        }
        try {
            Path dir = new Path(source.path());
            FileSystem fs = dir.getFileSystem(conf);
            if (!fs.exists(dir) || !fs.getFileStatus(dir).isDirectory()) {
                return null; // a file or a glob: no folder manifest
            }
            for (String name : List.of("manifest.json", "manifest.csv")) {
                Path candidate = new Path(dir, name);
                if (fs.isFile(candidate)) {
                    return candidate;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not look for a manifest in " + source.path(), e);
        }
    }

    private static Manifest readManifest(Path path, Configuration conf) {
        if (path == null) {
            return Manifest.NONE;
        }
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            return Manifest.read(path.toString(), in);
        } catch (IOException e) {
            throw new IllegalArgumentException("manifest " + path + " could not be read", e);
        }
    }

    private static String qualify(Path path, Configuration conf) {
        try {
            return path.getFileSystem(conf).makeQualified(path).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("could not resolve " + path, e);
        }
    }

    /** Streams one file through the pure reader on an executor. */
    private record ReadFiles(InputFormat format, IngestLimits limits, Broadcast<Manifest> manifest)
            implements FlatMapFunction<Tuple2<String, PortableDataStream>, ReadOutcome> {

        @Override
        public Iterator<ReadOutcome> call(Tuple2<String, PortableDataStream> file) throws IOException {
            String path = file._1();
            PortableDataStream stream = file._2();
            // Text files are bounded by maxRecordChars as they are read; for the others a size check up
            // front keeps a too-large file from being half read. (One metadata call per file.)
            long size = path.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") ? -1
                    : new Path(path).getFileSystem(stream.getConfiguration()).getFileStatus(new Path(path)).getLen();
            OutcomeIterator outcomes = RecordReader.open(path, stream.open(), size, format, limits,
                    manifest.value());
            TaskContext task = TaskContext.get();
            if (task != null) { // close the file even when the task stops before the last record
                task.addTaskCompletionListener((TaskCompletionListener) t -> outcomes.close());
            }
            return outcomes;
        }
    }
}
