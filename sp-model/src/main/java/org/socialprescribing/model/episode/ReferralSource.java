package org.socialprescribing.model.episode;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * Who referred the person to social prescribing. GPs "or other health professionals" refer (National Voices report
 * L475-477); in Lambeth also "the DWP or housing associations, community spaces like the library, and volunteers,
 * carers, and individuals themselves" (L2922-2925); young people come "mainly from Child and Adolescent Mental
 * Health Services, schools, local authority children's services, the police and the Youth Offending service"
 * (L2525-2528). Code system {@value CodeSystems#REFERRAL_SOURCE}.
 */
public enum ReferralSource implements CodedValue {
    /** A GP or another member of the general practice team. */
    GP("General practice"),
    /** Another health professional outside general practice and hospital. */
    OTHER_CLINICIAN("Other clinician"),
    /** The person themselves (PRSB: "The referrer may be the person themselves"). */
    SELF("Self-referral"),
    /** A voluntary, community or social enterprise organisation. */
    VCSE("VCSE organisation"),
    /** A local authority service, e.g. children's services or public health. */
    LOCAL_AUTHORITY("Local authority"),
    /** Adult social care (L630-632). */
    SOCIAL_CARE("Adult social care"),
    /** The Department for Work and Pensions, e.g. a Jobcentre. */
    DWP("Department for Work and Pensions"),
    /** A housing association or other housing provider. */
    HOUSING("Housing provider"),
    /** A school or college. */
    SCHOOL("School or college"),
    /** The police or the Youth Offending service. */
    POLICE("Police or youth justice"),
    /** A hospital service, e.g. A&amp;E or a ward (L2409-2412). */
    HOSPITAL("Hospital"),
    /** A mental health service, including CAMHS. */
    MENTAL_HEALTH_SERVICE("Mental health service"),
    /** A family member, carer or volunteer on the person's behalf. */
    FAMILY_OR_CARER("Family member or carer"),
    /** Any other source. */
    OTHER("Other");

    private final String display;

    ReferralSource(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.REFERRAL_SOURCE;
    }
}
