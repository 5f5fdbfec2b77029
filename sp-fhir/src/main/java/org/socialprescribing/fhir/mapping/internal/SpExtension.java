package org.socialprescribing.fhir.mapping.internal;

import static org.socialprescribing.fhir.mapping.internal.ExtensionShape.Field;
import static org.socialprescribing.fhir.mapping.internal.ExtensionShape.complex;
import static org.socialprescribing.fhir.mapping.internal.ExtensionShape.value;

import java.util.List;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.model.coding.CodeSystems;

/**
 * The SDK's own FHIR extensions: a home for every domain field that FHIR R4 and UK Core have no element or
 * extension for. Each constant says where the extension may appear and what it holds; the mappers use it to read
 * and write, and the StructureDefinitions shipped in {@code org/socialprescribing/fhir/conformance/} are
 * generated from it (a test fails when they drift apart).
 */
public enum SpExtension {
    // Patient
    /** Person.accessibilityNeeds. */
    ACCESSIBILITY_NEED(
            "accessibility-need",
            "An accessibility need or reasonable adjustment, as free text or a code, in the order recorded.",
            value(text()).repeating(),
            "Patient"),
    /** Person.imdDecile. */
    IMD_DECILE(
            "imd-decile",
            "The Index of Multiple Deprivation decile of the person's area (1 = most deprived 10%), with the release"
                    + " of the English Indices of Deprivation it comes from.",
            complex(
                    Field.of("index", "Coding", "The release of the English Indices of Deprivation.")
                            .codedFrom(Systems.DEPRIVATION_INDEX)
                            .mandatory(),
                    Field.of("decile", "integer", "The decile, 1 (most deprived) to 10.")
                            .mandatory()),
            "Patient"),
    /** Person.disability. */
    DISABILITY("disability", "Whether the person has a disability.", value(flag()), "Patient"),
    /** Person.homeless. */
    HOMELESS("homeless", "Whether the person is homeless.", value(flag()), "Patient"),
    /** Person.carer. */
    CARER(
            "carer",
            "Whether the person is a carer (SNOMED CT 224484003 Person themselves is a carer).",
            value(flag()),
            "Patient"),
    /** GpRegistration.gpName. */
    GP_NAME(
            "gp-name",
            "The name of the person's usual GP at this practice.",
            value(text()),
            "Patient.generalPractitioner"),
    /** GpRegistration.temporary. */
    TEMPORARY_REGISTRATION(
            "temporary-registration",
            "True for a temporary registration with this practice; absent for a permanent one.",
            value(flag()),
            "Patient.generalPractitioner"),
    /** GpRegistration.optOut. */
    DATA_SHARING_OPT_OUT(
            "data-sharing-opt-out",
            "The data-sharing opt-out finding recorded with the registration (PRSB: SNOMED CT 1092961000000104 or"
                    + " 1092941000000100).",
            value(Field.of("value", "Coding", "The opt-out finding.")),
            "Patient.generalPractitioner"),

    // Organization
    /** VcseOrganisation.description. */
    DESCRIPTION("description", "What the organisation does.", value(text()), "Organization"),
    /** VcseOrganisation.annualIncomeGbp. */
    ANNUAL_INCOME(
            "annual-income",
            "The organisation's annual income as reported, in pounds sterling.",
            value(Field.of("value", "Money", "The income.")),
            "Organization"),
    /** VcseOrganisation.sizeBand. */
    SIZE_BAND(
            "size-band",
            "A size band in the caller's own classification, coded or as text.",
            value(concept()),
            "Organization"),
    /** VcseOrganisation.footprint. */
    FOOTPRINT(
            "footprint",
            "The area the organisation works across.",
            value(coded(CodeSystems.FOOTPRINT)),
            "Organization"),

    // PractitionerRole
    /** LinkWorkerRole.employmentModel. */
    EMPLOYMENT_MODEL(
            "employment-model",
            "How the Primary Care Network appointed the link worker post.",
            value(coded(CodeSystems.EMPLOYMENT_MODEL)),
            "PractitionerRole"),
    /** LinkWorkerRole.populationFocus. */
    POPULATION_FOCUS(
            "population-focus",
            "A population a specialist post focuses on; none for a generalist post.",
            value(concept()).repeating(),
            "PractitionerRole"),
    /** LinkWorkerRole.fte. */
    FTE(
            "fte",
            "The full-time equivalent of the post, greater than 0 and at most 1.",
            value(Field.of("value", "decimal", "The FTE.")),
            "PractitionerRole"),
    /** LinkWorkerRole.pcnsServed. */
    PCN_SERVED(
            "pcn-served",
            "A Primary Care Network the post serves, by ODS code.",
            value(Field.of("value", "Reference", "The PCN.").referring("Organization"))
                    .repeating(),
            "PractitionerRole"),
    /** LinkWorkerRole.reportedCaseload. */
    REPORTED_CASELOAD(
            "reported-caseload",
            "How many people the post reports supporting over a period.",
            complex(
                    Field.of("people", "unsignedInt", "The number of people supported.")
                            .mandatory(),
                    Field.of("period", "Period", "The first and last day of the period.")
                            .mandatory()),
            "PractitionerRole"),
    /** ProfessionalDetails.grade. */
    GRADE("grade", "The professional's grade, as free text.", value(text()), "PractitionerRole"),
    /** ProfessionalDetails.team. */
    TEAM("team", "The professional's team, as free text.", value(text()), "PractitionerRole"),
    /** ProfessionalRef.service and Referrer.service. */
    PROFESSIONAL_SERVICE(
            "professional-service",
            "The service the professional works in (PRSB: Services refset 1127531000000102, or free text).",
            value(concept()),
            "PractitionerRole"),

