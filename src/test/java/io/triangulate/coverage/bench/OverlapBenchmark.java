package io.triangulate.coverage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.coverage.ArticleShingles;
import io.triangulate.coverage.CoverageSettings;
import io.triangulate.coverage.MeasuredPair;
import io.triangulate.coverage.OverlapJob;
import io.triangulate.coverage.Shingling;
import io.triangulate.model.Article;
import io.triangulate.spark.SparkSessions;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Our MinHash/LSH overlap detection against Spark MLlib's MinHashLSH.approxSimilarityJoin on the
 * SaudiNewsNet week, at the same Jaccard threshold, with an exact check of every pair (inverted index
 * over the shingle sets on the driver: exact, and cheap at this size). Run by hand, not a unit test:
 * <pre>
 * java -Xmx3g --add-opens=... -cp target/classes:target/test-classes:$(cat cp.txt) \
 *   io.triangulate.coverage.bench.OverlapBenchmark /work/shared/corpora/saudinewsnet 0.5
 * </pre>
 */
public final class OverlapBenchmark {

    private static final int MLLIB_FEATURES = 1 << 20;

    private OverlapBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/corpora/saudinewsnet");
        double threshold = args.length > 1 ? Double.parseDouble(args[1]) : 0.5;
        SparkSession spark = SparkSessions.create("overlap-bench", "local[2]", 4);
        spark.sparkContext().setLogLevel("WARN");
        List<Article> list = readWeek(dir);
        Dataset<Article> articles = spark.createDataset(list, Encoders.bean(Article.class)).repartition(4).cache();
        System.out.println("articles: " + articles.count());
        CoverageSettings settings = CoverageSettings.defaults();

