package org.socialprescribing.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.coding.CodeSystems;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.org.OrganisationRef;

class WorkforceTest {

    private static LinkWorkerRole.Builder post() {
        return LinkWorkerRole.builder()
                .employer(OrganisationRef.named("Voluntary Action Rotherham"))
                .employmentModel(EmploymentModel.FUNDING_EXISTING_SCHEME)
                .addPcnsServed(OdsCode.parse("U12345"));
    }

    @Test
    void linkWorker_withoutFocus_isGeneralistAndKeepsItsLocalTitle() {
        LinkWorkerRole role = post().role(
                        PersonalisedCareRole.of(PersonalisedCareRoleType.LINK_WORKER, "Community Navigator"))
                .fte(new BigDecimal("0.8"))
                .build();
        assertThat(role.isSpecialist()).isFalse();
        assertThat(role.role().localTitle()).contains("Community Navigator");
        assertThat(role.role().toCodedText().text()).contains("Community Navigator");
        assertThat(role.role().toCodedText().concept().orElseThrow().code()).isEqualTo("link_worker");
    }

    @Test
    void linkWorker_withFocus_isSpecialist() {
        LinkWorkerRole role = post().fte(BigDecimal.ONE)
                .addPopulationFocus(CodedText.ofText("Children and young people"))
                .reportedCaseload(ReportedCaseload.of(210, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)))
                .build();
        assertThat(role.isSpecialist()).isTrue();
        assertThat(role.role().type()).isEqualTo(PersonalisedCareRoleType.LINK_WORKER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.5", "1.01", "2"})
    void linkWorker_rejectsAnFteOutsideOnePost(String fte) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> post().fte(new BigDecimal(fte)).build())
                .withMessageContaining("fte: '" + fte + "'");
    }

    @Test
    void linkWorker_rejectsAnotherRoleType() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> post().fte(BigDecimal.ONE)
                        .role(PersonalisedCareRole.of(PersonalisedCareRoleType.CARE_NAVIGATOR))
                        .build())
                .withMessageContaining("must be link_worker");
    }

    @Test
    void caseload_rejectsNegativeCountsAndBackwardPeriods() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ReportedCaseload.of(-1, day, day));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ReportedCaseload.of(1, day, day.minusDays(1)));
        assertThat(ReportedCaseload.of(0, day, day).people()).isZero();
    }

    @Test
    void employmentModels_areTheReportsSix() {
        // National Voices report L996-1027: six ways PCNs appointed link workers.
        assertThat(EmploymentModel.values()).hasSize(6);
        assertThat(Arrays.stream(EmploymentModel.values())
                        .map(m -> m.toConcept().system()))
                .containsOnly(CodeSystems.EMPLOYMENT_MODEL);
    }

    @Test
    void professionalRef_needsSomethingToReferTo_andHidesNameAndContact() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(
                        () -> ProfessionalRef.builder().contact("07700 900123").build())
                .withMessageContaining("needs a name, role, team, service or organisation");
        ProfessionalRef ref = ProfessionalRef.builder()
                .name("Dr Jane Example")
                .contact("07700 900123")
                .team("Practice team")
                .build();
        assertThat(ref.toString()).doesNotContain("Jane", "07700").contains("Practice team");
    }
}
