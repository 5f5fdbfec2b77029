package org.socialprescribing.fhir.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;
import org.socialprescribing.fhir.FhirResourceReader;

/**
 * The third-party PHQ-9 and GAD-7 resources of {@code src/test/resources/third-party/questionnaires} (sources,
 * commits, licences and published totals in its README).
 */
final class ThirdParty {

    static final Path FOLDER = Path.of("src", "test", "resources", "third-party", "questionnaires");

    /** The response id the tests give LHC-Forms' responses, which have none. */
    static final String LHC_REFERENCE = "urn:uuid:0b7e6c1d-2f3a-4b5c-8d9e-0f1a2b3c4d5e";

    private ThirdParty() {}

    static String text(String file) {
        try {
            return Files.readString(FOLDER.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T extends Resource> T read(String file, Class<T> type) {
        return FhirResourceReader.standard().parse(text(file), type);
    }

    static QuestionnaireResponse response(String file) {
        return read(file, QuestionnaireResponse.class);
    }

    /** The MII PRO Questionnaire and its two answer value sets, as published. */
    static List<Resource> miiDefinitions() {
        return List.of(
                read("mii-pro/Questionnaire-mii-qst-pro-phq-9.json", Questionnaire.class),
                read("mii-pro/ValueSet-mii-vs-pro-phq-9-answer-list-ll358-3.json", ValueSet.class),
                read("mii-pro/ValueSet-mii-vs-pro-phq-9-answer-list-ll359-1.json", ValueSet.class));
    }

    /**
     * The MII PRO definitions with the Questionnaire's linkIds renamed from {@code PHQ-9.n} to the {@code PHQ.n} its
     * example response uses (the source's defect, README); nothing else changes.
     */
    static List<Resource> miiDefinitionsWithTheResponsesLinkIds() {
        List<Resource> definitions = miiDefinitions();
        Questionnaire questionnaire = (Questionnaire) definitions.get(0);
        rename(questionnaire.getItem());
        return definitions;
    }

    private static void rename(List<QuestionnaireItemComponent> items) {
        for (QuestionnaireItemComponent item : items) {
            if (item.getLinkId().startsWith("PHQ-9.")) {
                item.setLinkId("PHQ." + item.getLinkId().substring("PHQ-9.".length()));
            }
            rename(item.getItem());
        }
    }
}
