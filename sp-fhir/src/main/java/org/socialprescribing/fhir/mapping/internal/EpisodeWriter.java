package org.socialprescribing.fhir.mapping.internal;

import org.hl7.fhir.r4.model.Reference;
import org.socialprescribing.model.episode.Referrer;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * What the writers of one episode's resources share: the Bundle being written, the Patient, and the professionals,
 * each written once however often the episode names them.
 */
public final class EpisodeWriter {

    private final BundleWriter bundle;
    private final Reference patient;

    /**
     * @param bundle the Bundle being written
     * @param patient a reference to the episode's Patient
     */
    EpisodeWriter(BundleWriter bundle, Reference patient) {
        this.bundle = bundle;
        this.patient = patient;
    }

    /** @return the Bundle being written */
    BundleWriter bundle() {
        return bundle;
    }

    /** @return a new reference to the Patient */
    Reference patient() {
        return patient.copy();
    }

    /**
     * @param professional a professional
     * @return a reference to its PractitionerRole, written on first use
     */
    Reference professional(ProfessionalRef professional) {
        return professional(ProfessionalFields.of(professional));
    }

    /**
     * @param referrer a referrer
     * @return a reference to its PractitionerRole, written on first use
     */
    Reference professional(Referrer referrer) {
        return professional(ProfessionalFields.of(referrer));
    }

    private Reference professional(ProfessionalFields fields) {
        return bundle.addOnce(fields, () -> WorkforceFhir.write(fields));
    }
}
