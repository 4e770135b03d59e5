package io.triangulate.cli;

import io.triangulate.config.ConfigException;
import io.triangulate.config.JobConfig;
import io.triangulate.config.JobLoader;
import io.triangulate.config.JobOverrides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Reads and checks a job definition without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a job definition: every problem is listed with the field it concerns.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<job.json>", description = "job definition (see jobs/README.md)")
    Path job;

    @Override
    public Integer call() {
        try {
            JobConfig config = JobLoader.load(job, JobOverrides.NONE);
            System.out.println("ok: job '" + config.name() + "' (" + config.inputs().size() + " input(s), period "
                    + config.period().resolve().label() + ", tables as " + config.output().tableFormat() + ")");
            return TriangulateCli.EXIT_OK;
        } catch (ConfigException e) {
            System.err.println("invalid job " + job + ":");
            e.problems().forEach(p -> System.err.println("  - " + p));
            return TriangulateCli.EXIT_USAGE;
        }
    }
}
