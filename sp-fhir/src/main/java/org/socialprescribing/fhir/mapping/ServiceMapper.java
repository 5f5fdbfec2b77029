package org.socialprescribing.fhir.mapping;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.mapping.internal.BundleWriter;
import org.socialprescribing.fhir.mapping.internal.DirectoryIntake;
import org.socialprescribing.fhir.mapping.internal.RandomUuids;
import org.socialprescribing.fhir.mapping.internal.Reading;
import org.socialprescribing.fhir.mapping.internal.ResourceIndex;
import org.socialprescribing.fhir.mapping.internal.ServiceFhir;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.service.Service;

/**
 * A VCSE {@link Service} as FHIR: a collection Bundle holding the UK Core {@code HealthcareService}, its provider
 * {@code Organization} and its {@code Location}s, referring to each other by {@code urn:uuid}, as the FHIR Human
 * Services Directory IG returns a service with its related resources. Both ways and without loss; {@code
 * docs/fhir.md} lists every element.
 */
public final class ServiceMapper {

    private ServiceMapper() {}

    /**
     * Maps a service to a collection Bundle, the HealthcareService first.
     *
     * @param service the service, not null
     * @return the Bundle, with new random UUIDs
     * @throws InvalidValueException if a text holds a control character or is blank, which FHIR cannot carry
     */
    public static Bundle toBundle(Service service) {
        BundleWriter bundle = new BundleWriter(Bundle.BundleType.COLLECTION, new RandomUuids());
        ServiceFhir.write(requireNonNull(service, "service"), bundle);
        return bundle.bundle();
    }

    /**
     * Maps a Bundle (of any type) holding one HealthcareService, its provider and its locations to a service.
     *
     * @param bundle the Bundle, not null; not changed
     * @return the service, with warnings for content and resources the model has no home for
     * @throws FhirFormatException if there is not exactly one HealthcareService, a reference points nowhere or at
     *     the wrong type, or a value the service needs is missing or invalid; the location names the element
     */
    public static MappingResult<Service> toService(Bundle bundle) {
        Reading reading = new Reading(ResourceIndex.of(requireNonNull(bundle, "bundle")));
        Service service = ServiceFhir.read(reading);
        return MappingResult.of(service, reading.finish("the service"));
    }

    /**
     * Reads the services of any system's FHIR directory: a Bundle (a search result, a collection, any type) of one
     * or many HealthcareServices in UK Core, Gravity SDOH or BaRS shapes, the provider by reference to an
     * Organization or by a logical reference. A Bundle the SDK wrote (one HealthcareService with SDK extensions) is
     * read as {@link #toService(Bundle)} reads it. Every problem is reported at once: what the model cannot hold,
     * with its FHIRPath, and services left out (no name, no provider the SDK can name). {@code docs/fhir.md}
     * ("Intake: service directories") documents what is read.
     *
     * @param bundle the Bundle, not null; not changed
     * @return the services with the report, or a refusal (no HealthcareService, an unknown modifier extension)
     */
    public static IntakeResult<List<Service>> importServices(Bundle bundle) {
        requireNonNull(bundle, "bundle");
        if (DirectoryIntake.isSdkService(bundle)) {
            try {
                MappingResult<Service> read = toService(bundle);
                return IntakeResult.of(List.of(read.value()), read.report());
            } catch (FhirFormatException e) {
                return IntakeResult.refused(
                        ValidationReport.of(ValidationIssue.of(e.code(), Severity.ERROR, e.location(), e.rule())));
            }
        }
        return DirectoryIntake.read(bundle);
    }
}
