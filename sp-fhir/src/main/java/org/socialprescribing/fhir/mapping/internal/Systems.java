package org.socialprescribing.fhir.mapping.internal;

import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.model.coding.CodeSystems;

/**
 * The code systems, identifier systems and extension URLs the mappings use, other than the SDK's own extensions
 * ({@link SpExtension}). Each external URL is quoted from the source named beside it.
 */
public final class Systems {

    /** NHS number identifier system, fixed by the UKCore-Patient slice {@code identifier:nhsNumber}. */
    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";

    /** UK Core 2.0.2 {@code Extension-UKCore-BirthSex} (CodeableConcept, required binding UKCore-BirthSex). */
    public static final String UK_CORE_BIRTH_SEX =
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-BirthSex";

    /** UK Core 2.0.2 {@code Extension-UKCore-EthnicCategory} (CodeableConcept, extensible UKCore-EthnicCategory). */
    public static final String UK_CORE_ETHNIC_CATEGORY =
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";

    /** R4 core {@code patient-interpreterRequired} (boolean), the slice UKCore-Patient uses for interpreter need. */
    public static final String PATIENT_INTERPRETER_REQUIRED =
            "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired";

    /** R4 core {@code patient-genderIdentity} (CodeableConcept). */
    public static final String PATIENT_GENDER_IDENTITY =
            "http://hl7.org/fhir/StructureDefinition/patient-genderIdentity";

    /** R4 core {@code data-absent-reason}: marks a mandatory FHIR element whose value the SDK does not hold. */
    public static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

    /** The code system of {@link #DATA_ABSENT_REASON} values. */
    public static final String DATA_ABSENT_REASON_CODES = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

    /** HL7 v3 AdministrativeGender, which UKCore-BirthSex draws {@code M}, {@code F} and {@code UN} from. */
    public static final String V3_ADMINISTRATIVE_GENDER =
            "http://terminology.hl7.org/CodeSystem/v3-AdministrativeGender";

    /** HL7 v3 NullFlavor, which UKCore-BirthSex draws {@code UNK} from. */
    public static final String V3_NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";

    /** HL7 v3 ActCode ({@code IDSCL} information disclosure, the Gravity SDOHCC Consent category). */
    public static final String V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    /** HL7 v3 ParticipationType ({@code IRCP}, {@code ATND}, {@code PPRF}). */
    public static final String V3_PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

    /** BCP 47 language tags, as FHIR names them. */
    public static final String BCP_47 = "urn:ietf:bcp:47";

    /** UCUM, for ages in years ({@code a}). */
    public static final String UCUM = "http://unitsofmeasure.org";

    /** FHIR R4 task codes; the Gravity referral Task fixes {@code code} to {@code fulfill}. */
    public static final String TASK_CODE = "http://hl7.org/fhir/CodeSystem/task-code";

    /**
     * Gravity SDOH Clinical Care temporary codes; its {@code contacting-subject-prohibited} code fills the
     * ServiceRequest {@code orderDetail} slice "SubjectContactDetail" (HL7/fhir-sdoh-clinicalcare, ServiceRequest
     * profile and CodeSystem resource).
     */
    public static final String SDOHCC_TEMPORARY_CODES =
            "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";

    /** The SDOHCC code for "the subject does not want to be contacted". */
    public static final String CONTACTING_SUBJECT_PROHIBITED = "contacting-subject-prohibited";

    /** FHIR consent scopes ({@code patient-privacy}). */
    public static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";

    /** FHIR flag categories ({@code safety}). */
    public static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";

    /** FHIR condition categories ({@code problem-list-item}). */
    public static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";

    /** FHIR condition clinical status ({@code active}). */
    public static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";

    /** FHIR goal achievement status ({@code achieved}, {@code not-achieved}). */
    public static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    /** The org-id.guide list base: a charity or company identifier's system is this plus the scheme. */
    public static final String ORG_ID_LIST = "https://org-id.guide/list/";

    /** The SDK's vocabulary of record kinds ({@link RecordType}). */
    public static final String RECORD_TYPE = CodeSystems.SDK_BASE + "record-type";

    /** NHS Data Dictionary GENDER IDENTITY CODE, published under the SDK base (no FHIR system is verified). */
    public static final String GENDER_IDENTITY = CodeSystems.SDK_BASE + "gender-identity";

    /** The releases of the English Indices of Deprivation ({@code iod2019}, {@code iod2025}). */
    public static final String DEPRIVATION_INDEX = CodeSystems.SDK_BASE + "deprivation-index";

    /** Identifier system of episode ids in the recording system. */
    public static final String EPISODE_ID = SpFhir.CANONICAL_BASE + "/Id/episode";

    /** Identifier system of referral ids in the sending or receiving system. */
    public static final String REFERRAL_ID = SpFhir.CANONICAL_BASE + "/Id/referral";

    /** Identifier system of onward referral ids, unique within their episode. */
    public static final String ONWARD_REFERRAL_ID = SpFhir.CANONICAL_BASE + "/Id/onward-referral";

    /** Identifier system of goal ids, unique within their episode. */
    public static final String GOAL_ID = SpFhir.CANONICAL_BASE + "/Id/goal";

    /** Identifier system of support-plan need ids, unique within their episode. */
    public static final String NEED_ID = SpFhir.CANONICAL_BASE + "/Id/need";

    /** Identifier system of consent ids, unique within their episode. */
    public static final String CONSENT_ID = SpFhir.CANONICAL_BASE + "/Id/consent";

    /** Identifier system of outcome measurement ids, unique within their episode. */
    public static final String MEASUREMENT_ID = SpFhir.CANONICAL_BASE + "/Id/outcome-measurement";

    /** Identifier system of service ids in a service directory (e.g. Open Referral UK UUIDs). */
    public static final String SERVICE_DIRECTORY_ID = SpFhir.CANONICAL_BASE + "/Id/service-directory";

    /** Identifier system of location ids in a service directory. */
    public static final String LOCATION_DIRECTORY_ID = SpFhir.CANONICAL_BASE + "/Id/location-directory";

    /** Identifier system of organisation ids in a service directory. */
    public static final String ORGANISATION_DIRECTORY_ID = SpFhir.CANONICAL_BASE + "/Id/organisation-directory";

    private Systems() {}

    /**
     * The canonical URL of the ValueSet of all codes of an SDK code system.
     *
     * @param codeSystem an SDK code system URL ({@code .../CodeSystem/<id>})
     * @return {@code .../ValueSet/<id>}
     */
    public static String valueSetOf(String codeSystem) {
        return codeSystem.replace("/CodeSystem/", "/ValueSet/");
    }
}
