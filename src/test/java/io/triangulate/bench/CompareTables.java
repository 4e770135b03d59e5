package io.triangulate.bench;

import io.triangulate.spark.SparkSessions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.File;
import java.util.Arrays;

/**
 * Whether two runs produced the same tables: for every Parquet table under both folders, the rows
 * only in the first and only in the second (as multisets). Run by hand after a change that must not
 * change results, e.g. a faster plan:
 * <pre>
 * java -Xmx1g --add-opens=... -cp target/test-classes:target/triangulate-0.1.0.jar:$(cat target/classpath.txt) \
 *   io.triangulate.bench.CompareTables OLD/tables NEW/tables
 * </pre>
 * Exits with 1 when any table differs.
 */
public final class CompareTables {

    private CompareTables() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSessions.create("compare-tables", "local[2]", 8);
        spark.sparkContext().setLogLevel("ERROR");
        String[] names = new File(args[0]).list((dir, name) -> new File(dir, name).isDirectory());
        Arrays.sort(names);
        boolean same = true;
        for (String name : names) {
            if (!new File(args[1], name).isDirectory()) {
                System.out.printf("%-22s only in %s%n", name, args[0]);
                same = false;
                continue;
            }
            Dataset<Row> a = spark.read().parquet(args[0] + "/" + name);
            Dataset<Row> b = spark.read().parquet(args[1] + "/" + name);
            if (!Arrays.equals(a.columns(), b.columns())) {
                System.out.printf("%-22s columns differ: %s vs %s%n", name, Arrays.toString(a.columns()),
                        Arrays.toString(b.columns()));
                same = false;
                continue;
            }
            long onlyA = a.exceptAll(b).count();
            long onlyB = b.exceptAll(a).count();
            System.out.printf("%-22s %9d rows  only in first %d, only in second %d%n", name, a.count(), onlyA, onlyB);
            same &= onlyA == 0 && onlyB == 0;
        }
        spark.stop();
        System.exit(same ? 0 : 1);
    }
}
