package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.UkCoreReference;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.validation.SpValidator;

/** FHIR service directories from other systems: UK Core, Gravity and BaRS HealthcareServices as SDK services. */
class DirectoryIntakeTest {

    @Test
    void ukCoreHealthcareService_withItsProviderByReferenceElsewhere_isAService() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.addEntry()
                .setResource(FhirResourceReader.standard()
                        .parse(
                                UkCoreReference.read(
                                        "examples/UKCore-HealthcareService-OrthopaedicService-Example.xml"),
                                HealthcareService.class));

        IntakeResult<List<Service>> result = ServiceMapper.importServices(bundle);

        Service service = result.value().orElseThrow().get(0);
        assertThat(service.provider().orElseThrow().name()).isEqualTo("St James' University Hospital, Leeds");
        assertThat(service.externalCategories()).isNotEmpty();
        assertThat(IntakeIssues.paths(result, FhirIssueCode.UNRESOLVED_REFERENCE))
                .contains("Bundle.entry[0].resource.providedBy.reference");
    }

    @Test
    void manyServices_providerByOrganizationOrOdsIdentifier() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        Organization provider = new Organization().setName("Leeds Community Trust");
        provider.addIdentifier(new Identifier()
                .setSystem("https://fhir.nhs.uk/id/ods-organization-code")
                .setValue("RY6"));
        bundle.addEntry()
                .setFullUrl("urn:uuid:2f0e2b4c-0000-4000-8000-000000000001")
                .setResource(provider);
        bundle.addEntry()
                .setResource(new HealthcareService()
                        .setName("Walking group")
                        .setProvidedBy(new Reference("urn:uuid:2f0e2b4c-0000-4000-8000-000000000001")));
        bundle.addEntry()
                .setResource(new HealthcareService()
                        .setName("Befriending")
                        .setProvidedBy(new Reference()
                                .setDisplay("Age UK Leeds")
                                .setIdentifier(new Identifier()
                                        .setSystem("https://fhir.nhs.uk/Id/ods-organization-code")
                                        .setValue("8J123"))));

        IntakeResult<List<Service>> result = ServiceMapper.importServices(bundle);

        assertThat(result.value().orElseThrow())
                .extracting(service -> service.provider().orElseThrow().name())
                .containsExactly("Leeds Community Trust", "Age UK Leeds");
        assertThat(result.value()
                        .orElseThrow()
                        .get(0)
                        .provider()
                        .orElseThrow()
                        .odsCode()
                        .orElseThrow()
                        .value())
                .isEqualTo("RY6");
        assertThat(IntakeIssues.paths(result, FhirIssueCode.NORMALISED))
                .containsExactly("Bundle.entry[0].resource.identifier[0].system");
    }

    @Test
    void gravityHealthcareService_withNoProvider_isKept_andTheMissingProviderReported_notInvented() {
        IntakeResult<List<Service>> result =
                ServiceMapper.importServices(IntakeGoldenTest.bundle("gravity/healthcareservice-directory.json"));

        assertThat(result.refused()).isFalse();
        assertThat(result.value().orElseThrow()).singleElement().satisfies(service -> {
            assertThat(service.name()).isEqualTo("HACC");
            assertThat(service.provider()).isEmpty();
            assertThat(SpValidator.validate(service).issues())
                    .extracting(issue -> issue.code())
                    .containsExactly(ModelIssueCode.SERVICE_PROVIDER_MISSING);
        });
        assertThat(providerMissing(result)).containsExactly("Bundle.entry[0].resource.providedBy");
        assertThat(IntakeIssues.paths(result, FhirIssueCode.UNEXPECTED_RESOURCE))
                .contains("Bundle.entry[1].resource"); // Location
    }

    @Test
    void barsBookingHealthcareService_withNoProvider_isKept() {
        IntakeResult<List<Service>> result =
                ServiceMapper.importServices(IntakeGoldenTest.bundle("bars/POST-body-booking.json"));

        assertThat(result.refused()).isFalse();
        assertThat(result.value().orElseThrow())
                .isNotEmpty()
                .allSatisfy(service -> assertThat(service.provider()).isEmpty());
        assertThat(providerMissing(result))
                .isNotEmpty()
                .allSatisfy(path -> assertThat(path).endsWith(".providedBy"));
    }

    private static List<String> providerMissing(IntakeResult<?> result) {
        return result.report().issues().stream()
                .filter(issue -> issue.code() == ModelIssueCode.SERVICE_PROVIDER_MISSING)
                .map(issue -> issue.path())
                .collect(Collectors.toList());
    }

    @Test
    void aBundleWithNoHealthcareService_isRefused() {
        IntakeResult<List<Service>> result = ServiceMapper.importServices(
                IntakeGoldenTest.bundle("gravity/servicerequest-patient-transaction.json"));

        assertThat(result.refused()).isTrue();
        assertThat(result.report().errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("no HealthcareService"));
    }

    @Test
    void theSdksOwnServiceBundle_readsBackTheSame() {
        Service service = Fixtures.allotmentGroup();

        IntakeResult<List<Service>> result = ServiceMapper.importServices(ServiceMapper.toBundle(service));

        assertThat(result.value().orElseThrow()).containsExactly(service);
    }
}