        // Each side runs twice on the whole week, alternating; the second (warm: JIT compiled, Spark's code
        // generation cached) run is the one compared, the first is printed too.
        List<String> oursPairs = null;
        List<String> mllibPairs = null;
        double oursSeconds = 0;
        double mllibSeconds = 0;
        for (int round = 1; round <= 2; round++) {
            long t0 = System.nanoTime();
            oursPairs = ours(articles, settings, threshold);
            oursSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            mllibPairs = mllib(spark, articles, settings, threshold).collectAsList();
            mllibSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: ours %.1f s, MLlib %.1f s%n", round, oursSeconds, mllibSeconds);
        }
        long t0 = System.nanoTime();
        Set<String> truth = exactPairs(list, settings, threshold);
        double truthSeconds = (System.nanoTime() - t0) / 1e9;
        report("ours (MinHash " + settings.bands() + "x" + settings.rowsPerBand() + ", exact verify)",
                oursPairs, oursSeconds, truth);
        report("MLlib MinHashLSH (5 tables, 2^20 features)", mllibPairs, mllibSeconds, truth);
        System.out.printf("exact: %d pairs with Jaccard > %.2f (inverted index on the driver, %.1f s)%n",
                truth.size(), threshold, truthSeconds);
        spark.stop();
    }

    private static void report(String name, List<String> found, double seconds, Set<String> truth) {
        Set<String> set = new HashSet<>(found);
        long hits = set.stream().filter(truth::contains).count();
        System.out.printf("%s: %d pairs, %d true, recall %.4f, precision %.4f, %.1f s%n", name, set.size(), hits,
                truth.isEmpty() ? 1.0 : (double) hits / truth.size(), set.isEmpty() ? 1.0 : (double) hits / set.size(),
                seconds);
    }

    /** Shingle sets are cached while used (candidates and both joins read them), as the stage does. */
    static List<String> ours(Dataset<Article> articles, CoverageSettings s, double threshold) {
        Dataset<ArticleShingles> sh = OverlapJob.shingles(articles, s).cache();
        Dataset<MeasuredPair> measured = OverlapJob.measure(OverlapJob.candidates(sh, s), sh);
        List<String> out = measured.where(functions.col("jaccard").gt(threshold))
                .map((MapFunction<MeasuredPair, String>) p -> p.getArticleA() + "|" + p.getArticleB(), Encoders.STRING())
                .collectAsList();
        sh.unpersist();
        return out;
    }

    /** The same normalized word 3-grams, hashed into 2^20 binary features as MLlib expects. */
    static Dataset<String> mllib(SparkSession spark, Dataset<Article> articles, CoverageSettings s, double threshold) {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("features", SQLDataTypes.VectorType())
                .add("n", DataTypes.IntegerType);
        Dataset<Row> vectors = articles.map((MapFunction<Article, Row>) a -> {
            long[] sh = Shingling.shingles(a.getText(), s.shingleSize(), s.seed());
            TreeSet<Integer> idx = new TreeSet<>();
            for (long h : sh) {
                idx.add((int) Math.floorMod(h, (long) MLLIB_FEATURES));
            }
            int[] indices = idx.stream().mapToInt(Integer::intValue).toArray();
            double[] values = new double[indices.length];
            Arrays.fill(values, 1.0);
            Vector v = Vectors.sparse(MLLIB_FEATURES, indices, values);
            return RowFactory.create(a.getId(), v, indices.length);
        }, Encoders.row(schema))
                .where(functions.col("n").geq(s.minShingles()));
        MinHashLSHModel model = new MinHashLSH().setNumHashTables(5).setInputCol("features").setOutputCol("hashes")
                .setSeed(s.seed()).fit(vectors);
        Dataset<Row> joined = model.approxSimilarityJoin(vectors, vectors, 1 - threshold, "distance").toDF();
        return joined.select(functions.col("datasetA.id").as("a"), functions.col("datasetB.id").as("b"))
                .where(functions.col("a").lt(functions.col("b")))
                .map((MapFunction<Row, String>) r -> r.getString(0) + "|" + r.getString(1), Encoders.STRING());
    }

    /** Every pair above the threshold, exactly: postings per shingle, shared-shingle counts per article. */
    static Set<String> exactPairs(List<Article> list, CoverageSettings s, double threshold) {
        List<long[]> sets = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (Article a : list) {
            long[] sh = Shingling.shingles(a.getText(), s.shingleSize(), s.seed());
            if (sh.length < s.minShingles()) {
                continue;
            }
            int doc = sets.size();
            sets.add(sh);
            ids.add(a.getId());
            for (long h : sh) {
                postings.computeIfAbsent(h, k -> new ArrayList<>()).add(doc);
            }
        }
        Set<String> out = new HashSet<>();
        int[] shared = new int[sets.size()];
        for (int doc = 0; doc < sets.size(); doc++) {
            List<Integer> touched = new ArrayList<>();
            for (long h : sets.get(doc)) {
                for (int other : postings.get(h)) {
                    if (other > doc && shared[other]++ == 0) {
                        touched.add(other);
                    }
                }
            }
            for (int other : touched) {
                int inter = shared[other];
                double j = (double) inter / (sets.get(doc).length + sets.get(other).length - inter);
                if (j > threshold) {
                    String a = ids.get(doc);
                    String b = ids.get(other);
                    out.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
                }
                shared[other] = 0;
            }
        }
        return out;
    }

    public static List<Article> readWeekPublic(Path dir) throws IOException {
        return readWeek(dir);
    }

    static List<Article> readWeek(Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        List<Path> zips;
        try (var files = Files.list(dir)) {
            zips = files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        for (Path zip : zips) {
            try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
                ZipEntry entry;
                while ((entry = z.getNextEntry()) != null) {
                    JsonNode array = mapper.readTree(z.readAllBytes());
                    int i = 0;
                    for (JsonNode n : array) {
                        Article a = new Article();
                        a.setId(entry.getName().replace(".json", "") + "-" + String.format("%05d", i++));
                        a.setOutlet(n.path("source").asText());
                        String date = n.path("date_extracted").asText("");
                        a.setPublished(date.length() >= 10 ? date.substring(0, 10) : null);
                        a.setPublishedPrecision(date.length() >= 10 ? "DAY" : "UNKNOWN");
                        a.setText(n.path("content").asText(""));
                        a.setLanguage("ar");
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }
}
