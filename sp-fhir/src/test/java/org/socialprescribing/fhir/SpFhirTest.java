package org.socialprescribing.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class SpFhirTest {

    @Test
    void context_isOneR4InstanceForEveryThread() throws Exception {
        Set<FhirContext> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = pool.invokeAll(List.of(
                    () -> seen.add(SpFhir.context()),
                    () -> seen.add(SpFhir.context()),
                    () -> seen.add(SpFhir.context())));
            for (Future<Boolean> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(seen).containsExactly(SpFhir.context());
        assertThat(SpFhir.context().getVersion().getVersion()).isEqualTo(FhirVersionEnum.R4);
    }

    @Test
    void parsers_areNewOnEveryCall() {
        assertThat(SpFhir.newJsonParser()).isNotSameAs(SpFhir.newJsonParser());
        assertThat(SpFhir.newXmlParser()).isNotSameAs(SpFhir.newXmlParser());
    }

    @Test
    void jsonRoundTrip_keepsReferenceVersions() {
        Observation observation = new Observation();
        observation.getSubject().setReference("Patient/1/_history/2");
        String json = SpFhir.newJsonParser().encodeResourceToString(observation);
        assertThat(json).contains("Patient/1/_history/2");
        Observation back = SpFhir.newJsonParser().parseResource(Observation.class, json);
        assertThat(back.getSubject().getReference()).isEqualTo("Patient/1/_history/2");
    }

    @Test
    void bundleParsing_keepsResourceIdsApartFromFullUrl() {
        String json = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"fullUrl\":"
                + "\"urn:uuid:0c3151bd-1cbf-4d64-b04d-cd9187a4c6e0\",\"resource\":{\"resourceType\":\"Patient\","
                + "\"id\":\"p1\"}}]}";
        Bundle bundle = SpFhir.newJsonParser().parseResource(Bundle.class, json);
        assertThat(bundle.getEntryFirstRep().getResource().getIdElement().getIdPart())
                .isEqualTo("p1");
    }

    @Test
    void xmlRoundTrip_givesEqualResource() {
        Patient patient = new Patient();
        patient.addName().setFamily("Example").addGiven("Alex");
        String xml = SpFhir.newXmlParser().setPrettyPrint(true).encodeResourceToString(patient);
        Patient back = SpFhir.newXmlParser().parseResource(Patient.class, xml);
        assertThat(back.equalsDeep(patient)).isTrue();
    }

    @Test
    void parsers_rejectUnknownElementsInsteadOfDroppingThem() {
        assertThatExceptionOfType(DataFormatException.class)
                .isThrownBy(() -> SpFhir.newJsonParser()
                        .parseResource(Patient.class, "{\"resourceType\":\"Patient\",\"nickname\":\"x\"}"));
        assertThatExceptionOfType(DataFormatException.class)
                .isThrownBy(() -> SpFhir.newXmlParser()
                        .parseResource(
                                Patient.class,
                                "<Patient xmlns=\"http://hl7.org/fhir\"><nickname value=\"x\"/></Patient>"));
    }
}