    // HealthcareService and Location
    /** Service.status: all four HSDS values (HealthcareService.active is true only for active). */
    SERVICE_STATUS(
            "service-status",
            "Whether the service runs: active, inactive, defunct or temporarily closed.",
            value(coded(CodeSystems.SERVICE_STATUS)),
            "HealthcareService"),
    /** Service.deliveryModes. */
    DELIVERY_MODE(
            "delivery-mode",
            "How the service is delivered.",
            value(coded(CodeSystems.DELIVERY_MODE)).repeating(),
            "HealthcareService"),
    /** ServiceSchedule.validFrom and validTo. */
    SCHEDULE_VALIDITY(
            "schedule-validity",
            "The first and last day the schedule applies.",
            value(Field.of("value", "Period", "The validity.")),
            "HealthcareService.availableTime"),
    /** ServiceSchedule.recurrenceRule. */
    RECURRENCE_RULE(
            "recurrence-rule",
            "An iCalendar (RFC 5545) RRULE value, e.g. FREQ=MONTHLY;BYDAY=2TU, kept as text.",
            value(text()),
            "HealthcareService.availableTime"),
    /** ServiceSchedule.description. */
    SCHEDULE_DESCRIPTION(
            "schedule-description",
            "The schedule in words, e.g. term time only.",
            value(text()),
            "HealthcareService.availableTime"),
    /** Eligibility.minimumAge and maximumAge. */
    ELIGIBLE_AGE(
            "eligible-age",
            "The ages the service is for, in whole years (UCUM a); either end may be open.",
            value(Field.of("value", "Range", "The age range.")),
            "HealthcareService"),
    /** An Eligibility with no ages, conditions or description. */
    ELIGIBILITY_RECORDED(
            "eligibility-recorded",
            "True when the service's eligibility was recorded without ages, conditions or a description, so that"
                    + " it is not lost; absent otherwise.",
            value(flag()),
            "HealthcareService"),
    /** Service.costs. */
    COST_OPTION(
            "cost-option",
            "What the service costs the person, one option at a time (HSDS 3.0 cost_option).",
            complex(
                            Field.of("option", "string", "What the option is, e.g. per session."),
                            Field.of("amount", "Money", "The amount (zero for free) and its currency.")
                                    .mandatory(),
                            Field.of("amount-description", "string", "The cost in words."),
                            Field.of("validity", "Period", "The first and last day the option applies."))
                    .repeating(),
            "HealthcareService"),
    /** Service.capacity. */
    CAPACITY(
            "capacity",
            "Whether the service accepts new referrals now, and how many places it has free.",
            complex(
                    Field.of("accepting-referrals", "boolean", "True if the service accepts new referrals.")
                            .mandatory(),
                    Field.of("available-places", "unsignedInt", "The number of places free."),
                    Field.of("as-of", "dateTime", "When this was last confirmed.")),
            "HealthcareService"),
    /** Service.referralRoute. */
    REFERRAL_ROUTE(
            "referral-route",
            "How the service takes people on: direct referrals, or signposting only.",
            value(coded(CodeSystems.REFERRAL_ROUTE)),
            "HealthcareService"),
    /** Service.contacts. */
    SERVICE_CONTACT(
            "service-contact",
            "A published contact for the service (HSDS 3.0 contact with its phones).",
            complex(
                            Field.of("name", "string", "The contact person's or desk's name."),
                            Field.of("title", "string", "The contact's job title."),
                            Field.of("department", "string", "The department."),
                            Field.of("email", "string", "The e-mail address."),
                            Field.of("telephone", "string", "A telephone number, in order of preference.")
                                    .repeating())
                    .repeating(),
            "HealthcareService"),
    /** ServiceLocation.accessibility. */
    LOCATION_ACCESSIBILITY(
            "location-accessibility",
            "Notes on access to the location, e.g. step-free entrance.",
            value(text()),
            "Location"),

