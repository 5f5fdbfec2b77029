package org.socialprescribing.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.ModelIssueCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.id.Postcode;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;

class SpValidatorTest {

    /** A record-style accessor, as Immutables and records declare them (stack-notes.md fact 3). */
    static final class Area {
        private final int decile;

        Area(int decile) {
            this.decile = decile;
        }

        @Min(1)
        @Max(10)
        public int imdDecile() {
            return decile;
        }
    }

    /** An integrator's own class with identifiers held as strings. */
    static final class Referral {
        @ValidNhsNumber
        @NotNull
        @Nullable
        String nhsNumber;

        @ValidOdsCode
        @Nullable
        String practice;

        @ValidOdsSiteCode
        @Nullable
        String site;

        @ValidPostcode(strict = true)
        @Nullable
        String postcode;

        @ValidCharityNumber
        @Nullable
        String charity;

        @ValidCompanyNumber
        @Nullable
        String company;

        @ValidLsoaCode
        @Nullable
        String lsoa;

        List<@ValidNhsNumber String> others = List.of();

        Map<String, @Valid Area> areas = Map.of();
    }

    @Test
    void recordStyleAccessor_violationIsReported() {
        ValidationReport report = SpValidator.validate(new Area(11));
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(ModelIssueCode.CONSTRAINT_VIOLATION);
            assertThat(issue.path()).isEqualTo("imdDecile");
            assertThat(issue.message()).isEqualTo("must be less than or equal to 10");
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(SpValidator.validate(new Area(10)).isEmpty()).isTrue();
    }

    @Test
    void nullIdentifiers_areValidUnlessNotNull() {
        ValidationReport report = SpValidator.validate(new Referral());
        assertThat(report.issues())
                .singleElement()
                .satisfies(issue -> assertThat(issue.path()).isEqualTo("nhsNumber"));
    }

    @Test
    void validIdentifiers_giveAnEmptyReport() {
        Referral referral = new Referral();
        referral.nhsNumber = "943 476 5919";
        referral.practice = "g81086";
        referral.site = "RR813";
        referral.postcode = "sw1a1aa";
        referral.charity = "SC042386";
        referral.company = "9506232";
        referral.lsoa = "E01000001";
        referral.others = List.of("9912003888");
        assertThat(SpValidator.validate(referral)).isEqualTo(ValidationReport.empty());
    }

    @Test
    void invalidIdentifiers_areReportedWithTheirOwnCodesAndRulesButNoValues() {
        Referral referral = new Referral();
        referral.nhsNumber = "9434765918";
        referral.practice = "G8";
        referral.site = "RR8";
        referral.postcode = "SW1A 1AC";
        referral.charity = "SC1";
        referral.company = "SC12";
        referral.lsoa = "S01000001";
        referral.others = List.of("9434765919", "1111111111");
        referral.areas = Map.of("home", new Area(0));
        ValidationReport report = SpValidator.validate(referral);
        assertThat(report.issues())
                .extracting(ValidationIssue::path, issue -> issue.code().code(), ValidationIssue::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("areas[home].imdDecile", "constraint", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("charity", "charity-number.format", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("company", "company-number.format", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("lsoa", "lsoa-code.format", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("nhsNumber", "nhs-number.check-digit", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("others[1]", "nhs-number.repdigit", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("postcode", "postcode.strict-format", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("practice", "ods-code.format", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("site", "ods-site-code.format", Severity.ERROR));
        assertThat(report.issues())
                .filteredOn(issue -> issue.path().equals("nhsNumber"))
                .singleElement()
                .satisfies(issue -> assertThat(issue.message()).isEqualTo("has check digit 8 but modulus 11 gives 9"));
        assertThat(report.toString()).doesNotContain("9434765918", "1111111111");
    }

    @Test
    void loosePostcodeFailure_isAnError() {
        Referral referral = new Referral();
        referral.nhsNumber = "9434765919";
        referral.postcode = "not a postcode";
        ValidationReport report = SpValidator.validate(referral);
        assertThat(report.isValid()).isFalse();
        assertThat(report.contains(ModelIssueCode.POSTCODE_FORMAT)).isTrue();
    }

    @Test
    void person_strictPostcodeFailureIsOnlyAWarningAndNameLengthIsChecked() {
        Person person = Person.builder()
                .nhsNumber(NhsNumber.parse("9434765919"))
                .name(PersonName.of("S".repeat(36), "Jane", "J".repeat(40)))
                .postcode(Postcode.parse("AB1 2CD"))
                .build();
        ValidationReport report = SpValidator.validate(person);
        assertThat(report.issues())
                .extracting(ValidationIssue::path, issue -> issue.code().code(), ValidationIssue::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name.familyName", "person-name.too-long", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple(
                                "name.givenNames[1]", "person-name.too-long", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("postcode", "postcode.strict-format", Severity.WARNING));
        assertThat(report.issues().get(0).message()).isEqualTo("is longer than PRSB's 35 characters");
        ValidationReport warningOnly = SpValidator.validate(person.withName(PersonName.of("Smith", "Jane")));
        assertThat(warningOnly.isValid()).isTrue();
        assertThat(warningOnly.warnings()).hasSize(1);
    }

    @Property(tries = 200)
    void validate_neverThrowsOnBadStrings(@ForAll String text) {
        Referral referral = new Referral();
        referral.nhsNumber = text;
        referral.practice = text;
        referral.site = text;
        referral.postcode = text;
        referral.charity = text;
        referral.company = text;
        referral.lsoa = text;
        referral.others = List.of(text);
        ValidationReport report = SpValidator.validate(referral);
        assertThat(report.issues().stream().anyMatch(issue -> issue.path().equals("nhsNumber")))
                .isEqualTo(!NhsNumber.isValid(text));
    }
}
