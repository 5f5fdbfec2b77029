package org.socialprescribing.fhir.mapping.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.socialprescribing.model.episode.Referrer;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * What the readers of one episode's resources share: the mapping state, the Patient, and the professionals already
 * read, and how to find the resources that point at a given one (the Task of a ServiceRequest, the Provenance of a
 * Task).
 */
public final class EpisodeReading {

    private final Reading reading;
    private final At<Patient> patient;
    private final Map<Resource, ProfessionalFields> professionals = new IdentityHashMap<>();
    private final Map<Resource, Service> services = new IdentityHashMap<>();

    EpisodeReading(Reading reading, At<Patient> patient) {
        this.reading = reading;
        this.patient = patient;
    }

    /** @return the mapping state */
    Reading reading() {
        return reading;
    }

    /**
     * Reads a directory's HealthcareService of the input, with its provider and locations, once however often the
     * episode names it.
     *
     * @param service the HealthcareService, located
     * @return the service
     */
    Service service(At<HealthcareService> service) {
        Service read = services.get(service.node());
        if (read == null) {
            read = ServiceFhir.read(reading, service);
            services.put(service.node(), read);
        }
        return read;
    }

    /** @return the episode's Patient */
    At<Patient> patient() {
        return patient;
    }

    /**
     * Checks that a reference points at the episode's Patient.
     *
     * @param reference the reference, located
     * @param host the resource that holds it
     * @throws org.socialprescribing.fhir.FhirFormatException if it is absent or points elsewhere
     */
    void requirePatient(At<Reference> reference, At<? extends Resource> host) {
        At<Patient> target = reading.resolve(reference, Patient.class, host);
        if (target.node() != patient.node()) {
            throw reading.invalid(reference.path(), "must point at the episode's Patient");
        }
    }

    /**
     * Reads the professional a reference points at.
     *
     * @param reference the reference to a PractitionerRole, located
     * @param host the resource that holds it
     * @return the professional
     */
    ProfessionalRef professional(At<Reference> reference, At<? extends Resource> host) {
        At<PractitionerRole> role = reading.resolve(reference, PractitionerRole.class, host);
        ProfessionalFields fields = fields(role);
        return reading.build(role.path(), fields::toProfessionalRef);
    }

    /**
     * Reads the referrer a reference points at.
     *
     * @param reference the reference to a PractitionerRole, located
     * @param host the resource that holds it
     * @return the referrer
     */
    Referrer referrer(At<Reference> reference, At<? extends Resource> host) {
        At<PractitionerRole> role = reading.resolve(reference, PractitionerRole.class, host);
        ProfessionalFields fields = fields(role);
        return reading.build(role.path(), fields::toReferrer);
    }

    private ProfessionalFields fields(At<PractitionerRole> role) {
        ProfessionalFields fields = professionals.get(role.node());
        if (fields == null) {
            fields = WorkforceFhir.readFields(reading, role);
            professionals.put(role.node(), fields);
        }
        return fields;
    }

    /**
     * The resources of a type whose references include one to a target, in input order; the matching reference is
     * marked read.
     *
     * @param <R> the type
     * @param type the resource class
     * @param references the references of a resource to look through, with their element name
     * @param name the element name, for locations
     * @param target the resource they must point at
     * @return the resources found, located
     */
    <R extends Resource> List<At<R>> pointingAt(
            Class<R> type, Function<R, List<Reference>> references, String name, Resource target) {
        List<At<R>> found = new ArrayList<>();
        for (At<R> candidate : reading.index().ofType(type)) {
            List<Reference> refs = references.apply(candidate.node());
            for (int i = 0; i < refs.size(); i++) {
                if (reading.pointsAt(refs.get(i), candidate, target)) {
                    reading.resolve(candidate.child(refs.get(i), name, i), Resource.class, candidate);
                    found.add(candidate);
                    break;
                }
            }
        }
        return found;
    }
}
