package io.triangulate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code triangulate run <job.json>} and {@code triangulate validate <job.json>}. Exit codes:
 * 0 success, 1 the run failed, 2 the command line or the job definition is wrong.
 */
@Command(name = "triangulate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Cross-source news analytics: who appears with whom, who covers what, do the dates add up.",
        subcommands = {RunCommand.class, ValidateCommand.class, CommandLine.HelpCommand.class})
public final class TriangulateCli implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return new CommandLine(new TriangulateCli())
                .setExitCodeExceptionMapper(e -> EXIT_FAILED)
                .setParameterExceptionHandler((ex, a) -> {
                    CommandLine cmd = ex.getCommandLine();
                    cmd.getErr().println("error: " + ex.getMessage());
                    cmd.getErr().println("see: " + cmd.getCommandSpec().qualifiedName() + " --help");
                    return EXIT_USAGE;
                })
                .execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: run or validate");
    }
}
