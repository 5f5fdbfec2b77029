package org.socialprescribing.model.workforce;

import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedValue;

/**
 * How a Primary Care Network appointed a link worker: the six models the National Voices report heard of ("We
 * heard of PCNs appointing link workers by:", L996-1027). Code system {@value CodeSystems#EMPLOYMENT_MODEL}.
 */
public enum EmploymentModel implements CodedValue {
    /** "Providing funding to existing social prescribing schemes to enable them to increase their capacity". */
    FUNDING_EXISTING_SCHEME("Funding an existing social prescribing scheme"),
    /** "Competitively tendering for a VCSE organisation to create a new social prescribing scheme". */
    COMPETITIVE_TENDER("Competitive tender to a VCSE organisation"),
    /** "Directly contracting with a preferred provider for a social prescribing scheme". */
    DIRECT_CONTRACT("Direct contract with a preferred provider"),
    /**
     * "Commissioning social prescribing link workers from other health service providers, for example mental
     * health trusts, local authority public health departments etc."
     */
    OTHER_HEALTH_PROVIDER("Commissioned from another health service provider"),
    /** "Employing link workers through GP federations". */
    GP_FEDERATION("Employed through a GP federation"),
    /** "Directly employing link workers" (by the PCN's practices). */
    DIRECT_EMPLOYMENT("Directly employed");

    private final String display;

    EmploymentModel(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public String system() {
        return CodeSystems.EMPLOYMENT_MODEL;
    }
}
