package io.triangulate.ingest;

import io.triangulate.model.Reject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a local file or folder without Spark (tests, tools, small runs): files in path order, hidden
 * files skipped as Hadoop skips them, and the folder's own manifest applied to its text files. An
 * article the manifest lists whose file is not read becomes an UNREADABLE_FILE reject.
 */
public final class LocalInputs {

    private LocalInputs() {
    }

    /**
     * @param manifestPath the manifest to use, or null to use {@code manifest.json} / {@code manifest.csv}
     *                     in the folder when there is one
     */
    public static RecordReader.ReadCounts read(Path path, InputFormat format, IngestLimits limits, Path manifestPath,
                                               Consumer<RawArticle> accept, Consumer<Reject> reject)
            throws IOException {
        Manifest manifest = manifest(path, manifestPath);
        RecordReader.ReadCounts counts = new RecordReader.ReadCounts(0, 0);
        Set<Path> read = new HashSet<>();
        for (Path file : files(path)) {
            InputStream in = Files.newInputStream(file);
            counts = counts.plus(RecordReader.read(file.toString(), in, Files.size(file), format, limits, manifest,
                    accept, reject));
            read.add(file.toAbsolutePath().normalize());
        }
        if (!manifest.isEmpty()) {
            Path folder = Path.of(manifest.location()).toAbsolutePath().getParent();
            for (ManifestEntry e : manifest.entries()) {
                Path expected = folder.resolve(e.getFile()).normalize();
                if (!read.contains(expected)) {
                    reject.accept(manifest.notRead(e, expected.toString()));
                    counts = counts.plus(new RecordReader.ReadCounts(0, 1));
                }
            }
        }
        return counts;
    }

    /** The manifest given, else the folder's own, else none. */
    public static Manifest manifest(Path path, Path manifestPath) throws IOException {
        Path m = manifestPath;
        if (m == null && Files.isDirectory(path)) {
            m = Stream.of("manifest.json", "manifest.csv").map(path::resolve).filter(Files::isRegularFile)
                    .findFirst().orElse(null);
        }
        if (m == null) {
            return Manifest.NONE;
        }
        try (InputStream in = Files.newInputStream(m)) {
            return Manifest.read(m.toString(), in);
        }
    }

    /** The input files under {@code path}, sorted, without manifests and hidden files. */
    static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(path.relativize(p)) && !Manifest.isManifestName(p.toString()))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
