package io.triangulate.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;

/**
 * A run's output folder that appears complete or not at all. Everything is written under a hidden
 * staging folder next to the final one ({@code .<period>.inprogress-<id>}); {@link #publish()} renames
 * it into place (replacing an earlier run of the same period) only after every table and report
 * was written. A failed run leaves only the staging folder, whose name says it is unfinished.
 * Works on any Hadoop filesystem (local, HDFS, S3A), through the Hadoop FileSystem API.
 */
public final class RunFolder {

    private final FileSystem fs;
    private final Path finalPath;
    private final Path staging;

    private RunFolder(FileSystem fs, Path finalPath, Path staging) {
        this.fs = fs;
        this.finalPath = finalPath;
        this.staging = staging;
    }

    public static RunFolder create(String root, String jobName, String periodLabel, Configuration conf) {
        try {
            Path jobFolder = new Path(new Path(root), jobName);
            FileSystem fs = FileSystem.get(URI.create(jobFolder.toString()), conf);
            jobFolder = fs.makeQualified(jobFolder);
            Path finalPath = new Path(jobFolder, periodLabel);
            Path staging = new Path(jobFolder, "." + periodLabel + ".inprogress-" + UUID.randomUUID().toString().substring(0, 8));
            fs.mkdirs(staging);
            return new RunFolder(fs, finalPath, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run folder under " + root, e);
        }
    }

    /** Where to write now (the staging folder). */
    public String stagingUri() {
        return staging.toString();
    }

    public String stagingChild(String name) {
        return new Path(staging, name).toString();
    }

    /** Where the run will be once published. */
    public String finalUri() {
        return finalPath.toString();
    }

    public FileSystem fileSystem() {
        return fs;
    }

    /** Moves the finished run into place, replacing an earlier run of the same job and period. */
    public void publish() {
        try {
            if (fs.exists(finalPath)) {
                Path old = new Path(finalPath.getParent(), "." + finalPath.getName() + ".replaced-" + UUID.randomUUID().toString().substring(0, 8));
                if (!fs.rename(finalPath, old)) {
                    throw new IOException("could not move the earlier run " + finalPath + " aside");
                }
                publishStaging();
                fs.delete(old, true);
            } else {
                publishStaging();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the run to " + finalPath, e);
        }
    }

    private void publishStaging() throws IOException {
        if (!fs.rename(staging, finalPath)) {
            throw new IOException("rename " + staging + " -> " + finalPath + " failed");
        }
    }

    /** Removes a folder of the unpublished run that is not part of its results. */
    public void deleteStagingChild(String name) {
        try {
            fs.delete(new Path(staging, name), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + name + " from " + staging, e);
        }
    }

    /** Removes the staging folder of a failed run. */
    public void discard() {
        try {
            fs.delete(staging, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the unfinished run " + staging, e);
        }
    }
}
