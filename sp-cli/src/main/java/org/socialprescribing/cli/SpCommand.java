package org.socialprescribing.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.input.InputLimit;
import org.socialprescribing.model.input.InputLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code sp} command: it only groups the subcommands and holds the options they share. Its subcommands are listed in {@link CommandTree}. */
@Command(
        name = "sp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Social Prescribing SDK: score wellbeing questionnaires, convert and validate FHIR, "
                + "import service directories.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:The data has problems, which were reported.",
            "2:Usage error, or the input could not be read or the output written.",
            "141:The reader of stdout closed the pipe (as for a tool ended by SIGPIPE)."
        })
final class SpCommand {

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "Show the full stack trace when a command fails.")
    boolean debug;

    @Option(
            names = "--limit",
            paramLabel = "NAME=VALUE",
            scope = ScopeType.INHERIT,
            description = "Change a limit on input (repeatable): maxBytes, maxDepth, maxValues, maxEntries,"
                    + " maxStringLength, maxNumberLength, maxNumberExponent, maxLineLength, maxValidatedResources."
                    + " Defaults and meaning: SECURITY.md.")
    Map<String, String> limitValues = new LinkedHashMap<>();

    /**
     * The input limits a command runs under: the defaults, changed by {@code --limit}.
     *
     * @param spec the running command (any subcommand)
     * @return the limits
     * @throws UsageException if a {@code --limit} names no limit or gives a value out of range
     */
    static InputLimits limits(CommandSpec spec) {
        Object root = spec.root().userObject();
        return root instanceof SpCommand ? ((SpCommand) root).limits() : InputLimits.defaults();
    }

    /**
     * The limits this command line sets.
     *
     * @return the limits
     * @throws UsageException if a {@code --limit} names no limit or gives a value out of range
     */
    InputLimits limits() {
        InputLimits limits = InputLimits.defaults();
        for (Map.Entry<String, String> entry : limitValues.entrySet()) {
            InputLimit limit = InputLimit.byKey(entry.getKey())
                    .orElseThrow(() -> new UsageException("--limit " + entry.getKey() + ": no such limit; the limits: "
                            + Stream.of(InputLimit.values())
                                    .map(InputLimit::key)
                                    .collect(Collectors.joining(", "))));
            long value;
            try {
                value = Long.parseLong(entry.getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new UsageException(
                        "--limit " + entry.getKey() + ": '" + entry.getValue() + "' is not a whole number", e);
            }
            try {
                limits = limits.with(limit, value);
            } catch (InvalidValueException e) {
                throw new UsageException("--limit " + e.getMessage(), e);
            }
        }
        return limits;
    }
}