    // The episode
    /** SocialPrescribingEpisode.consentNotObtainedReason. */
    CONSENT_NOT_OBTAINED_REASON(
            "consent-not-obtained-reason",
            "Why consent to share information was not obtained (PRSB asks for the reason).",
            value(text()),
            "EpisodeOfCare"),
    /** SocialPrescribingEpisode.clinicalSummary. */
    CLINICAL_SUMMARY(
            "clinical-summary",
            "The clinical summary shared back to the referrer and GP (PRSB Clinical summary).",
            value(text()),
            "EpisodeOfCare"),
    /** SocialPrescribingEpisode.requestedActions. */
    REQUESTED_ACTION(
            "requested-action",
            "An entry of PRSB Plan and requested actions, shown at the top of the message back.",
            complex(
                            Field.of("for-professionals", "string", "Actions requested of professionals."),
                            Field.of("for-person-or-carer", "string", "Actions for the person or their carer."),
                            Field.of("agreed-with-person", "string", "What was agreed with the person."))
                    .repeating(),
            "EpisodeOfCare"),
    /** Referral.source. */
    REFERRAL_SOURCE(
            "referral-source",
            "The kind of source the referral came from.",
            value(coded(CodeSystems.REFERRAL_SOURCE)),
            "ServiceRequest"),
    /** Referral.method. */
    REFERRAL_METHOD(
            "referral-method",
            "How the referral was sent (PRSB Referral method).",
            value(coded(CodeSystems.REFERRAL_METHOD)),
            "ServiceRequest"),
    /** Referral.reasonForReferral. */
    REASON_FOR_REFERRAL(
            "reason-for-referral",
            "Why social prescribing is appropriate, as the referrer wrote it (PRSB Reason for referral).",
            value(text()),
            "ServiceRequest"),
    /** Referral.personReportedNeeds. */
    PERSON_REPORTED_NEED(
            "person-reported-need",
            "A concern in the person's own words (PRSB Person reported complaints or issues).",
            value(text()).repeating(),
            "ServiceRequest"),
    /** Referral.returnResponseTo. */
    RETURN_RESPONSE_TO(
            "return-response-to",
            "Whom to reply to, if not the referrer (PRSB Return response to).",
            value(Field.of("value", "Reference", "The professional.").referring("PractitionerRole")),
            "ServiceRequest"),
    /** StatusEvent.reason and OnwardReferralEvent.reason. */
    STATUS_REASON(
            "status-reason",
            "Why the status changed, e.g. why a referral was declined or put on hold.",
            value(concept()),
            "Provenance"),
    /** ProviderFeedback.outcome. */
    FEEDBACK_OUTCOME(
            "feedback-outcome",
            "The outcome the provider reported (PRSB: Healthcare matters refset, or free text).",
            value(concept()),
            "Communication"),
    /** Signposting.categories. */
    SERVICE_CATEGORY(
            "service-category",
            "A kind of support the service the person was signposted to gives.",
            value(coded(CodeSystems.SERVICE_CATEGORY)).repeating(),
            "Communication"),
    /** Consent.recordedBy. */
    RECORDED_BY(
            "recorded-by",
            "Who recorded the consent.",
            value(Field.of("value", "Reference", "The professional.").referring("PractitionerRole")),
            "Consent"),
    /** Consent.note, SafeguardingConcern.comment. */
    COMMENT("comment", "A free-text note or comment.", value(text()), "Consent", "Flag"),
    /** Risks.noKnownRisks. */
    NO_KNOWN_RISKS(
            "no-known-risks",
            "True when risks were checked and none is known (PRSB: No known risks must be recordable).",
            value(flag()),
            "RiskAssessment"),
    /** SupportPlan.strengths. */
    STRENGTH(
            "strength",
            "One of the person's strengths (PRSB: Healthcare matters refset, or free text).",
            value(concept()).repeating(),
            "CarePlan"),
    /** SupportPlan.agreement. */
    PLAN_AGREEMENT(
            "plan-agreement",
            "Whether the person or their representative agreed the plan, and why not if not.",
            complex(
                    Field.of("agreed", "boolean", "True if the plan was agreed.")
                            .mandatory(),
                    Field.of("agreed-by", "string", "The full name of who agreed it."),
                    Field.of("role", "string", "The role of who agreed it."),
                    Field.of("reason-not-agreed", "string", "Why agreement was not possible.")),
            "CarePlan"),
    /** SupportPlan.lastUpdated and PlanAction.lastUpdated. */
    LAST_UPDATED(
            "last-updated",
            "When the plan or the action was last updated.",
            value(Field.of("value", "date", "The day.")),
            "CarePlan",
            "CarePlan.activity"),
    /** SupportPlan.reviewDate, Goal.reviewDate and PlanAction.reviewDate. */
    REVIEW_DATE(
            "review-date",
            "When the plan, goal or action is to be reviewed (PRSB, tagged 425268008 Review of care plan).",
            value(Field.of("value", "date", "The day.")),
            "CarePlan",
            "Goal",
            "CarePlan.activity"),
    /** SupportPlan.reviewResponsibility. */
    REVIEW_RESPONSIBILITY(
            "review-responsibility",
            "Who is responsible for reviewing the plan.",
            value(Field.of("value", "Reference", "The professional.").referring("PractitionerRole")),
            "CarePlan"),
    /** Goal.importance. */
    IMPORTANCE(
            "importance",
            "How important the goal is to the person, 1 to 10 (PRSB Goal importance score).",
            value(Field.of("value", "decimal", "The score.")),
            "Goal"),
    /** Goal.confidence and PlanAction.confidence. */
    CONFIDENCE(
            "confidence",
            "The person's confidence, 1 to 10, that they can reach the goal or do the action.",
            value(Field.of("value", "integer", "The rating.")),
            "Goal",
            "CarePlan.activity"),
    /** PlanAction.onwardReferralId. */
    ONWARD_REFERRAL(
            "onward-referral",
            "The onward referral this action made.",
            value(Field.of("value", "Reference", "The onward referral.").referring("ServiceRequest")),
            "CarePlan.activity"),
    /** ProfessionalContact.method. */
    CONSULTATION_METHOD(
            "consultation-method",
            "How the contact took place: face to face, telephone, video (NHS Data Dictionary consultation"
                    + " method, or free text).",
            value(concept()),
            "Encounter"),
    /** ProfessionalContact.outcome. */
    CONTACT_OUTCOME(
            "contact-outcome",
            "The outcome of the contact (NHS Data Dictionary outcome of attendance, or free text).",
            value(concept()),
            "Encounter"),
    /** WhatMatters, every item free text. */
    WHAT_MATTERS(
            "what-matters",
            "What matters to the person, in their own words (PRSB About me).",
            complex(
                    Field.of("most-important-to-me", "string", "What is most important to me."),
                    Field.of("important-people", "string", "People who are important to me."),
                    Field.of("communication", "string", "How I communicate and how to communicate with me."),
                    Field.of("wellness", "string", "My wellness."),
                    Field.of("please-do-and-dont", "string", "Please do and please don't."),
                    Field.of("how-and-when-to-support-me", "string", "How and when to support me."),
                    Field.of("also-worth-knowing", "string", "Also worth knowing about me."),
                    Field.of("supported-to-write-by", "string", "Supported to write this by."),
                    Field.of("multimedia-link", "uri", "A multimedia link.")),
            "Basic"),
    /** IndividualRequirements. */
    INDIVIDUAL_REQUIREMENTS(
            "individual-requirements",
            "The person's individual requirements (PRSB Individual requirements), coded or as text.",
            complex(
                    Field.of("reasonable-adjustment", "CodeableConcept", "A reasonable adjustment.")
                            .repeating(),
                    Field.of("impairment", "CodeableConcept", "An impairment.").repeating(),
                    Field.of("mobility", "CodeableConcept", "A mobility need.").repeating(),
                    Field.of("other", "CodeableConcept", "Another requirement.").repeating()),
            "Basic");

