package org.socialprescribing.cli;

import picocli.CommandLine.Command;

/** {@code sp fhir}: the FHIR R4 commands. It only groups its subcommands. */
@Command(
        name = "fhir",
        mixinStandardHelpOptions = true,
        description = "FHIR R4 (UK Core): convert episodes both ways, validate offline, print Questionnaires,"
                + " score responses.",
        subcommands = {
            FhirExportCommand.class,
            FhirImportCommand.class,
            FhirValidateCommand.class,
            FhirQuestionnaireCommand.class,
            FhirScoreCommand.class
        })
final class FhirCommand {}
