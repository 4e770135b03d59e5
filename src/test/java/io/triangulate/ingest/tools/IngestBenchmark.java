package io.triangulate.ingest.tools;

import io.triangulate.ingest.IngestLimits;
import io.triangulate.ingest.InputFormat;
import io.triangulate.ingest.LocalInputs;
import io.triangulate.ingest.RawArticle;
import io.triangulate.ingest.RecordReader;
import io.triangulate.model.Reject;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a corpus with the pure (Spark-free) reader and prints counts and throughput. Run by hand, not
 * a unit test:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.triangulate.ingest.tools.IngestBenchmark
 * /work/shared/corpora/saudinewsnet 3}
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int n = 1; n <= rounds; n++) {
            final int round = n;
            AtomicLong chars = new AtomicLong();
            Map<String, Long> byOutlet = new TreeMap<>();
            Map<String, Long> byReason = new TreeMap<>();
            long start = System.nanoTime();
            RecordReader.ReadCounts counts = LocalInputs.read(corpus, InputFormat.AUTO, IngestLimits.DEFAULTS, null,
                    (RawArticle a) -> {
                        chars.addAndGet(a.getText().length());
                        byOutlet.merge(a.getOutlet(), 1L, Long::sum);
                    },
                    (Reject r) -> {
                        if (byReason.merge(r.getReason(), 1L, Long::sum) <= 3 && round == 1) {
                            System.out.println("  " + r.getReason() + " " + r.getOriginFile() + ":"
                                    + r.getOriginLine() + " " + r.getMessage());
                        }
                    });
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d records (%d accepted, %d rejected) in %.2f s = %.0f records/s, "
                            + "%.1f M chars of text%n", round, counts.total(), counts.accepted(), counts.rejected(),
                    seconds, counts.total() / seconds, chars.get() / 1e6);
            if (round == rounds) {
                System.out.println("by outlet: " + byOutlet);
                System.out.println("rejects by reason: " + byReason);
            }
        }
    }
}
