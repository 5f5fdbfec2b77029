package org.socialprescribing.model.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.id.CharityNumber;
import org.socialprescribing.model.id.OdsCode;

class OrganisationsTest {

    private static final GpPractice PRACTICE = GpPractice.of(OdsCode.parse("G81086"));

    @Test
    void organisationRef_needsAnOdsCodeOrAName() {
        assertThat(OrganisationRef.of(OdsCode.parse("RR8")).odsCode()).contains(OdsCode.parse("RR8"));
        assertThat(OrganisationRef.named("Age UK Lambeth").name()).contains("Age UK Lambeth");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> OrganisationRef.builder().build())
                .withMessage("organisation: needs an ODS code, a name or both");
    }

    @Test
    void pcn_rejectsAPracticeListedTwice() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PrimaryCareNetwork.builder()
                        .odsCode(OdsCode.parse("U12345"))
                        .name("North PCN")
                        .addMemberPractices(
                                PRACTICE,
                                GpPractice.builder()
                                        .odsCode(OdsCode.parse("G81086"))
                                        .name("Same")
                                        .build())
                        .build())
                .withMessageContaining("memberPractices");
    }

    @Test
    void pcn_keepsMembersInOrder() {
        GpPractice other = GpPractice.of(OdsCode.parse("G81087"));
        PrimaryCareNetwork pcn = PrimaryCareNetwork.builder()
                .odsCode(OdsCode.parse("U12345"))
                .name("North PCN")
                .addMemberPractices(other, PRACTICE)
                .icbOdsCode(OdsCode.parse("QNQ"))
                .build();
        assertThat(pcn.memberPractices()).containsExactly(other, PRACTICE);
    }

    @Test
    void vcse_keepsRawIncomeAndCallerSizeBand() {
        VcseOrganisation vcse = VcseOrganisation.builder()
                .name("Herts Help")
                .type(VcseOrganisationType.REGISTERED_CHARITY)
                .charityNumber(CharityNumber.parse("1090095"))
                .annualIncomeGbp(new BigDecimal("250000"))
                .sizeBand(CodedText.ofText("medium (local classification)"))
                .footprint(Footprint.MULTIPLE_PCNS)
                .build();
        assertThat(vcse.annualIncomeGbp()).contains(new BigDecimal("250000"));
        assertThat(vcse.sizeBand().flatMap(CodedText::text)).contains("medium (local classification)");
    }

    @Test
    void vcse_rejectsNegativeIncome() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> VcseOrganisation.builder()
                        .name("Group")
                        .type(VcseOrganisationType.INFORMAL_COMMUNITY_GROUP)
                        .annualIncomeGbp(new BigDecimal("-1"))
                        .build())
                .withMessage("annualIncomeGbp: '-1' must not be negative");
    }

    @Test
    void vocabularies_areInTheirSdkCodeSystems() {
        assertThat(VcseOrganisationType.INFRASTRUCTURE_BODY.toConcept().system())
                .isEqualTo(CodeSystems.VCSE_ORGANISATION_TYPE);
        assertThat(Footprint.MULTIPLE_PCNS.code()).isEqualTo("multiple_pcns");
        assertThat(Footprint.NATIONAL.toConcept().system()).isEqualTo(CodeSystems.FOOTPRINT);
    }
}
