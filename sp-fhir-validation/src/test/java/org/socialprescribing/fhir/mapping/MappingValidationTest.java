package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.fhir.UkCoreReference;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;

/**
 * Everything the mappers write validates with no error against R4 core and the SDK's profiles and extensions, and,
 * when the UK Core 2.0.2 reference folder is present, the resources UK Core profiles (Patient, Organization,
 * PractitionerRole, ServiceRequest, HealthcareService, Location) validate against the UK Core profile of their type.
 */
class MappingValidationTest {

    private static final String UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";
    private static final List<String> UK_CORE_TYPES =
            List.of("Patient", "Organization", "PractitionerRole", "ServiceRequest", "HealthcareService", "Location");

    /** R4 core and the SDK's resources; one validator for the class. */
    private static final FhirValidation R4 = FhirValidation.builder().build();

    private static FhirValidation ukCore;

    static List<Named<Resource>> resources() {
        List<Named<Resource>> resources = new ArrayList<>();
        add(resources, "person", PersonMapper.toPatient(Fixtures.anna()));
        add(resources, "GP practice", OrganisationMapper.toOrganization(Fixtures.practice()));
        add(resources, "PCN", OrganisationMapper.toOrganization(Fixtures.pcn()));
        add(resources, "ICB", OrganisationMapper.toOrganization(Fixtures.icb()));
        add(resources, "local authority", OrganisationMapper.toOrganization(Fixtures.council()));
        add(resources, "VCSE organisation", OrganisationMapper.toOrganization(Fixtures.gardenTrust()));
        add(resources, "link worker post", WorkforceMapper.toPractitionerRole(Fixtures.linkWorkerPost()));
        add(
                resources,
                "care role",
                WorkforceMapper.toPractitionerRole(Fixtures.linkWorkerPost().role()));
        add(resources, "professional", WorkforceMapper.toPractitionerRole(Fixtures.linkWorker()));
        addEntries(resources, "service", ServiceMapper.toBundle(Fixtures.allotmentGroup()));
        addEntries(resources, "completed episode", EpisodeBundles.standard().toTransaction(Fixtures.annaEpisode()));
        addEntries(resources, "declined episode", EpisodeBundles.standard().toTransaction(Fixtures.declinedEpisode()));
        addEntries(
                resources, "incomplete episode", EpisodeBundles.standard().toTransaction(Fixtures.incompleteEpisode()));
        return resources;
    }

    static List<Named<Resource>> ukCoreResources() {
        return resources().stream()
                .filter(named -> UK_CORE_TYPES.contains(named.getPayload().fhirType()))
                .collect(Collectors.toList());
    }

    private static void add(List<Named<Resource>> resources, String name, Resource resource) {
        resources.add(Named.of(name + " (" + resource.fhirType() + ")", resource));
    }

    static void addEntries(List<Named<Resource>> resources, String name, Bundle bundle) {
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            add(resources, name, entry.getResource());
        }
    }

    @ParameterizedTest
    @MethodSource("resources")
    void validatesAgainstR4AndTheSdkProfiles(Resource resource) {
        assertThat(errors(R4.validate(resource))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("ukCoreResources")
    void validatesAgainstUkCore(Resource resource) {
        assertThat(errors(ukCore().validate(resource, UK_CORE + resource.fhirType())))
                .isEmpty();
    }

    @Test
    void serviceBundle_validatesAsAWhole() {
        assertThat(errors(R4.validate(ServiceMapper.toBundle(Fixtures.allotmentGroup()))))
                .isEmpty();
    }

    static List<String> errors(ValidationReport report) {
        return report.issues().stream()
                .filter(issue -> issue.severity().isBlocking())
                .map(ValidationIssue::toString)
                .collect(Collectors.toList());
    }

    /** R4 core, the SDK's resources and UK Core 2.0.2; skips the test when the reference folder is absent. */
    static synchronized FhirValidation ukCore() {
        if (ukCore == null) {
            ukCore = FhirValidation.builder()
                    .addConformanceFolder(UkCoreReference.folderOrSkip())
                    .build();
        }
        return ukCore;
    }
}
