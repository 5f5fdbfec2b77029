package org.socialprescribing.model.coding;

/**
 * The code systems the SDK uses, as canonical URIs (FHIR {@code Coding.system}).
 *
 * <p>SNOMED CT is used wherever a verified code exists. Vocabularies with no verified national code set (referral
 * status, service categories, employment models...) are the SDK's own code systems, all under one canonical base,
 * {@value #SDK_BASE}, followed by the vocabulary's name in lower-case words joined by hyphens. Their codes are
 * the lower-case codes of the matching Java enum (see {@link CodedValue#code()}); they never change meaning once
 * released.
 */
public final class CodeSystems {

    /** SNOMED CT, as FHIR names it. */
    public static final String SNOMED_CT = "http://snomed.info/sct";

    /** The canonical base of every code system the SDK defines itself. */
    public static final String SDK_BASE = "https://fhir.socialprescribing.org/CodeSystem/";

    /** {@code org.socialprescribing.model.episode.ReferralStatus}. */
    public static final String REFERRAL_STATUS = SDK_BASE + "referral-status";

    /** {@code org.socialprescribing.model.episode.OnwardReferralStatus}. */
    public static final String ONWARD_REFERRAL_STATUS = SDK_BASE + "onward-referral-status";

    /** {@code org.socialprescribing.model.episode.ReferralSource}. */
    public static final String REFERRAL_SOURCE = SDK_BASE + "referral-source";

    /** {@code org.socialprescribing.model.episode.ReferralMethod}. */
    public static final String REFERRAL_METHOD = SDK_BASE + "referral-method";

    /** {@code org.socialprescribing.model.episode.Urgency}. */
    public static final String URGENCY = SDK_BASE + "urgency";

    /** {@code org.socialprescribing.model.episode.ConsentBasis}. */
    public static final String CONSENT_BASIS = SDK_BASE + "consent-basis";

    /** {@code org.socialprescribing.model.episode.ConsentPurpose}. */
    public static final String CONSENT_PURPOSE = SDK_BASE + "consent-purpose";

    /** {@code org.socialprescribing.model.episode.GoalStatus}. */
    public static final String GOAL_STATUS = SDK_BASE + "goal-status";

    /** {@code org.socialprescribing.model.episode.ActionStatus}. */
    public static final String ACTION_STATUS = SDK_BASE + "action-status";

    /** {@code org.socialprescribing.model.org.VcseOrganisationType}. */
    public static final String VCSE_ORGANISATION_TYPE = SDK_BASE + "vcse-organisation-type";

    /** {@code org.socialprescribing.model.org.Footprint}. */
    public static final String FOOTPRINT = SDK_BASE + "footprint";

    /** {@code org.socialprescribing.model.workforce.PersonalisedCareRoleType}. */
    public static final String PERSONALISED_CARE_ROLE = SDK_BASE + "personalised-care-role";

    /** {@code org.socialprescribing.model.workforce.EmploymentModel}. */
    public static final String EMPLOYMENT_MODEL = SDK_BASE + "employment-model";

    /** {@code org.socialprescribing.model.service.ServiceCategory}: the SDK's service taxonomy. */
    public static final String SERVICE_CATEGORY = SDK_BASE + "service-category";

    /** {@code org.socialprescribing.model.service.DeliveryMode}. */
    public static final String DELIVERY_MODE = SDK_BASE + "delivery-mode";

    /** {@code org.socialprescribing.model.service.ReferralRoute}. */
    public static final String REFERRAL_ROUTE = SDK_BASE + "referral-route";

    /** {@code org.socialprescribing.model.service.ServiceStatus}. */
    public static final String SERVICE_STATUS = SDK_BASE + "service-status";

    private CodeSystems() {}
}
