package io.triangulate.pipeline;

import io.triangulate.report.BriefModel;
import io.triangulate.report.PdfBriefWriter;
import io.triangulate.report.WorkbookWriter;
import io.triangulate.spark.RunFolder;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Writes workbook.xlsx and brief.pdf into the run folder. The writers need a local file; for a
 * run folder on HDFS or S3 the files are written locally first and copied up.
 */
final class Reports {

    private Reports() {
    }

    static void write(BriefModel model, RunFolder folder) {
        try {
            java.nio.file.Path local = Files.createTempDirectory("triangulate-reports");
            try {
                java.nio.file.Path xlsx = local.resolve("workbook.xlsx");
                java.nio.file.Path pdf = local.resolve("brief.pdf");
                WorkbookWriter.write(model, xlsx);
                PdfBriefWriter.write(model, pdf);
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
