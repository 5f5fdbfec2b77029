package org.socialprescribing.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.questionnaire.InstrumentQuestionnaires;
import org.socialprescribing.model.SpException;
import org.socialprescribing.model.measure.InstrumentId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sp fhir questionnaire INSTRUMENT}: the FHIR Questionnaire of an instrument, as JSON on stdout. */
@Command(
        name = "questionnaire",
        mixinStandardHelpOptions = true,
        description = {
            "Print the FHIR R4 Questionnaire of an instrument (SDC itemWeight on every answer). Item wording is"
                    + " included only where the instrument's licence allows it; otherwise items read 'Item n'."
        })
final class FhirQuestionnaireCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INSTRUMENT", description = "An instrument id (see 'sp instruments'), or a star's id.")
    String instrument = "";

    @Option(
            names = "--definition",
            paramLabel = "STAR.json",
            description = "A licensee's Outcomes Star definition, for the Questionnaire of that star.")
    @Nullable
    Path definition;

    @Override
    public Integer call() {
        InstrumentQuestionnaires questionnaires = InstrumentQuestionnaires.standard();
        if (definition != null) {
            questionnaires = questionnaires.withStar(TextFiles.readStar(definition, SpCommand.limits(spec)));
        }
        try {
            String json = SpFhir.newJsonParser()
                    .setPrettyPrint(true)
                    .encodeResourceToString(questionnaires.questionnaire(InstrumentId.of(instrument)));
            spec.commandLine().getOut().println(json);
        } catch (SpException e) {
            throw new UsageException("unknown instrument '" + instrument + "'; 'sp instruments' lists them", e);
        }
        return ExitCode.OK;
    }
}
