package org.socialprescribing.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The tree of {@code sp} commands, and the picocli model of the part of it that one command line uses.
 *
 * <p>Why the tree is here and not in {@code @Command(subcommands = ...)}: picocli builds the model of every declared
 * subcommand as soon as the top command is built, creating each command object and so initialising whatever its
 * fields touch (Jackson, HAPI FHIR's model, the report settings). {@code sp --version} loaded 2,002 classes and spent
 * about 1.4 s of CPU that way, most of it for commands that never ran (docs/PERFORMANCE.md). Here each level gets
 * only the subcommand its arguments name. A level whose arguments name none of its subcommands (help, a misspelt
 * command, a command that has subcommands but runs itself) gets all of them, so help, suggestions and errors read
 * exactly as with the whole tree: picocli never goes back to a parent once a subcommand starts, so the subcommands
 * left out could not have been reached.
 */
final class CommandTree {

    /** Each group's subcommands, in the order help lists them. */
    private static final Map<Class<?>, List<Class<?>>> SUBCOMMANDS = Map.of(
            SpCommand.class,
            List.of(
                    ScoreCommand.class,
                    InstrumentsCommand.class,
                    ChangeCommand.class,
                    ExtractCommand.class,
                    DemoCommand.class,
                    FhirCommand.class,
                    GpCommand.class,
                    DirectoryCommand.class,
                    ReportCommand.class),
            ScoreCommand.class,
            List.of(ScoreStarCommand.class),
            FhirCommand.class,
            List.of(
                    FhirExportCommand.class,
                    FhirImportCommand.class,
                    FhirValidateCommand.class,
                    FhirServeCommand.class,
                    FhirQuestionnaireCommand.class,
                    FhirScoreCommand.class,
                    FhirMessageBackCommand.class,
                    FhirMessageCommand.class,
                    FhirPackageCommand.class),
            FhirMessageCommand.class,
            List.of(FhirMessageRequestCommand.class, FhirMessageResponseCommand.class),
            GpCommand.class,
            List.of(GpImportCommand.class, GpCodesCommand.class),
            DirectoryCommand.class,
            List.of(DirectoryImportCommand.class, DirectoryToFhirCommand.class),
            ReportCommand.class,
            List.of(ReportDemandCommand.class, ReportOutcomesCommand.class));

    private CommandTree() {}

    /**
     * The model of the commands these arguments can reach.
     *
     * @param top the top command
     * @param args the command line
     * @return the model, with only the subcommands the arguments name (all of a level that names none)
     */
    static CommandLine forArguments(SpCommand top, String... args) {
        CommandLine root = new CommandLine(top);
        CommandLine current = root;
        int from = 0;
        while (true) {
            List<Class<?>> subcommands = subcommands(current);
            int at = named(subcommands, args, from);
            if (at < 0) {
                subcommands.forEach(current::addSubcommand);
                return root;
            }
            String name = args[at];
            current.addSubcommand(subcommands.stream()
                    .filter(each -> name(each).equals(name))
                    .findFirst()
                    .orElseThrow());
            current = current.getSubcommands().get(name);
            from = at + 1;
        }
    }

    /**
     * The model of the whole tree, as help for every command needs it.
     *
     * @param top the top command
     * @return the model
     */
    static CommandLine full(SpCommand top) {
        CommandLine root = new CommandLine(top);
        addAll(root);
        return root;
    }

    private static void addAll(CommandLine parent) {
        for (Class<?> each : subcommands(parent)) {
            parent.addSubcommand(each);
            addAll(parent.getSubcommands().get(name(each)));
        }
    }

    private static List<Class<?>> subcommands(CommandLine command) {
        return SUBCOMMANDS.getOrDefault(command.getCommandSpec().userObject().getClass(), List.of());
    }

    /**
     * Where the first argument from {@code from} on that names one of the subcommands is, as picocli would take it
     * (exact name; nothing after {@code --}), or -1.
     */
    private static int named(List<Class<?>> subcommands, String[] args, int from) {
        if (subcommands.isEmpty()) {
            return -1;
        }
        for (int i = from; i < args.length; i++) {
            if (args[i].equals("--")) {
                return -1;
            }
            for (Class<?> each : subcommands) {
                if (name(each).equals(args[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The name a command class declares; reading it loads the class without initialising it. */
    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
