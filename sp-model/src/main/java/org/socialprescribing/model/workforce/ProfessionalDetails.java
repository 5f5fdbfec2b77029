package org.socialprescribing.model.workforce;

import java.util.Optional;
import org.socialprescribing.model.coding.CodedText;

/**
 * What the PRSB standard records about a professional besides name, service, organisation and contact: role,
 * grade, team and specialty. Shared by the referrer and every other professional reference.
 */
public interface ProfessionalDetails {

    /**
     * The professional's role, coded where possible (PRSB: FHIR {@code sdsjobrole} for the referrer, UK Core
     * practitioner role code for the referral target), otherwise free text, e.g. a link worker's local job title.
     *
     * @return the role, if known
     */
    Optional<CodedText> role();

    /** @return the professional's grade, free text, if known */
    Optional<String> grade();

    /** @return the professional's team, free text, if known */
    Optional<String> team();

    /** @return the professional's specialty (PRSB: NHS Data Dictionary treatment function), if known */
    Optional<CodedText> specialty();
}
