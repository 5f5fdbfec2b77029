package org.socialprescribing.cli;

import picocli.CommandLine.Command;

/** {@code sp fhir}: the FHIR R4 commands. It only groups its subcommands. */
@Command(
        name = "fhir",
        mixinStandardHelpOptions = true,
        description =
                "FHIR R4 (UK Core): validate resources offline, print Questionnaires, score QuestionnaireResponses.",
        subcommands = {FhirValidateCommand.class, FhirQuestionnaireCommand.class, FhirScoreCommand.class})
final class FhirCommand {}
