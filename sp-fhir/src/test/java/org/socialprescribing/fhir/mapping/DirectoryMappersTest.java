package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.FhirResourceReader;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.IntegratedCareBoard;
import org.socialprescribing.model.org.LocalAuthority;
import org.socialprescribing.model.org.PrimaryCareNetwork;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.org.VcseOrganisationType;
import org.socialprescribing.model.service.Eligibility;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.service.ServiceLocation;
import org.socialprescribing.model.workforce.LinkWorkerRole;
import org.socialprescribing.model.workforce.PersonalisedCareRole;
import org.socialprescribing.model.workforce.ProfessionalRef;
import org.socialprescribing.testkit.SpArbitraries;

/** Organisations, the workforce and services: domain to FHIR JSON and back gives an equal value and no warning. */
class DirectoryMappersTest {

    private static final SpArbitraries KIT = SpArbitraries.asReferred();

    @Property(tries = 100)
    void gpPractice(@ForAll("gpPractices") GpPractice practice) {
        assertRoundTrip(practice, OrganisationMapper::toOrganization, OrganisationMapper::toGpPractice);
    }

    @Property(tries = 100)
    void pcn(@ForAll("pcns") PrimaryCareNetwork pcn) {
        assertRoundTrip(pcn, OrganisationMapper::toOrganization, OrganisationMapper::toPrimaryCareNetwork);
    }

    @Property(tries = 50)
    void icb(@ForAll("icbs") IntegratedCareBoard icb) {
        assertRoundTrip(icb, OrganisationMapper::toOrganization, OrganisationMapper::toIntegratedCareBoard);
    }

    @Property(tries = 50)
    void localAuthority(@ForAll("localAuthorities") LocalAuthority authority) {
        assertRoundTrip(authority, OrganisationMapper::toOrganization, OrganisationMapper::toLocalAuthority);
    }

    @Property(tries = 100)
    void vcseOrganisation(@ForAll("vcseOrganisations") VcseOrganisation vcse) {
        assertRoundTrip(vcse, OrganisationMapper::toOrganization, OrganisationMapper::toVcseOrganisation);
    }

    @Property(tries = 50)
    void personalisedCareRole(@ForAll("careRoles") PersonalisedCareRole role) {
        assertRoundTrip(role, WorkforceMapper::toPractitionerRole, WorkforceMapper::toPersonalisedCareRole);
    }

    @Property(tries = 100)
    void linkWorkerRole(@ForAll("linkWorkerRoles") LinkWorkerRole post) {
        assertRoundTrip(post, WorkforceMapper::toPractitionerRole, WorkforceMapper::toLinkWorkerRole);
    }

    @Property(tries = 100)
    void professional(@ForAll("professionals") ProfessionalRef professional) {
        assertRoundTrip(professional, WorkforceMapper::toPractitionerRole, WorkforceMapper::toProfessionalRef);
    }

    @Property(tries = 100)
    void service(@ForAll("services") Service service) {
        assertRoundTrip(service, ServiceMapper::toBundle, ServiceMapper::toService);
    }

    @Test
    void service_withMarkdownThatHapiWouldTrim_isRefusedNotLost() {
        // HealthcareService.eligibility.comment is markdown, which HAPI trims when it parses (checked with 8.8.0).
        Service service = befriending()
                .eligibility(Eligibility.builder().description("Adults only ").build())
                .build();

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ServiceMapper.toBundle(service))
                .withMessageContaining("Bundle.entry[0].resource.eligibility[0].comment")
                .withMessageContaining("white space");
    }

    @Test
    void service_withAnEmptyLocation_isRefusedNotLost() {
        // HAPI drops a resource with nothing in it when it encodes (a property test found this).
        Service service =
                befriending().addLocation(ServiceLocation.builder().build()).build();

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ServiceMapper.toBundle(service))
                .withMessageContaining("locations[0]")
                .withMessageContaining("empty Location");
    }

    private static Service.Builder befriending() {
        return Service.builder()
                .provider(VcseOrganisation.builder()
                        .name("Friends")
                        .type(VcseOrganisationType.REGISTERED_CHARITY)
                        .build())
                .name("Befriending");
    }

    @SuppressWarnings("unchecked") // the parsed resource has the type that was encoded
    private static <T, R extends Resource> void assertRoundTrip(
            T value, Function<T, R> toFhir, Function<R, MappingResult<T>> fromFhir) {
        R resource = toFhir.apply(value);
        String json = SpFhir.newJsonParser().encodeResourceToString(resource);
        IBaseResource parsed = FhirResourceReader.standard().parse(json, resource.getClass());
        MappingResult<T> back = fromFhir.apply((R) parsed);
        assertThat(back.value()).isEqualTo(value);
        assertThat(back.report().issues()).isEmpty();
    }

    @Provide
    Arbitrary<GpPractice> gpPractices() {
        return KIT.gpPractices();
    }

    @Provide
    Arbitrary<PrimaryCareNetwork> pcns() {
        return KIT.primaryCareNetworks();
    }

    @Provide
    Arbitrary<IntegratedCareBoard> icbs() {
        return KIT.integratedCareBoards();
    }

    @Provide
    Arbitrary<LocalAuthority> localAuthorities() {
        return KIT.localAuthorities();
    }

    @Provide
    Arbitrary<VcseOrganisation> vcseOrganisations() {
        return KIT.vcseOrganisations();
    }

    @Provide
    Arbitrary<PersonalisedCareRole> careRoles() {
        return KIT.careRoles();
    }

    @Provide
    Arbitrary<LinkWorkerRole> linkWorkerRoles() {
        return KIT.linkWorkerRoles();
    }

    @Provide
    Arbitrary<ProfessionalRef> professionals() {
        return KIT.professionals();
    }

    @Provide
    Arbitrary<Service> services() {
        return KIT.services();
    }
}
