package org.socialprescribing.model;

/**
 * The issue codes of sp-model: one constant per rule that a {@code validate(...)} call, an identifier factory or the
 * JSON reader can report, with the rule in words. Codes are stable; a new rule gets a new constant.
 *
 * <p>The rule text says what is wrong without naming the field: the issue's path names it (e.g. code {@code
 * episode.risks.missing}, path {@code risks}, message "is not recorded; ..."). The completeness rules and their
 * sources are listed in {@code docs/model.md} ("Validation groups").
 */
public enum ModelIssueCode implements IssueCode {
    /** A Jakarta constraint without a more specific code failed, e.g. an integrator's own {@code @Max(10)}. */
    CONSTRAINT_VIOLATION("constraint", Severity.ERROR, "breaks a constraint"),
    /**
     * A value given to a factory or builder breaks a rule that has no more specific code: the code of {@link
     * InvalidValueException}.
     */
    VALUE_INVALID("value.invalid", Severity.ERROR, "is not valid"),
    /** A lifecycle was asked to move between two states it does not connect: {@link IllegalTransitionException}. */
    TRANSITION_ILLEGAL("transition.illegal", Severity.ERROR, "is not a transition the lifecycle allows"),
    /** An input is larger or deeper than a limit of {@code InputLimits}: {@code InputLimitException}. */
    INPUT_LIMIT("input.limit", Severity.FATAL, "exceeds an input limit"),
    /** A mandatory value is absent where an identifier was expected. */
    MISSING_VALUE("missing", Severity.ERROR, "is missing"),
    /** An NHS number is not 10 digits (spaces and hyphens allowed between them). */
    NHS_NUMBER_FORMAT("nhs-number.format", Severity.ERROR, "must be 10 digits"),
    /** An NHS number fails the modulus 11 check. */
    NHS_NUMBER_CHECK_DIGIT("nhs-number.check-digit", Severity.ERROR, "fails the modulus 11 check"),
    /** An NHS number is ten identical digits, which pass modulus 11 but are never issued. */
    NHS_NUMBER_REPDIGIT("nhs-number.repdigit", Severity.ERROR, "must not be ten identical digits"),
    /** An ODS organisation code is not 3 to 8 letters or digits. */
    ODS_CODE_FORMAT("ods-code.format", Severity.ERROR, "must be 3 to 8 letters or digits"),
    /** An ODS site code is not 5 to 9 letters or digits. */
    ODS_SITE_CODE_FORMAT("ods-site-code.format", Severity.ERROR, "must be 5 to 9 letters or digits"),
    /** A postcode does not have the shape of a UK postcode, a BFPO number or a listed special case. */
    POSTCODE_FORMAT("postcode.format", Severity.ERROR, "is not a UK postcode"),
    /** A postcode has the loose shape but breaks the Royal Mail letter rules: doubtful, not certainly wrong. */
    POSTCODE_NOT_STRICT("postcode.strict-format", Severity.WARNING, "breaks the Royal Mail letter rules"),
    /** A charity number fits none of the England and Wales, Scottish or Northern Ireland formats. */
    CHARITY_NUMBER_FORMAT("charity-number.format", Severity.ERROR, "is not a UK charity number"),
    /** A Companies House number is not 8 letters or digits. */
    COMPANY_NUMBER_FORMAT("company-number.format", Severity.ERROR, "must be 8 letters or digits"),
    /** An LSOA code is not {@code E01} or {@code W01} followed by 6 digits. */
    LSOA_CODE_FORMAT("lsoa-code.format", Severity.ERROR, "must be E01 or W01 followed by 6 digits"),
    /** An IMD decile is outside 1..10. */
    IMD_DECILE_RANGE("imd-decile.range", Severity.ERROR, "must be between 1 and 10"),

    // ---- the person (PRSB "Person demographics")

    /** The NHS number is not recorded: PRSB flags it "Must have" (NHS E&amp;I minimum dataset). */
    PERSON_NHS_NUMBER_MISSING("person.nhs-number.missing", Severity.ERROR, "is not recorded (PRSB \"Must have\")"),
    /** The person's name is not recorded: PRSB "Person name" is mandatory (1..1 M). */
    PERSON_NAME_MISSING("person.name.missing", Severity.ERROR, "is not recorded (PRSB mandatory)"),
    /** No given name is recorded: PRSB "First name" is mandatory (1..* M). */
    PERSON_NAME_GIVEN_MISSING("person-name.given.missing", Severity.ERROR, "holds no given name (PRSB mandatory)"),
    /** No family name is recorded: PRSB "Family name" is mandatory (M). */
    PERSON_NAME_FAMILY_MISSING("person-name.family.missing", Severity.ERROR, "is not recorded (PRSB mandatory)"),
    /** A part of a name is longer than PRSB's 35 characters. */
    PERSON_NAME_TOO_LONG("person-name.too-long", Severity.ERROR, "is longer than PRSB's 35 characters"),
    /** The date of birth is not recorded: PRSB "Date of birth" is mandatory (1..1 M). */
    PERSON_BIRTH_DATE_MISSING("person.birth-date.missing", Severity.ERROR, "is not recorded (PRSB mandatory)"),
    /** The stated gender is not recorded: PRSB flags "Gender" "Must have" (NHS E&amp;I minimum dataset). */
    PERSON_STATED_GENDER_MISSING(
            "person.stated-gender.missing", Severity.ERROR, "is not recorded (PRSB \"Must have\")"),
    /** The ethnic category is not recorded: PRSB flags "Ethnicity" "Must have" (NHS E&amp;I minimum dataset). */
    PERSON_ETHNIC_CATEGORY_MISSING(
            "person.ethnic-category.missing", Severity.ERROR, "is not recorded (PRSB \"Must have\")"),

