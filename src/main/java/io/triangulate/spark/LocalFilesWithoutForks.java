package io.triangulate.spark;

import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Hadoop's local file system ({@code file:}), except that permissions are set through {@code java.nio}
 * instead of by running {@code chmod}. Without Hadoop's native library, which does not come with Spark's
 * Maven jars, Hadoop starts a {@code chmod} process for every directory and file it creates: 276 for
 * the five-article sample (strace), at least 351 for the Saudi week (perf), about 2% of a local run's
 * CPU and 4-5 s of system time on the week (docs/BENCHMARKS.md). Everything else, checksums included, is
 * Hadoop's own. {@link SparkSessions} installs it for local runs only; clusters write to HDFS or S3.
 */
public class LocalFilesWithoutForks extends LocalFileSystem {

    /** The Hadoop setting that names the class behind {@code file:} paths. */
    public static final String HADOOP_KEY = "fs.file.impl";

    public LocalFilesWithoutForks() {
        super(new RawFiles());
    }

    /** The raw (checksum-free) layer underneath, where Hadoop sets permissions. */
    static final class RawFiles extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            Set<PosixFilePermission> posix = posix(permission);
            if (posix == null || NativeIO.isAvailable()) {
                super.setPermission(p, permission); // native chmod, or bits java.nio cannot express
                return;
            }
            try {
                Files.setPosixFilePermissions(pathToFile(p).toPath(), posix);
            } catch (UnsupportedOperationException notPosix) {
                super.setPermission(p, permission);
            }
        }
    }

    /**
     * The read, write and execute bits of {@code permission} as java.nio sees them; null when it has a
     * sticky bit, which only chmod can set.
     */
    static Set<PosixFilePermission> posix(FsPermission permission) {
        if (permission.getStickyBit()) {
            return null;
        }
        return PosixFilePermissions.fromString(permission.getUserAction().SYMBOL
                + permission.getGroupAction().SYMBOL + permission.getOtherAction().SYMBOL);
    }
}
