package org.socialprescribing.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.internal.SdkContext;

/**
 * {@code WorkerContext} looks resources up and converts them to R5 without HAPI's R5 {@code FhirContext}: it must give
 * what HAPI's own bridge gives, for every kind of resource and URL, and keep the converted copy where HAPI's bridge
 * looks for it. (That the validator reports the same issues either way is {@code LazyR4CoreTest}'s.)
 */
class WorkerContextTest {

    private static final String SDK = "https://fhir.socialprescribing.org/StructureDefinition/";
    private static final String DIFFERENTIAL_ONLY = SDK + "test-differential-only";

    private static final List<String> STRUCTURES = List.of(
            "http://hl7.org/fhir/StructureDefinition/Patient",
            "http://hl7.org/fhir/StructureDefinition/string",
            "http://hl7.org/fhir/StructureDefinition/patient-birthPlace",
            "http://hl7.org/fhir/StructureDefinition/vitalsigns",
            DIFFERENTIAL_ONLY,
            "http://hl7.org/fhir/StructureDefinition/no-such-thing",
            "Patient",
            "");

    @Test
    void lookUps_giveWhatHapisBridgeGives() {
        WorkerContext ours = new WorkerContext(chain());
        WorkerContextValidationSupportAdapter hapis = new WorkerContextValidationSupportAdapter(chain());
        for (String url : withSdkProfiles()) {
            assertSame(
                    ours.fetchResource(StructureDefinition.class, url),
                    hapis.fetchResource(StructureDefinition.class, url),
                    url);
            assertThat(ours.hasResource(StructureDefinition.class, url))
                    .as(url)
                    .isEqualTo(hapis.hasResource(StructureDefinition.class, url));
        }
        for (String url : List.of(
                "http://hl7.org/fhir/ValueSet/administrative-gender",
                "http://hl7.org/fhir/ValueSet/languages",
                "http://hl7.org/fhir/ValueSet/no-such-thing")) {
            assertSame(ours.fetchResource(ValueSet.class, url), hapis.fetchResource(ValueSet.class, url), url);
        }
        for (String url : List.of(
                "http://hl7.org/fhir/administrative-gender",
                "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                "http://hl7.org/fhir/no-such-thing")) {
            assertSame(ours.fetchResource(CodeSystem.class, url), hapis.fetchResource(CodeSystem.class, url), url);
        }
        assertSame(
                ours.fetchResource(Resource.class, STRUCTURES.get(0)),
                hapis.fetchResource(Resource.class, STRUCTURES.get(0)),
                "Resource");
    }

    @Test
    void convertedCopy_isTheOneHapisBridgeFinds() {
        IValidationSupport chain = chain();
        WorkerContext ours = new WorkerContext(chain);
        WorkerContextValidationSupportAdapter hapis = new WorkerContextValidationSupportAdapter(chain);
        for (String url : withSdkProfiles()) {
            StructureDefinition converted = ours.fetchResource(StructureDefinition.class, url);
            if (converted != null) {
                assertThat(hapis.fetchResource(StructureDefinition.class, url))
                        .as(url)
                        .isSameAs(converted);
            }
        }
    }

    private static List<String> withSdkProfiles() {
        List<String> urls = new ArrayList<>(STRUCTURES);
        for (IBaseResource resource : SdkSnapshots.sdk()) {
            if (resource instanceof org.hl7.fhir.r4.model.StructureDefinition) {
                urls.add(((org.hl7.fhir.r4.model.StructureDefinition) resource).getUrl());
            }
        }
        return urls;
    }

    /** R4 core as the validator loads it, the SDK's resources and one profile without a snapshot. */
    private static IValidationSupport chain() {
        FhirContext context = SdkContext.get();
        PrePopulatedValidationSupport conformance = new PrePopulatedValidationSupport(context);
        for (IBaseResource resource : SdkSnapshots.sdk()) {
            if (!(resource instanceof org.hl7.fhir.r4.model.Questionnaire)) {
                conformance.addResource(resource);
            }
        }
        org.hl7.fhir.r4.model.StructureDefinition differentialOnly = new org.hl7.fhir.r4.model.StructureDefinition();
        differentialOnly
                .setUrl(DIFFERENTIAL_ONLY)
                .setName("TestDifferentialOnly")
                .setStatus(org.hl7.fhir.r4.model.Enumerations.PublicationStatus.DRAFT)
                .setKind(org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind.RESOURCE)
                .setAbstract(false)
                .setType("Patient")
                .setBaseDefinition("http://hl7.org/fhir/StructureDefinition/Patient")
                .setDerivation(org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule.CONSTRAINT);
        org.hl7.fhir.r4.model.ElementDefinition gender = differentialOnly
                .getDifferential()
                .addElement()
                .setPath("Patient.gender")
                .setMin(1);
        gender.setId("Patient.gender");
        conformance.addResource(differentialOnly);
        return new ValidationSupportChain(
                R4CoreSupport.create(context), conformance, new SnapshotGeneratingValidationSupport(context));
    }

    private static void assertSame(Resource ours, Resource hapis, String what) {
        if (hapis == null) {
            assertThat(ours).as(what).isNull();
            return;
        }
        assertThat(ours).as(what).isNotNull();
        assertThat(ours.getClass()).as(what).isEqualTo(hapis.getClass());
        assertThat(ours.equalsDeep(hapis)).as(what).isTrue();
        assertThat(ours.hasSourcePackage()).as(what).isEqualTo(hapis.hasSourcePackage());
        if (hapis.hasSourcePackage()) {
            assertThat(ours.getSourcePackage().getId())
                    .as(what)
                    .isEqualTo(hapis.getSourcePackage().getId());
        }
    }
}
