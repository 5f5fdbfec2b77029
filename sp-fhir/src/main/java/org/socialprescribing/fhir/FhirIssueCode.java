package org.socialprescribing.fhir;

import org.socialprescribing.model.IssueCode;
import org.socialprescribing.model.Severity;

/**
 * The stable issue codes of sp-fhir: why FHIR input could not be read ({@code fhir.input.*}, carried by {@link
 * FhirFormatException}), how a QuestionnaireResponse from another system was matched to an instrument ({@code
 * fhir.questionnaire.*}) and what the offline validator found ({@code fhir.validation.*}). Codes never change
 * meaning once released.
 */
public enum FhirIssueCode implements IssueCode {

    /**
     * The input breaks one of the reader's {@link org.socialprescribing.model.input.InputLimits} other than the
     * nesting limit: too many bytes, values or entries, too long a text or number, too large a number, too many
     * resources to validate. The message names the limit.
     */
    INPUT_TOO_LARGE("fhir.input.too-large", Severity.FATAL),
    /** JSON objects and arrays, or XML elements, nest deeper than the reader's limit ({@link org.socialprescribing.model.input.InputLimits#maxDepth()}). */
    INPUT_TOO_DEEP("fhir.input.too-deep", Severity.FATAL),
    /** XML input declares a DOCTYPE, which FHIR never needs and which is the door to entity attacks. */
    INPUT_DOCTYPE("fhir.input.doctype", Severity.FATAL),
    /** Bytes that are not valid UTF-8, the only encoding FHIR allows. */
    INPUT_NOT_UTF8("fhir.input.not-utf8", Severity.FATAL),
    /** Input that is empty or neither JSON (starting with '&#123;') nor XML (starting with '&lt;'). */
    INPUT_UNKNOWN_FORMAT("fhir.input.unknown-format", Severity.FATAL),
    /** JSON or XML that is not well-formed, or XML outside the FHIR namespace. */
    INPUT_MALFORMED("fhir.input.malformed", Severity.FATAL),
    /** A resource of another type than expected, or a type that FHIR R4 does not define. */
    WRONG_RESOURCE_TYPE("fhir.input.wrong-resource-type", Severity.ERROR),
    /** A primitive value of the wrong form, e.g. an unknown code or an impossible date. */
    INVALID_VALUE("fhir.input.invalid-value", Severity.ERROR),
    /** An element or attribute that FHIR R4 does not define at that place. */
    UNKNOWN_ELEMENT("fhir.input.unknown-element", Severity.ERROR),
    /** Any other content HAPI cannot turn into a resource: a missing resourceType, a duplicate key, a wrong JSON type. */
    INVALID_STRUCTURE("fhir.input.invalid-structure", Severity.ERROR),
    /** An element the SDK's domain model needs is absent, e.g. a Patient without an NHS number. */
    MISSING_ELEMENT("fhir.input.missing-element", Severity.ERROR),
    /** A reference that points at no resource of the Bundle (or the given set of resources). */
    UNRESOLVED_REFERENCE("fhir.input.unresolved-reference", Severity.ERROR),
    /** An element or extension that the mapping to the domain model does not carry; reported, never dropped silently. */
    UNMAPPED_CONTENT("fhir.input.unmapped-content", Severity.WARNING),
    /** A resource in a Bundle that no part of the mapped domain object refers to or needs. */
    UNEXPECTED_RESOURCE("fhir.input.unexpected-resource", Severity.WARNING),
    /**
     * A modifier extension (or {@code implicitRules}) the SDK does not understand: FHIR forbids processing the
     * resource that holds it, so the intake refuses it.
     */
    MODIFIER_EXTENSION("fhir.input.modifier-extension", Severity.ERROR),
    /** A value read in another spelling than the standard one, e.g. the ODS system with {@code /id/}; normalised. */
    NORMALISED("fhir.input.normalised", Severity.WARNING),
    /** A value of another system's FHIR that the model cannot hold in that form (a partial date, a Welsh code). */
    VALUE_NOT_MAPPED("fhir.input.value-not-mapped", Severity.WARNING),
    /** An address outside the United Kingdom: read, but its postcode is not a UK postcode. */
    ADDRESS_OUTSIDE_UK("fhir.input.address-outside-uk", Severity.WARNING),
    /** A security label or tag on a resource (e.g. restricted): the model has no home for it; the reader must act. */
    SECURITY_LABEL("fhir.input.security-label", Severity.WARNING),
    /** A referral its sender cancelled ({@code ServiceRequest.status = revoked}): imported as a cancelled episode. */
    REFERRAL_REVOKED("fhir.input.referral-revoked", Severity.WARNING),
    /** How the intake read another system's referral (which pattern, where the journey came from); information. */
    INTAKE_PATTERN("fhir.input.intake-pattern", Severity.INFORMATION),

    /**
     * A QuestionnaireResponse that matches no instrument the scorer knows: its Questionnaire is not an SDK one, no
     * supplied Questionnaire resolves it with a code the SDK knows, and no item's linkId is an instrument's LOINC code.
     */
    QUESTIONNAIRE_UNMATCHED("fhir.questionnaire.unmatched", Severity.ERROR),
    /** A QuestionnaireResponse whose items (or Questionnaire codes) match more than one instrument. */
    QUESTIONNAIRE_AMBIGUOUS("fhir.questionnaire.ambiguous", Severity.ERROR),
    /** How a QuestionnaireResponse from another system was matched to an instrument (information). */
    QUESTIONNAIRE_MATCHED("fhir.questionnaire.matched", Severity.INFORMATION),
    /** An answered item of a response from another system that the instrument's score does not use. */
    ITEM_NOT_USED("fhir.questionnaire.item-not-used", Severity.WARNING),
    /** A total given inside the response that differs from the one the SDK computes from the answers. */
    TOTAL_DIFFERS("fhir.questionnaire.total-differs", Severity.WARNING),
    /** An answer recorded as given and never scored, such as PHQ-9 item 10 (information). */
    ANSWER_RECORDED("fhir.questionnaire.answer-recorded", Severity.INFORMATION),
    /**
     * A score recorded elsewhere under a code that does not say which of the instrument's scores it is (a SWEMWBS
     * SNOMED CT concept: raw or converted); the SDK keeps the record without guessing.
     */
    SCALE_NOT_STATED("fhir.questionnaire.scale-not-stated", Severity.WARNING),

    /** The validator found a structural problem: cardinality, types, slices, unknown content. */
    STRUCTURE("fhir.validation.structure", Severity.ERROR),
    /** The validator found a coded value outside its code system or value set, or one it could not check. */
    TERMINOLOGY("fhir.validation.terminology", Severity.ERROR),
    /** A FHIRPath invariant (constraint) of the resource or a profile failed. */
    INVARIANT("fhir.validation.invariant", Severity.ERROR),
    /** The resource claims, or was asked to meet, a profile that the validator does not know. */
    PROFILE_UNKNOWN("fhir.validation.profile-unknown", Severity.ERROR),
    /** The validator itself failed on this input; the resource was not (fully) checked. */
    VALIDATOR_FAILED("fhir.validation.failed", Severity.FATAL);

    private final String code;
    private final Severity defaultSeverity;

    FhirIssueCode(String code, Severity defaultSeverity) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
