package org.socialprescribing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class CommandTreeTest {

    /** Command names of every level, options of several commands, and ordinary arguments. */
    private static final List<String> TOKENS = List.of(
            "score",
            "star",
            "instruments",
            "change",
            "extract",
            "demo",
            "fhir",
            "validate",
            "export",
            "import",
            "message",
            "request",
            "response",
            "message-back",
            "package",
            "questionnaire",
            "gp",
            "codes",
            "directory",
            "to-fhir",
            "report",
            "demand",
            "outcomes",
            "--help",
            "-h",
            "--version",
            "-V",
            "--debug",
            "--limit",
            "maxBytes=5",
            "--",
            "swemwbs",
            "x.csv",
            "-",
            "--format",
            "json",
            "-q",
            "--profile",
            "--output",
            "scor",
            "-o");

    @Test
    void forArguments_buildsOnlyTheCommandsNamed() {
        CommandLine root = CommandTree.forArguments(new SpCommand(), "fhir", "validate", "--package", "p", "x.json");

        assertThat(root.getSubcommands()).containsOnlyKeys("fhir");
        assertThat(root.getSubcommands().get("fhir").getSubcommands()).containsOnlyKeys("validate");
    }

    @Test
    void forArguments_givesALevelThatNamesNoneAllItsCommands() {
        CommandLine root = CommandTree.forArguments(new SpCommand(), "score", "swemwbs", "x.csv");

        assertThat(root.getSubcommands()).containsOnlyKeys("score");
        assertThat(root.getSubcommands().get("score").getSubcommands()).containsOnlyKeys("star");
        assertThat(CommandTree.forArguments(new SpCommand(), "--help").getSubcommands())
                .containsOnlyKeys(
                        CommandTree.full(new SpCommand()).getSubcommands().keySet());
    }

    @Test
    void full_holdsEveryCommand() {
        CommandLine root = CommandTree.full(new SpCommand());

        assertThat(root.getSubcommands()).hasSize(9);
        assertThat(root.getSubcommands().get("fhir").getSubcommands()).hasSize(9);
        assertThat(root.getSubcommands()
                        .get("fhir")
                        .getSubcommands()
                        .get("message")
                        .getSubcommands())
                .containsOnlyKeys("request", "response");
    }

    /**
     * The part of the tree built for a command line parses it as the whole tree does: the same commands, the same
     * help for the last of them, or the same error.
     */
    @Property(tries = 150)
    void forArguments_parsesAsTheWholeTree(@ForAll("commandLines") List<String> tokens) {
        String[] args = tokens.toArray(new String[0]);

        assertThat(outcome(CommandTree.forArguments(new SpCommand(), args), args))
                .isEqualTo(outcome(CommandTree.full(new SpCommand()), args));
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(6);
    }

    private static String outcome(CommandLine root, String[] args) {
        root.setCaseInsensitiveEnumValuesAllowed(true).setExpandAtFiles(false);
        try {
            List<CommandLine> parsed = root.parseArgs(args).asCommandLineList();
            CommandLine last = parsed.get(parsed.size() - 1);
            return parsed.stream()
                            .map(each -> each.getCommandSpec().qualifiedName())
                            .collect(Collectors.joining(" > "))
                    + "\n" + last.getUsageMessage();
        } catch (ParameterException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage() + " in "
                    + e.getCommandLine().getCommandSpec().qualifiedName();
        }
    }
}
