package org.socialprescribing.fhir.mapping;

import static java.util.Objects.requireNonNull;

import org.hl7.fhir.r4.model.PractitionerRole;
import org.socialprescribing.fhir.FhirFormatException;
import org.socialprescribing.fhir.mapping.internal.Reading;
import org.socialprescribing.fhir.mapping.internal.TextCheck;
import org.socialprescribing.fhir.mapping.internal.WorkforceFhir;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.MappingResult;
import org.socialprescribing.model.workforce.LinkWorkerRole;
import org.socialprescribing.model.workforce.PersonalisedCareRole;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * Link worker posts, personalised care roles and professionals as UK Core {@code PractitionerRole}s, both ways and
 * without loss. The role's type is {@code code} in the SDK code system {@code personalised-care-role} (no national
 * code is verified), the local job title its text; a professional's name is a contained {@code Practitioner}. Every
 * method that writes throws {@link InvalidValueException} for text FHIR cannot carry; every method that reads
 * throws {@link FhirFormatException}, located, for a PractitionerRole that lacks what the value needs.
 */
public final class WorkforceMapper {

    private WorkforceMapper() {}

    /**
     * @param post the link worker post, not null
     * @return the PractitionerRole: role, employer, employment model, population focus, FTE, PCNs, caseload
     */
    public static PractitionerRole toPractitionerRole(LinkWorkerRole post) {
        return TextCheck.checked(WorkforceFhir.write(requireNonNull(post, "post")));
    }

    /**
     * @param role the personalised care role, not null
     * @return the PractitionerRole with the role as {@code code}
     */
    public static PractitionerRole toPractitionerRole(PersonalisedCareRole role) {
        return TextCheck.checked(WorkforceFhir.write(requireNonNull(role, "role")));
    }

    /**
     * @param professional the professional, not null
     * @return the PractitionerRole, the name in a contained Practitioner
     */
    public static PractitionerRole toPractitionerRole(ProfessionalRef professional) {
        return TextCheck.checked(WorkforceFhir.write(requireNonNull(professional, "professional")));
    }

    /**
     * @param role the PractitionerRole, not null; not changed
     * @return the post, with warnings for content the model has no home for
     * @throws FhirFormatException if the role, employer, employment model or FTE is missing or invalid
     */
    public static MappingResult<LinkWorkerRole> toLinkWorkerRole(PractitionerRole role) {
        return Reading.mapOne(requireNonNull(role, "role"), WorkforceFhir::readLinkWorkerRole, "the link worker post");
    }

    /**
     * @param role the PractitionerRole, not null; not changed
     * @return the role, with warnings for content the model has no home for
     * @throws FhirFormatException if {@code code} holds no personalised care role
     */
    public static MappingResult<PersonalisedCareRole> toPersonalisedCareRole(PractitionerRole role) {
        return Reading.mapOne(requireNonNull(role, "role"), WorkforceFhir::readRole, "the personalised care role");
    }

    /**
     * @param role the PractitionerRole, not null; not changed
     * @return the professional, with warnings for content the model has no home for
     * @throws FhirFormatException if it names neither a person, role, team, service nor organisation, or a value is
     *     invalid
     */
    public static MappingResult<ProfessionalRef> toProfessionalRef(PractitionerRole role) {
        return Reading.mapOne(requireNonNull(role, "role"), WorkforceFhir::readProfessional, "the professional");
    }
}
