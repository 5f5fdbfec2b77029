package org.socialprescribing.fhir.mapping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class ContentWalkerTest {

    @Test
    void primitives_visitsEveryValueWithItsFhirPath() {
        Observation observation = new Observation();
        observation.setValue(new StringType("calm"));
        observation.addNote().setText("first");
        observation.getNote().get(0).getTextElement().addExtension("https://example.org/x", new BooleanType(true));
        List<String> seen = new ArrayList<>();
        ContentWalker.primitives(
                observation,
                "Observation",
                (primitive, location) -> seen.add(location.path() + "=" + primitive.getValueAsString()));
        // Choice elements are named without their type (FHIRPath), an extension's url is not content.
        assertThat(seen)
                .containsExactly(
                        "Observation.value=calm",
                        "Observation.note[0].text=first",
                        "Observation.note[0].text.extension[0].value=true");
    }

    @Test
    void primitives_seesTheCommonElementsOfConformanceResources() {
        // HAPI's Base.children() leaves out id, meta and extensions of Questionnaire and other canonical resources.
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId("q1");
        questionnaire.addExtension("https://example.org/x", new StringType("kept"));
        List<String> seen = new ArrayList<>();
        ContentWalker.primitives(questionnaire, "Questionnaire", (primitive, location) -> seen.add(location.path()));
        assertThat(seen).containsExactly("Questionnaire.id", "Questionnaire.extension[0].value");
    }

    @Test
    void unread_reportsEachUnreadPartOnceAtItsTopInDocumentOrder() {
        Patient patient = new Patient();
        HumanName name = patient.addName().setFamily("Okafor").addGiven("Anna");
        Extension nested = new Extension("https://example.org/outer");
        nested.addExtension("https://example.org/inner", new StringType("a"));
        nested.addExtension("https://example.org/inner", new StringType("b"));
        patient.addExtension(nested);
        DateType birthDate = new DateType();
        birthDate.addExtension("https://example.org/absent-reason", new StringType("unknown"));
        patient.setBirthDateElement(birthDate);
        patient.addName(); // empty: nothing to report
        Set<Base> used = Collections.newSetFromMap(new IdentityHashMap<>());
        used.add(name.getFamilyElement());
        List<String> reported = new ArrayList<>();
        ContentWalker.unread(patient, "Patient", used, (path, node) -> reported.add(path + " " + node.fhirType()));
        assertThat(reported)
                .containsExactly(
                        "Patient.extension[0] Extension", "Patient.name[0].given[0] string", "Patient.birthDate date");
    }

    @Test
    void unread_reportsAResourceNothingWasReadOfAtItsRoot() {
        Patient patient = new Patient().setActive(true);
        List<String> reported = new ArrayList<>();
        ContentWalker.unread(patient, "Bundle.entry[3].resource", Set.of(), (path, node) -> reported.add(path));
        assertThat(reported).containsExactly("Bundle.entry[3].resource");
    }

    @Test
    void unread_reportsNothingWhenTheRootWasUsed() {
        Patient patient = new Patient().setActive(true);
        List<String> reported = new ArrayList<>();
        ContentWalker.unread(patient, "Patient", Set.of(patient), (path, node) -> reported.add(path));
        assertThat(reported).isEmpty();
    }
}
