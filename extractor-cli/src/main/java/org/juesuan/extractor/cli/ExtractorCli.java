package org.juesuan.extractor.cli;

import org.juesuan.extractor.cli.batch.PrestartedWorker;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Optional;

/** Entry point of {@code ./extractor}. */
@Command(name = "extractor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns Chinese government final-accounts disclosures (部门决算 / 单位决算) into structured JSON.")
public final class ExtractorCli implements Runnable {
    /**
     * The commands, in the order the help lists them. picocli reads a command's annotations when the command is
     * added, which for all of them is a good part of a short run's start-up: a run that names its command adds only
     * that one ({@code help}, the root's options and a mistyped name get them all).
     */
    private static final List<Class<?>> COMMANDS = List.of(ExtractCommand.class, SectionsCommand.class,
            ValidateCommand.class, EvalCommand.class, BenchCommand.class,
            org.juesuan.extractor.cli.dataset.DatasetCommand.class,
            org.juesuan.extractor.cli.query.QueryCommand.class,
            org.juesuan.extractor.cli.view.ViewCommand.class);

    /** Exit codes shared by every command. */
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    /** Bad arguments, or an environment the run cannot work in (unwritable output directory). */
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: extractor extract --help)");
    }

    /** One line for a failure of the environment, with the file system's reason (not only a path). */
    static String describe(Throwable e) {
        Throwable cause = e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof java.io.IOException io) {
            String context = e != cause && e.getMessage() != null && !e.getMessage().equals(io.toString())
                    ? e.getMessage() + ": " : "";
            return context + org.juesuan.extractor.pipeline.ErrorRecords.describe(io);
        }
        return String.valueOf(e.getMessage());
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("extract")) {
            // its worker starts while picocli parses the arguments and the batch lists its inputs
            PrestartedWorker.startFor(List.of(args).subList(1, args.length), ExtractCommand.DEFAULT_WORKER_HEAP);
        }
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and {@link #main}). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new ExtractorCli());
        Optional<Class<?>> named = args.length == 0 ? Optional.empty() : COMMANDS.stream()
                .filter(command -> command.getAnnotation(Command.class).name().equals(args[0])).findFirst();
        named.ifPresentOrElse(cli::addSubcommand, () -> {
            COMMANDS.forEach(cli::addSubcommand);
            cli.addSubcommand(CommandLine.HelpCommand.class);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // only the environment can fail a whole run (e.g. an output directory that cannot be written)
            commandLine.getErr().println("error: " + describe(e));
            return USAGE;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().getErr().println("See '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        return cli.execute(args);
    }
}
