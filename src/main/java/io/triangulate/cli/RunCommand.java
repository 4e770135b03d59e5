package io.triangulate.cli;

import io.triangulate.config.ConfigException;
import io.triangulate.config.JobConfig;
import io.triangulate.config.JobLoader;
import io.triangulate.config.JobOverrides;
import io.triangulate.pipeline.RunSummary;
import io.triangulate.pipeline.TriangulateJob;
import io.triangulate.spark.SparkSessions;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Runs a job: ingest, clean, analyse, and write tables, workbook and PDF brief. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a job definition and write its tables, run.json, workbook.xlsx and brief.pdf.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<job.json>", description = "job definition (see jobs/README.md)")
    Path job;

    @Option(names = "--input", paramLabel = "PATH", description = "read these inputs instead of the job's (repeatable; local path or Hadoop URI)")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "root folder for runs (default: the job's output.root)")
    String out;

    @ArgGroup(exclusive = true)
    PeriodOptions period;

    static final class PeriodOptions {
        @Option(names = "--week", paramLabel = "YYYY-Www", description = "report on this ISO week, e.g. 2015-W30", required = true)
        String week;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "first day of the period")
        String from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, description = "last day of the period")
        String to;
    }

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[4] (default: spark-submit's, else the job's)")
    String master;

    @Option(names = "--report-language", paramLabel = "en|ar", description = "language of the brief and workbook labels")
    String reportLanguage;

    @Option(names = "--table-format", paramLabel = "parquet|csv|jsonl", description = "format of the output tables")
    String tableFormat;

    @Override
    public Integer call() {
        JobConfig config;
        try {
            config = JobLoader.load(job, overrides());
        } catch (ConfigException e) {
            System.err.println("invalid job " + job + ":");
            e.problems().forEach(p -> System.err.println("  - " + p));
            return TriangulateCli.EXIT_USAGE;
        }
        String chosenMaster = master != null ? master
                : new SparkConf().contains("spark.master") ? null : config.spark().master();
        SparkSession spark = SparkSessions.create("triangulate " + config.name(), chosenMaster,
                config.spark().shufflePartitions());
        try {
            RunSummary summary = TriangulateJob.run(spark, config);
            System.out.println(summary.describe());
            return summary.balanced() ? TriangulateCli.EXIT_OK : TriangulateCli.EXIT_FAILED;
        } catch (RuntimeException e) {
            System.err.println("run failed: " + e.getMessage());
            e.printStackTrace(System.err);
            return TriangulateCli.EXIT_FAILED;
        } finally {
            spark.stop();
        }
    }

    private JobOverrides overrides() {
        String week = period == null ? null : period.week;
        String from = period == null || period.range == null ? null : period.range.from;
        String to = period == null || period.range == null ? null : period.range.to;
        return new JobOverrides(inputs, out, week, from, to, master, reportLanguage, tableFormat);
    }
}
