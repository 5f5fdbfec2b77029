package org.socialprescribing.openreferral.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.openreferral.OrukArbitraries;
import org.socialprescribing.openreferral.OrukJson;
import org.socialprescribing.openreferral.OrukOrganization;
import org.socialprescribing.openreferral.OrukReference;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.OrukServiceAtLocation;
import org.socialprescribing.testkit.SpArbitraries;

/**
 * The mapping's laws on random directories: ORUK -> SDK -> ORUK gives back the same records (including explicit
 * nulls, unknown properties and invalid values); an SDK service written to ORUK maps back to itself, whether it is
 * written as a new record or over an unrelated original one (an edit); what the SDK writes is valid ORUK; and no
 * input makes the mapper throw.
 */
class OrukMapperPropertiesTest {

    private final OrukArbitraries lossless = OrukArbitraries.lossless();

    @Property(tries = 200)
    void directory_roundTripsUnchanged(@ForAll("directories") List<OrukService> directory) {
        OrukMapper mapper = OrukMapper.standard();

        MappedDirectory mapped = mapper.importServices(directory.stream());

        assertThat(mapper.toOrukServices(mapped).value()).isEqualTo(directory);
        assertThat(mapped.services()).hasSameSizeAs(directory);
        assertThat(mapped.unmapped())
                .as("only services without an organisation are not mapped")
                .allMatch(service -> service.organization().isEmpty());
    }

    @Property(tries = 100)
    void organization_roundTripsUnchanged(@ForAll("organizations") OrukOrganization organization) {
        OrukMapper mapper = OrukMapper.standard();

        MappedOrganisation mapped = mapper.toOrganisation(organization);

        assertThat(mapper.toOrukOrganization(mapped).value()).isEqualTo(organization);
        assertThat(mapped.services()).allMatch(service -> service.service().isPresent());
    }

    @Property(tries = 100)
    void serviceAtLocation_roundTripsUnchanged(@ForAll("servicesAtLocations") OrukServiceAtLocation serviceAtLocation) {
        OrukMapper mapper = OrukMapper.standard();

        assertThat(mapper.toOrukServiceAtLocation(mapper.toServiceAtLocation(serviceAtLocation))
                        .value())
                .isEqualTo(serviceAtLocation);
    }

    @Property(tries = 200)
    void sdkService_writtenAndReadBack_isUnchanged(@ForAll("sdkServices") Service service) {
        OrukMapper mapper = OrukMapper.standard().withIds(seeded());

        OrukService written = mapper.toOrukService(service).value();
        OrukService read = OrukJson.parse(OrukJson.write(written), OrukService.class);

        assertThat(mapper.toService(read).service()).contains(service);
    }

    /** Any service the SDK can hold (sp-testkit's, wider than ORUK's form): it is written, and its JSON reads back. */
    @Property(tries = 100)
    void anySdkService_isWritten_andItsJsonReadsBack(
            @ForAll("anySdkServices") org.socialprescribing.model.service.Service service) {
        OrukService written =
                OrukMapper.standard().withIds(seeded()).toOrukService(service).value();

        assertThat(OrukJson.parse(OrukJson.write(written), OrukService.class)).isEqualTo(written);
    }

    @Property(tries = 200)
    void sdkService_writtenOverAnotherRecord_isWhatMapsBack(
            @ForAll("mappableServices") OrukService original, @ForAll("sdkServices") Service edit) {
        OrukMapper mapper = OrukMapper.standard().withIds(seeded());
        MappedService edited = mapper.toService(original).withService(edit);

        OrukService written = mapper.toOrukService(edited).value();

        assertThat(mapper.toService(written).service()).contains(edit);
    }

    @Property(tries = 100)
    void sdkOrganisation_writtenOverAnotherRecord_isWhatMapsBack(
            @ForAll("organizations") OrukOrganization original, @ForAll("sdkOrganisations") VcseOrganisation edit) {
        OrukMapper mapper = OrukMapper.standard().withIds(seeded());

        OrukOrganization written = mapper.toOrukOrganization(
                        mapper.toOrganisation(original).withOrganisation(edit))
                .value();

        assertThat(mapper.toOrganisation(written).organisation()).isEqualTo(edit);
    }

    @Property(tries = 100)
    @AddLifecycleHook(OrukReference.SchemasRequired.class)
    void sdkService_asWritten_validatesAgainstTheOrukSchema(@ForAll("sdkServices") Service service) {
        String json =
                OrukJson.write(OrukMapper.standard().toOrukService(service).value());

        assertThat(OrukReference.problems(OrukReference.schema("compiled/service.json"), json))
                .isEmpty();
    }

    @Property(tries = 50)
    @AddLifecycleHook(OrukReference.SchemasRequired.class)
    void sdkOrganisation_asWritten_validatesAgainstTheOrukSchema(
            @ForAll("sdkOrganisations") VcseOrganisation organisation) {
        String json = OrukJson.write(
                OrukMapper.standard().toOrukOrganization(organisation).value());

        assertThat(OrukReference.problems(OrukReference.schema("compiled/organization.json"), json))
                .isEmpty();
    }

    @Property(tries = 200)
    void mapping_neverThrows_andReportsAtRecordPaths(@ForAll("directories") List<OrukService> directory) {
        MappedDirectory mapped = OrukMapper.standard().importServices(directory.stream());

        assertThat(mapped.report().issues())
                .allSatisfy(
                        issue -> assertThat(issue.path()).matches("services\\[\\d+\\](\\.[a-z_0-9]+(\\[\\d+\\])?)*"));
        assertThat(mapped.directory().size())
                .isEqualTo(directory.size() - mapped.unmapped().size());
    }

    @Provide
    Arbitrary<List<OrukService>> directories() {
        return lossless.services().list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<OrukService> mappableServices() {
        return lossless.services().filter(service -> service.organization().isPresent());
    }

    @Provide
    Arbitrary<OrukOrganization> organizations() {
        return lossless.organizationsWithServices();
    }

    @Provide
    Arbitrary<OrukServiceAtLocation> servicesAtLocations() {
        return lossless.serviceAtLocationsWithService();
    }

    @Provide
    Arbitrary<Service> sdkServices() {
        return SdkArbitraries.services();
    }

    @Provide
    Arbitrary<org.socialprescribing.model.service.Service> anySdkServices() {
        return SpArbitraries.asReferred().services();
    }

    @Provide
    Arbitrary<VcseOrganisation> sdkOrganisations() {
        return SdkArbitraries.organisations();
    }

    /** Reproducible ids, so that a failing example can be replayed. */
    private static Supplier<UUID> seeded() {
        Random random = new Random(42);
        return () -> new UUID(random.nextLong(), random.nextLong());
    }
}
