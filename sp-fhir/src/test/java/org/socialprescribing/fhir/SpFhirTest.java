package org.socialprescribing.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
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
import org.socialprescribing.fhir.internal.SdkContext;
import org.socialprescribing.model.InvalidValueException;

class SpFhirTest {

    @Test
    void context_isOneR4InstanceForEveryThread() throws Exception {
        Set<FhirContext> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = pool.invokeAll(List.of(
                    () -> seen.add(SdkContext.get()),
                    () -> seen.add(SdkContext.get()),
                    () -> seen.add(SdkContext.get())));
            for (Future<Boolean> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(seen).containsExactly(SdkContext.get());
        assertThat(SdkContext.get().getVersion().getVersion()).isEqualTo(FhirVersionEnum.R4);
    }

    @Test
    void useContext_acceptsTheContextInUse_andRefusesASecondOne() {
        FhirContext inUse = SdkContext.get();
        SpFhir.useContext(inUse);
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> SpFhir.useContext(FhirContext.forR4()))
                .withMessageContaining("before any other sp-fhir call");
        assertThat(SdkContext.get()).isSameAs(inUse);
    }

    @Test
    void useContext_refusesAnotherFhirVersion() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> SpFhir.useContext(FhirContext.forR5Cached()))
                .withMessageContaining("R5");
    }

    @Test
    void parserSettings_doNotDependOnTheContextsOptions() {
        // A caller's context may strip versions and let fullUrl replace ids; the SDK's parsers still keep both.
        FhirContext callers = FhirContext.forR4Cached();
        callers.getParserOptions().setStripVersionsFromReferences(true);
        Observation observation = new Observation();
        observation.getSubject().setReference("Patient/1/_history/2");
        IParser parser = SdkContext.configure(callers.newJsonParser());
        assertThat(parser.encodeResourceToString(observation)).contains("Patient/1/_history/2");
        assertThat(callers.getParserOptions().isStripVersionsFromReferences()).isTrue();
        callers.getParserOptions().setStripVersionsFromReferences(false);
    }

    @Test
    void warmUp_leavesTheContextInUse() {
        FhirContext before = SdkContext.get();
        SpFhir.warmUp();
        assertThat(SdkContext.get()).isSameAs(before);
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
