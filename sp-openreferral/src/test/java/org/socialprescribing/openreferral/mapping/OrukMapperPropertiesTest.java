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
import org.socialprescribing.openreferral.Organization;
import org.socialprescribing.openreferral.OrukArbitraries;
import org.socialprescribing.openreferral.OrukJson;
import org.socialprescribing.openreferral.OrukReference;
import org.socialprescribing.openreferral.Service;
import org.socialprescribing.openreferral.ServiceAtLocation;
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
    void directory_roundTripsUnchanged(@ForAll("directories") List<Service> directory) {
        OrukMapper mapper = OrukMapper.create();

        MappedDirectory mapped = mapper.importServices(directory.stream());

        assertThat(mapper.toOruk(mapped).value()).isEqualTo(directory);
        assertThat(mapped.services()).hasSameSizeAs(directory);
        assertThat(mapped.unmapped())
                .as("only services without an organisation are not mapped")
                .allMatch(service -> service.organization().isEmpty());
    }

    @Property(tries = 100)
    void organization_roundTripsUnchanged(@ForAll("organizations") Organization organization) {
        OrukMapper mapper = OrukMapper.create();

        MappedOrganisation mapped = mapper.toSdk(organization);

        assertThat(mapper.toOruk(mapped).value()).isEqualTo(organization);
        assertThat(mapped.services()).allMatch(service -> service.service().isPresent());
    }

    @Property(tries = 100)
    void serviceAtLocation_roundTripsUnchanged(@ForAll("servicesAtLocations") ServiceAtLocation serviceAtLocation) {
        OrukMapper mapper = OrukMapper.create();

        assertThat(mapper.toOruk(mapper.toSdk(serviceAtLocation)).value()).isEqualTo(serviceAtLocation);
    }

    @Property(tries = 200)
    void sdkService_writtenAndReadBack_isUnchanged(
            @ForAll("sdkServices") org.socialprescribing.model.service.Service service) {
        OrukMapper mapper = OrukMapper.create().withIds(seeded());

        Service written = mapper.toOruk(service).value();
        Service read = OrukJson.read(OrukJson.write(written), Service.class);

        assertThat(mapper.toSdk(read).service()).contains(service);
    }

    /** Any service the SDK can hold (sp-testkit's, wider than ORUK's form): it is written, and its JSON reads back. */
    @Property(tries = 100)
    void anySdkService_isWritten_andItsJsonReadsBack(
            @ForAll("anySdkServices") org.socialprescribing.model.service.Service service) {
        Service written = OrukMapper.create().withIds(seeded()).toOruk(service).value();

        assertThat(OrukJson.read(OrukJson.write(written), Service.class)).isEqualTo(written);
    }

    @Property(tries = 200)
    void sdkService_writtenOverAnotherRecord_isWhatMapsBack(
            @ForAll("mappableServices") Service original,
            @ForAll("sdkServices") org.socialprescribing.model.service.Service edit) {
        OrukMapper mapper = OrukMapper.create().withIds(seeded());
        MappedService edited = mapper.toSdk(original).withService(edit);

        Service written = mapper.toOruk(edited).value();

        assertThat(mapper.toSdk(written).service()).contains(edit);
    }

    @Property(tries = 100)
    void sdkOrganisation_writtenOverAnotherRecord_isWhatMapsBack(
            @ForAll("organizations") Organization original, @ForAll("sdkOrganisations") VcseOrganisation edit) {
        OrukMapper mapper = OrukMapper.create().withIds(seeded());

        Organization written =
                mapper.toOruk(mapper.toSdk(original).withOrganisation(edit)).value();

        assertThat(mapper.toSdk(written).organisation()).isEqualTo(edit);
    }

    @Property(tries = 100)
    @AddLifecycleHook(OrukReference.SchemasRequired.class)
    void sdkService_asWritten_validatesAgainstTheOrukSchema(
            @ForAll("sdkServices") org.socialprescribing.model.service.Service service) {
        String json = OrukJson.write(OrukMapper.create().toOruk(service).value());

        assertThat(OrukReference.problems(OrukReference.schema("compiled/service.json"), json))
                .isEmpty();
    }

    @Property(tries = 50)
    @AddLifecycleHook(OrukReference.SchemasRequired.class)
    void sdkOrganisation_asWritten_validatesAgainstTheOrukSchema(
            @ForAll("sdkOrganisations") VcseOrganisation organisation) {
        String json = OrukJson.write(OrukMapper.create().toOruk(organisation).value());

        assertThat(OrukReference.problems(OrukReference.schema("compiled/organization.json"), json))
                .isEmpty();
    }

    @Property(tries = 200)
    void mapping_neverThrows_andReportsAtRecordPaths(@ForAll("directories") List<Service> directory) {
        MappedDirectory mapped = OrukMapper.create().importServices(directory.stream());

        assertThat(mapped.report().issues())
                .allSatisfy(
                        issue -> assertThat(issue.path()).matches("services\\[\\d+\\](\\.[a-z_0-9]+(\\[\\d+\\])?)*"));
        assertThat(mapped.directory().size())
                .isEqualTo(directory.size() - mapped.unmapped().size());
    }

    @Provide
    Arbitrary<List<Service>> directories() {
        return lossless.services().list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<Service> mappableServices() {
        return lossless.services().filter(service -> service.organization().isPresent());
    }

    @Provide
    Arbitrary<Organization> organizations() {
        return lossless.organizationsWithServices();
    }

    @Provide
    Arbitrary<ServiceAtLocation> servicesAtLocations() {
        return lossless.serviceAtLocationsWithService();
    }

    @Provide
    Arbitrary<org.socialprescribing.model.service.Service> sdkServices() {
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
