package org.socialprescribing.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.jspecify.annotations.Nullable;

/**
 * Serves Questionnaires to the validator, by canonical URL with or without {@code |version}, so that it checks each
 * QuestionnaireResponse against its Questionnaire. HAPI's {@code PrePopulatedValidationSupport} keeps only
 * StructureDefinitions, CodeSystems, ValueSets and SearchParameters and drops anything else. Immutable once built.
 */
final class QuestionnaireSupport implements IValidationSupport {

    private final FhirContext context;
    private final Map<String, Questionnaire> byCanonical;

    /** @param questionnaires the Questionnaires; a later one with the same URL (and version) replaces an earlier one */
    QuestionnaireSupport(FhirContext context, List<Questionnaire> questionnaires) {
        this.context = context;
        Map<String, Questionnaire> map = new HashMap<>();
        for (Questionnaire questionnaire : questionnaires) {
            if (questionnaire.hasUrl()) {
                map.put(questionnaire.getUrl(), questionnaire);
                if (questionnaire.hasVersion()) {
                    map.put(questionnaire.getUrl() + "|" + questionnaire.getVersion(), questionnaire);
                }
            }
        }
        this.byCanonical = Map.copyOf(map);
    }

    @Override
    public FhirContext getFhirContext() {
        return context;
    }

    @Override
    public String getName() {
        return "Questionnaires";
    }

    @Override
    public <T extends IBaseResource> @Nullable T fetchResource(@Nullable Class<T> type, String uri) {
        Questionnaire questionnaire = byCanonical.get(uri);
        if (questionnaire == null || (type != null && !type.isInstance(questionnaire))) {
            return null;
        }
        @SuppressWarnings("unchecked") // Without a requested type, any resource type will do.
        T found = type == null ? (T) questionnaire : type.cast(questionnaire);
        return found;
    }
}
