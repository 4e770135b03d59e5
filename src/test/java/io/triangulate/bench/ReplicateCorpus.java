package io.triangulate.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Makes an N-times larger corpus from the SaudiNewsNet week for the scaling benchmark (bench/run.sh):
 * for every zip of JSON arrays and every replica k in 0..N-1 it writes one JSON Lines file whose
 * records keep outlet, URL, date and title but get the id {@code <url>#r<k>} and a lightly varied
 * text ({@link ReplicaText}). Streams record by record, so memory stays flat whatever N is.
 * <p>{@code java -cp target/test-classes:$(cat target/classpath.txt) io.triangulate.bench.ReplicateCorpus
 * /work/shared/corpora/saudinewsnet bench/work/corpus-x4 4}
 */
public final class ReplicateCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplicateCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ReplicateCorpus <folder of .zip files> <output folder> <replicas>");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path target = Files.createDirectories(Path.of(args[1]));
        int replicas = Integer.parseInt(args[2]);
        List<Path> zips;
        try (Stream<Path> files = Files.list(source)) {
            zips = files.filter(f -> f.toString().endsWith(".zip")).sorted().toList();
        }
        long written = 0;
        for (Path zip : zips) {
            String day = zip.getFileName().toString().replaceFirst("\\.zip$", "");
            for (int k = 0; k < replicas; k++) {
                written += replicate(zip, target.resolve(day + "-r" + k + ".jsonl"), k);
            }
        }
        System.out.printf("%d records in %d files under %s%n", written, zips.size() * replicas, target);
    }

    /** Writes replica {@code k} of every record in the zip's JSON arrays; returns how many. */
    static long replicate(Path zip, Path out, int k) throws IOException {
        long count = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    count += replicateArray(in, writer, k, zip.getFileName() + "!/" + entry.getName());
                }
            }
        }
        return count;
    }

    private static long replicateArray(InputStream in, BufferedWriter writer, int k, String origin) throws IOException {
        long count = 0;
        JsonParser parser = JSON.getFactory().createParser(new NonClosing(in));
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw new IOException(origin + " does not hold a JSON array");
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            ObjectNode record = JSON.readTree(parser);
            String url = record.path("url").asText("");
            String key = url.isEmpty() ? origin + "#" + count : url;
            ObjectNode copy = JSON.createObjectNode();
            copy.setAll(record);
            copy.put("id", key + "#r" + k);
            copy.put("content", ReplicaText.vary(record.path("content").asText(null), key, k));
            writer.write(JSON.writeValueAsString(copy));
            writer.write('\n');
            count++;
        }
        return count;
    }

    /** The zip stream must stay open for the next entry when the parser is done with this one. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }

    static List<String> ids(Path jsonl) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            ids.add(JSON.readTree(line).path("id").asText());
        }
        return ids;
    }
}