    // ---- the episode

    /** No GP registration is recorded: PRSB "GP practice" is mandatory (1..1 M, entries 1..*). */
    EPISODE_GP_REGISTRATIONS_MISSING(
            "episode.gp-registrations.missing", Severity.ERROR, "holds no GP practice (PRSB mandatory)"),
    /** The risks are not recorded: PRSB "Risks" is mandatory (1..1 M); "no known risks" is recordable. */
    EPISODE_RISKS_MISSING(
            "episode.risks.missing",
            Severity.ERROR,
            "are not recorded (PRSB mandatory; record \"no known risks\" when none is known)"),
    /** No consent to refer on that has not been withdrawn: the referrer's or one the service recorded. */
    EPISODE_CONSENT_TO_REFER_ON_MISSING(
            "episode.consent-to-refer-on.missing",
            Severity.ERROR,
            "hold no consent to refer on that has not been withdrawn"),
    /**
     * No consent to send information back to the referrer and GP: a warning, since PRSB gives direct care as the
     * legal basis and the consent section is "required if held", not mandatory.
     */
    EPISODE_CONSENT_TO_SHARE_BACK_MISSING(
            "episode.consent-to-share-back.missing",
            Severity.WARNING,
            "hold no consent to send information back to the referrer and GP that has not been withdrawn"),
    /** A completed episode records no support offered (minimum dataset set 3). */
    EPISODE_SUPPORT_OFFERED_MISSING(
            "episode.support-offered.missing",
            Severity.ERROR,
            "a completed episode needs the support offered: an onward referral, signposting or a plan action"),
    /** A completed episode records no outcome (minimum dataset set 4). */
    EPISODE_OUTCOMES_MISSING(
            "episode.outcomes.missing",
            Severity.ERROR,
            "a completed episode needs an outcome: an outcome measurement or a goal outcome"),
    /** No requested action for the message back: PRSB asks to state explicitly if there are none. */
    EPISODE_REQUESTED_ACTIONS_MISSING(
            "episode.requested-actions.missing",
            Severity.ERROR,
            "hold no entry (PRSB: state explicitly if there are none)"),
    /** Neither a link worker nor the referral's recipient is recorded to author the message back. */
    EPISODE_MESSAGE_AUTHOR_MISSING(
            "episode.message-author.missing",
            Severity.ERROR,
            "is not recorded, nor whom the referral is to: the message back needs an author"),

    // ---- the referral (PRSB "Referral details")

    /** The referral source is not recorded (an SDK rule for reporting who refers; not a PRSB item). */
    REFERRAL_SOURCE_MISSING("referral.source.missing", Severity.ERROR, "is not recorded"),
    /** The referral date is not recorded: PRSB "Date" (R), needed by the national dataset. */
    REFERRAL_REFERRED_AT_MISSING("referral.referred-at.missing", Severity.ERROR, "is not recorded"),
    /** No presenting need or concern is recorded (minimum dataset set 2, "needs and concerns"). */
    REFERRAL_PRESENTING_NEEDS_MISSING(
            "referral.presenting-needs.missing", Severity.ERROR, "hold no need or concern (minimum dataset)"),
    /** The referrer is not recorded: PRSB "Referrer details" is mandatory (1..1 M). */
    REFERRAL_REFERRER_MISSING("referral.referrer.missing", Severity.ERROR, "is not recorded (PRSB mandatory)"),
    /** Whom the referral is to is not recorded: PRSB "Referral to" is mandatory (1..1 M). */
    REFERRAL_REFERRED_TO_MISSING("referral.referred-to.missing", Severity.ERROR, "is not recorded (PRSB mandatory)"),
    /** The referrer's name is not recorded: PRSB mandatory (1..1 M). */
    REFERRER_NAME_MISSING("referrer.name.missing", Severity.ERROR, "is not recorded (PRSB mandatory)"),
    /** The referrer's service is not recorded: PRSB mandatory (1..1 M). */
    REFERRER_SERVICE_MISSING("referrer.service.missing", Severity.ERROR, "is not recorded (PRSB mandatory)"),
    /** The referrer's organisation is not recorded: PRSB mandatory (1..1 M). */
    REFERRER_ORGANISATION_MISSING("referrer.organisation.missing", Severity.ERROR, "is not recorded (PRSB mandatory)"),
    /** The referrer's contact details are not recorded: PRSB mandatory (1..1 M). */
    REFERRER_CONTACT_MISSING("referrer.contact.missing", Severity.ERROR, "are not recorded (PRSB mandatory)"),