    private final String id;
    private final String definition;
    private final ExtensionShape shape;
    private final List<String> contexts;

    SpExtension(String id, String definition, ExtensionShape shape, String... contexts) {
        this.id = id;
        this.definition = definition;
        this.shape = shape;
        this.contexts = List.of(contexts);
    }

    private static Field text() {
        return Field.of("value", "string", "The text.");
    }

    private static Field flag() {
        return Field.of("value", "boolean", "The flag.");
    }

    private static Field concept() {
        return Field.of("value", "CodeableConcept", "The coded value or text.");
    }

    private static Field coded(String system) {
        return Field.of("value", "Coding", "The code.").codedFrom(system);
    }

    /** @return the extension's id, e.g. {@code imd-decile} */
    public String id() {
        return id;
    }

    /** @return the canonical URL, {@code https://fhir.socialprescribing.org/StructureDefinition/<id>} */
    public String url() {
        return SpFhir.CANONICAL_BASE + "/StructureDefinition/" + id;
    }

    /** @return what the extension holds, one or two sentences */
    public String definition() {
        return definition;
    }

    /** @return the value or sub-extensions, and whether it repeats */
    public ExtensionShape shape() {
        return shape;
    }

    /** @return the FHIR element paths the extension may appear on, e.g. {@code Patient} */
    public List<String> contexts() {
        return contexts;
    }
}
