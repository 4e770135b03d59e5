package io.triangulate.ingest;

import io.triangulate.model.Reject;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a test read: the accepted articles, the rejects and the reader's own counts. */
record ReadResult(List<RawArticle> articles, List<Reject> rejects, RecordReader.ReadCounts counts) {

    static ReadResult read(String file, byte[] bytes) {
        return read(file, bytes, InputFormat.AUTO, IngestLimits.DEFAULTS, Manifest.NONE);
    }

    static ReadResult read(String file, byte[] bytes, InputFormat format, IngestLimits limits, Manifest manifest) {
        List<RawArticle> articles = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        RecordReader.ReadCounts counts = RecordReader.read(file, new ByteArrayInputStream(bytes), format, limits,
                manifest, articles::add, rejects::add);
        return new ReadResult(articles, rejects, counts);
    }

    /** Every record put in comes out exactly once: accepted or rejected. */
    ReadResult assertCounts(int recordsIn, int accepted, int rejected) {
        assertEquals(accepted, articles.size(), () -> "accepted; rejects were " + describe());
        assertEquals(rejected, rejects.size(), () -> "rejected: " + describe());
        assertEquals(recordsIn, articles.size() + rejects.size(), "records in = accepted + rejected");
        assertEquals(new RecordReader.ReadCounts(accepted, rejected), counts);
        return this;
    }

    String describe() {
        return rejects.stream().map(r -> r.getReason() + " " + r.getOriginFile() + ":" + r.getOriginLine() + " "
                + r.getMessage()).toList().toString();
    }

    Reject onlyReject() {
        assertEquals(1, rejects.size(), () -> "rejects: " + describe());
        return rejects.get(0);
    }
}
