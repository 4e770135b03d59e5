package io.triangulate.pipeline;

import io.triangulate.report.BriefModel;
import io.triangulate.report.PdfBriefWriter;
import io.triangulate.report.WorkbookWriter;
import io.triangulate.spark.RunFolder;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Writes workbook.xlsx and brief.pdf into the run folder. The writers need a local file; for a
 * run folder on HDFS or S3 the files are written locally first and copied up.
 */
final class Reports {

    private Reports() {
    }

    /** Waits for the PDF; its failure, unwrapped, is the caller's. */
    private static void waitFor(CompletableFuture<Void> drawn) throws IOException {
        try {
            drawn.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the brief", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static void write(BriefModel model, RunFolder folder) {
        try {
            java.nio.file.Path local = Files.createTempDirectory("triangulate-reports");
            try {
                java.nio.file.Path xlsx = local.resolve("workbook.xlsx");
                java.nio.file.Path pdf = local.resolve("brief.pdf");
                // The two files share nothing but the (immutable) model: the PDF is drawn on a second
                // thread while the workbook is written, which on the Saudi week took the reports from
                // one core's worth of time to about the longer of the two.
                CompletableFuture<Void> drawn = CompletableFuture.runAsync(() -> {
                    try {
                        PdfBriefWriter.write(model, pdf);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                try {
                    WorkbookWriter.write(model, xlsx);
                } finally {
                    waitFor(drawn);
                }
                folder.fileSystem().copyFromLocalFile(true, true, new Path(xlsx.toUri()), new Path(folder.stagingChild("workbook.xlsx")));
                folder.fileSystem().copyFromLocalFile(true, true, new Path(pdf.toUri()), new Path(folder.stagingChild("brief.pdf")));
            } finally {
                try (var files = Files.list(local)) {
                    for (java.nio.file.Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(local);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports into " + folder.stagingUri(), e);
        }
    }
}
