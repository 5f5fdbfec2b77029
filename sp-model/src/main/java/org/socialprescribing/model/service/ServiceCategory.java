package org.socialprescribing.model.service;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * The SDK's service taxonomy: the kinds of support and activity social prescribing connects people to, covering
 * the range the National Voices report names (line numbers in brackets). No national taxonomy is verified, so this
 * is an SDK vocabulary, code system {@value CodeSystems#SERVICE_CATEGORY}; a directory's own taxonomy terms are
 * kept beside it as {@code Service.externalCategories}.
 */
public enum ServiceCategory implements CodedValue {
    /** Arts and culture: art, music, drama, dance or art clubs (L186-187, L486-490). */
    ARTS_AND_CULTURE("Arts and culture"),
    /** Gardening, nature and green activities (L186-187). */
    GARDENING_AND_NATURE("Gardening and nature"),
    /** Physical activity and sport (L486-490). */
    PHYSICAL_ACTIVITY("Physical activity and sport"),
    /** Clubs and informal hobby or activity groups, e.g. knitting clubs (L486-490, L2492). */
    HOBBIES_AND_SOCIAL_GROUPS("Hobbies and social groups"),
    /** Befriending (L2034-2036). */
    BEFRIENDING("Befriending"),
    /** Peer support groups and online communities (L486-490, L2223). */
    PEER_SUPPORT("Peer support"),
    /** Counselling (L2034-2036). */
    COUNSELLING("Counselling"),
    /** Mental health support (L2222-2223). */
    MENTAL_HEALTH_SUPPORT("Mental health support"),
    /** Advice on benefits and welfare rights (L471-472, L1293). */
    BENEFITS_ADVICE("Benefits and welfare rights advice"),
    /** Money and debt advice (L2034-2036). */
    DEBT_AND_MONEY_ADVICE("Money and debt advice"),
    /** Housing advice and support (L3443, L2369). */
    HOUSING_ADVICE("Housing advice and support"),
    /** Legal advice (L3443). */
    LEGAL_ADVICE("Legal advice"),
    /** Employment support, skills and learning (L471-472, L2370). */
    EMPLOYMENT_AND_SKILLS("Employment and skills"),
    /** Support for carers (L2222-2223). */
    CARERS_SUPPORT("Support for carers"),
    /** Food: food banks, meals, food and medicine deliveries (L613, L2511). */
    FOOD("Food"),
    /** Digital inclusion: devices, connectivity and skills (L680-685, L2476-2479). */
    DIGITAL_INCLUSION("Digital inclusion"),
    /** Youth work (L2442). */
    YOUTH_WORK("Youth work"),
    /** Family support (L2442). */
    FAMILY_SUPPORT("Family support"),
    /** Volunteering opportunities (L682). */
    VOLUNTEERING("Volunteering"),
    /** Statutory services, including social services (L496-498). */
    STATUTORY_SERVICES("Statutory services"),
    /** Back to health services (L496-498). */
    HEALTH_SERVICES("Health services"),
    /** Anything else; say what in the service description or an external category. */
    OTHER("Other");

    private final String display;

    ServiceCategory(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.SERVICE_CATEGORY;
    }
}
