package org.socialprescribing.model.coding;

/**
 * The SNOMED CT concepts the SDK uses, each verified in a cited source (the PRSB Social Prescribing Information
 * Standard v1.1 full JSON, "P2"; the Transformation Partners SPLW FAQ, "T2"; NHS England's mental health
 * statistics reference tables). No other SNOMED code is hard-coded anywhere in the SDK: codes that no source
 * here gives (for example a "social prescribing offered" concept) are deliberately absent.
 *
 * <p>Displays are the terms as the source writes them, not necessarily SNOMED's fully specified names.
 */
public final class Snomed {

    /**
     * 871731000000106 Referral to social prescribing service (procedure). T2: use "when the person accepts referral
     * to the SPLW, and only at the first interaction of an episode; not for ongoing activity".
     */
    public static final CodedConcept REFERRAL_TO_SOCIAL_PRESCRIBING_SERVICE =
            CodedConcept.snomed("871731000000106", "Referral to social prescribing service");

    /**
     * 871711000000103 Social prescribing declined (situation). T2: use "when the person declines referral to the
     * SPLW".
     */
    public static final CodedConcept SOCIAL_PRESCRIBING_DECLINED =
            CodedConcept.snomed("871711000000103", "Social prescribing declined");

    /**
     * 1373501000000105 "Social prescribing needs and concerns simple reference set". P2 guidance for presenting
     * complaints and for needs, concerns or problems: use this refset.
     */
    public static final CodedConcept NEEDS_AND_CONCERNS_REFSET =
            CodedConcept.snomed("1373501000000105", "Social prescribing needs and concerns simple reference set");

    /**
     * 1373511000000107 "Social prescribing support simple reference set" (actions, activities, support). P2
     * guidance for care and support plan actions: use this refset.
     */
    public static final CodedConcept SUPPORT_REFSET =
            CodedConcept.snomed("1373511000000107", "Social prescribing support simple reference set");

    /** 1127581000000103 "Health issues" reference set. P2: problem list, signpost reason. */
    public static final CodedConcept HEALTH_ISSUES_REFSET = CodedConcept.snomed("1127581000000103", "Health issues");

    /** 1127531000000102 "Services" reference set. P2: the service of a referrer, referral target or signpost. */
    public static final CodedConcept SERVICES_REFSET = CodedConcept.snomed("1127531000000102", "Services");

    /**
     * 1127601000000107 "Healthcare matters simple reference set". P2: strengths and outcomes in the care and support
     * plan.
     */
    public static final CodedConcept HEALTHCARE_MATTERS_REFSET =
            CodedConcept.snomed("1127601000000107", "Healthcare matters simple reference set");

    /** 999000081000000105 "Care planning action context values" reference set. P2: the status of an action. */
    public static final CodedConcept CARE_PLANNING_ACTION_CONTEXT_VALUES_REFSET =
            CodedConcept.snomed("999000081000000105", "Care planning action context values");

    /** 999000091000000107 "Care planning goal context values" reference set. P2: the status of a goal. */
    public static final CodedConcept CARE_PLANNING_GOAL_CONTEXT_VALUES_REFSET =
            CodedConcept.snomed("999000091000000107", "Care planning goal context values");

    /** 410518001 Goal. P2: goals are "post-coordinated 413350009 with 408729009 = 410518001 Goal". */
    public static final CodedConcept GOAL = CodedConcept.snomed("410518001", "Goal");

    /** 425268008 Review of care plan. P2: the tag of the plan's and an action's review date. */
    public static final CodedConcept REVIEW_OF_CARE_PLAN = CodedConcept.snomed("425268008", "Review of care plan");

    /** 273249006 Assessment scales. P2: a structured assessment's name is coded below it ({@code <273249006}). */
    public static final CodedConcept ASSESSMENT_SCALES = CodedConcept.snomed("273249006", "Assessment scales");

    /** 363787002 Observable entity. P2: an assessment's score code is below it ({@code <363787002}). */
    public static final CodedConcept OBSERVABLE_ENTITY = CodedConcept.snomed("363787002", "Observable entity");

    /** 281694009 Finding of at risk. P2: a risk is coded below it ({@code <281694009}) or given as free text. */
    public static final CodedConcept FINDING_OF_AT_RISK = CodedConcept.snomed("281694009", "Finding of at risk");

    /**
     * 1108111000000107 "Requires reasonable adjustments for health and care access (Equality Act 2010)" (finding).
     * P2: the reasonable adjustment flag.
     */
    public static final CodedConcept REQUIRES_REASONABLE_ADJUSTMENTS = CodedConcept.snomed(
            "1108111000000107", "Requires reasonable adjustments for health and care access (Equality Act 2010)");

    /** 224484003, labelled "Person themselves is a carer" in P2 (carer status). */
    public static final CodedConcept PERSON_THEMSELVES_IS_A_CARER =
            CodedConcept.snomed("224484003", "Person themselves is a carer");

    /**
     * 718426000 Warwick-Edinburgh Mental Well-being Scale score (range 14-70). NHSDigital
     * mental-health-monthly-statistics, {@code 04_mhsds_ref_tables.py} L308 ("v2").
     */
    public static final CodedConcept WEMWBS_SCORE =
            CodedConcept.snomed("718426000", "Warwick-Edinburgh Mental Well-being Scale score");

    /**
     * 718466001 Short Warwick-Edinburgh Mental Well-being Scale score (range 7-35). Same source, L307 ("v2").
     */
    public static final CodedConcept SWEMWBS_SCORE =
            CodedConcept.snomed("718466001", "Short Warwick-Edinburgh Mental Well-being Scale score");

    /** 885541000000103, the older UK-extension ("v1") WEMWBS score concept. Same source, L366-367. */
    public static final CodedConcept WEMWBS_SCORE_V1 =
            CodedConcept.snomed("885541000000103", "Warwick-Edinburgh Mental Well-being Scale score");

    /** 960481000000107, the older UK-extension ("v1") SWEMWBS score concept. Same source, L366-367. */
    public static final CodedConcept SWEMWBS_SCORE_V1 =
            CodedConcept.snomed("960481000000107", "Short Warwick-Edinburgh Mental Well-being Scale score");

    // Verhoeff dihedral-group tables, as the SNOMED CT identifier specification uses them.
    private static final int[][] MULTIPLY = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
        {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
        {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
        {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
        {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
        {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
    };
    private static final int[][] PERMUTE = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
        {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
        {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
        {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
        {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}
    };

    private Snomed() {}

    /**
     * Whether text is a well-formed SNOMED CT concept identifier, following the SNOMED CT identifier (SCTID)
     * rules of the SNOMED CT Technical Implementation Guide: 6 to 18 digits without a leading zero, a concept
     * partition identifier ({@code 00} or {@code 10} in the second and third places from the right) and a valid
     * Verhoeff check digit. It does not say whether the concept exists or is active.
     *
     * @param text the text to test, not null
     * @return true if it is a well-formed concept id
     */
    public static boolean isConceptId(String text) {
        int length = text.length();
        if (length < 6 || length > 18 || text.charAt(0) == '0' || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        String partition = text.substring(length - 3, length - 1);
        if (!partition.equals("00") && !partition.equals("10")) {
            return false;
        }
        int check = 0;
        for (int i = 0; i < length; i++) {
            int digit = text.charAt(length - 1 - i) - '0';
            check = MULTIPLY[check][PERMUTE[i % 8][digit]];
        }
        return check == 0;
    }
}