    // ---- onward referrals

    /** An onward referral does not say which organisation or service receives it. */
    ONWARD_REFERRAL_RECIPIENT_MISSING(
            "onward-referral.recipient.missing", Severity.ERROR, "names no receiving organisation or service"),
    /** An onward referral does not state the needs it addresses. */
    ONWARD_REFERRAL_NEEDS_MISSING("onward-referral.needs.missing", Severity.ERROR, "hold no need"),

    // ---- services in a directory

    /**
     * A directory service names no provider organisation, as services from other systems' directories may arrive
     * (a FHIR HealthcareService without {@code providedBy}). A warning: the service is kept and can be listed, but
     * whoever refers to it must find out who runs it.
     */
    SERVICE_PROVIDER_MISSING("service.provider.missing", Severity.WARNING, "names no provider organisation"),

    // ---- outcome measurements (the path is the measurement's score, e.g. outcomeMeasurements[2].score)

    /**
     * A stored score is not what its scoring rule version gives for the measurement's answers, and it does not say it
     * was recorded elsewhere ({@code suppliedBy}).
     */
    MEASUREMENT_SCORE_MISMATCH(
            "measurement.score.mismatch",
            Severity.ERROR,
            "is not what its scoring rule gives for the answers; a score computed elsewhere must name its supplier"),
    /** A stored score names another instrument, or another version of it, than the measurement. */
    MEASUREMENT_SCORE_OTHER_INSTRUMENT(
            "measurement.score.other-instrument",
            Severity.ERROR,
            "belongs to another instrument or instrument version than the measurement"),
    /**
     * A stored score names a scoring rule version the SDK does not know (or a record-only rule without a supplier),
     * so it cannot be checked against the answers: a warning, not silent acceptance.
     */
    MEASUREMENT_SCORE_UNVERIFIABLE(
            "measurement.score.unverifiable",
            Severity.WARNING,
            "names a scoring rule the SDK does not know, so it cannot be checked against the answers"),

    // ---- SDK JSON (the JSON reader's errors; the path is a JSONPath)

    /** No JSON text at all: null or empty input. */
    JSON_EMPTY("json.empty", Severity.FATAL, "is empty"),
    /** The text is not well-formed JSON. */
    JSON_MALFORMED("json.malformed", Severity.FATAL, "is not well-formed JSON"),
    /** An object repeats a property. */
    JSON_DUPLICATE_PROPERTY("json.duplicate-property", Severity.FATAL, "repeats a property"),
    /** Content follows the JSON value. */
    JSON_TRAILING_CONTENT("json.trailing-content", Severity.FATAL, "has content after the JSON value"),
    /** A property that the type does not have. */
    JSON_UNKNOWN_PROPERTY("json.unknown-property", Severity.ERROR, "is not a property of the type"),
    /** A value of the wrong JSON type, e.g. a string for a number or null for a boolean. */
    JSON_WRONG_TYPE("json.wrong-type", Severity.ERROR, "has the wrong JSON type"),
    /** A value of the right JSON type in the wrong format, e.g. an unknown code or a malformed date. */
    JSON_INVALID_FORMAT("json.invalid-format", Severity.ERROR, "is not in the expected format"),
    /** A property the type cannot be built without (a structural one, e.g. an episode's journey) is absent. */
    JSON_MISSING_PROPERTY("json.missing-property", Severity.ERROR, "lacks a property the type cannot be built without"),
    /** A value breaks a structural rule of its type, e.g. a journey that skips a state. */
    JSON_INVALID_VALUE("json.invalid-value", Severity.ERROR, "breaks a rule of its type"),
    /** The input breaks one of the reader's {@code InputLimits} (size, nesting, entries, string or number length). */
    JSON_LIMIT("json.limit", Severity.FATAL, "breaks an input limit");

    private final String code;
    private final Severity defaultSeverity;
    private final String rule;

    ModelIssueCode(String code, Severity defaultSeverity, String rule) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.rule = rule;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * The rule in words, as an issue's message states it: what is wrong, without the field's name (the path
     * names the field).
     *
     * @return the rule, never null or blank
     */
    public String rule() {
        return rule;
    }
}
