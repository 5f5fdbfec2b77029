package org.socialprescribing.fhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.LookupCodeRequest;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.junit.jupiter.api.Test;
import org.socialprescribing.fhir.internal.SdkContext;

/**
 * {@code SharedUcumService} keeps one UCUM service where HAPI's {@code CommonCodeSystemsTerminologyService} reads the
 * UCUM definitions per lookup: it must give HAPI's answers for any code, looked up or validated, and a validator
 * built with it must report the same issues on resources with units as one built with HAPI's.
 */
class SharedUcumServiceTest {

    private static final FhirContext CONTEXT = SdkContext.get();
    private static final String UCUM = CommonCodeSystemsTerminologyService.UCUM_CODESYSTEM_URL;
    private static final SharedUcumService OURS = new SharedUcumService(CONTEXT);
    private static final CommonCodeSystemsTerminologyService HAPIS = new CommonCodeSystemsTerminologyService(CONTEXT);

    /** Valid, annotated, arbitrary and malformed units, and codes of other systems HAPI knows. */
    private static final List<String> CODES = List.of(
            "kg",
            "mg/dL",
            "mm[Hg]",
            "{score}",
            "1",
            "%",
            "/min",
            "kg/m2",
            "10*3/uL",
            "[in_i]",
            "Cel",
            "[degF]",
            "mo",
            "a",
            "g.m-1",
            "m/s2",
            "{beats}/min",
            "xyz",
            "",
            " ",
            "m/",
            "((",
            "{",
            "kg kg",
            "10*",
            "mg/",
            "unknown_unit",
            "/",
            ".",
            "[",
            "]",
            "kg{",
            "1/(2.m)");

    @Test
    void lookUps_giveHapisAnswers() {
        for (String code : CODES) {
            assertThat(lookUp(OURS, UCUM, code)).as(code).isEqualTo(lookUp(HAPIS, UCUM, code));
        }
        assertThat(lookUp(OURS, UCUM, "mm[Hg]")).startsWith("found");
        assertThat(lookUp(OURS, UCUM, "((")).startsWith("not found");
        for (String[] other : List.of(
                new String[] {"urn:ietf:bcp:47", "cy"},
                new String[] {"urn:ietf:bcp:13", "application/json"},
                new String[] {"urn:iso:std:iso:4217", "GBP"},
                new String[] {"http://example.org/none", "x"})) {
            assertThat(lookUp(OURS, other[0], other[1])).as(other[0]).isEqualTo(lookUp(HAPIS, other[0], other[1]));
        }
    }

    @Test
    void validations_giveHapisAnswers() {
        for (String code : CODES) {
            for (String valueSet : Arrays.asList(null, CommonCodeSystemsTerminologyService.UCUM_VALUESET_URL)) {
                assertThat(validate(OURS, UCUM, code, valueSet))
                        .as(code + " in " + valueSet)
                        .isEqualTo(validate(HAPIS, UCUM, code, valueSet));
            }
        }
    }

    /**
     * Other systems and value sets HAPI's service answers for, with its messages (looked up by HAPI's class). R4's
     * {@code languages} value set is left out: HAPI's service answers it only inside a chain that has loaded it.
     */
    @Test
    void otherValidations_giveHapisAnswersAndMessages() {
        List<String[]> cases = List.of(
                new String[] {
                    "http://snomed.info/sct",
                    "703963007",
                    CommonCodeSystemsTerminologyService.ALL_LANGUAGES_VALUESET_URL
                },
                new String[] {
                    "urn:ietf:bcp:47", "xx-nonsense", CommonCodeSystemsTerminologyService.ALL_LANGUAGES_VALUESET_URL
                },
                new String[] {
                    "urn:ietf:bcp:13", "application/json", CommonCodeSystemsTerminologyService.MIMETYPES_VALUESET_URL
                },
                new String[] {"urn:ietf:bcp:13", "no/such", null},
                new String[] {"urn:iso:std:iso:4217", "XXQ", CommonCodeSystemsTerminologyService.CURRENCIES_VALUESET_URL
                },
                new String[] {"urn:iso:std:iso:3166", "GB", null},
                new String[] {"urn:iso:std:iso:3166", "QQQ", null},
                new String[] {"http://example.org/none", "x", CommonCodeSystemsTerminologyService.UCUM_VALUESET_URL});
        for (String[] c : cases) {
            String ours = validate(OURS, c[0], c[1], c[2]);
            assertThat(ours).as(String.join(" ", Arrays.asList(c))).isEqualTo(validate(HAPIS, c[0], c[1], c[2]));
            assertThat(ours).doesNotContain("!MESSAGE!");
        }
    }

    @Property(tries = 300)
    void anyCode_getsHapisAnswer(@ForAll("units") String code) {
        assertThat(lookUp(OURS, UCUM, code)).isEqualTo(lookUp(HAPIS, UCUM, code));
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.strings()
                .withChars("kgmLsdhCel%/.*^{}[]()0123456789_-+ ")
                .ofMaxLength(12);
    }

    /** Observations with valid, annotated and malformed UCUM units: the same issues as with HAPI's own service. */
    @Test
    void bundlesWithUnits_giveTheIssuesOfHapisOwnService() {
        FhirValidation ours = FhirValidation.builder().build();
        FhirValidation hapis = FhirValidation.builder().eagerR4Core().build();
        String bundle = bundle("kg", "mm[Hg]", "{score}", "((", "kg kg", "m/", "10*3/uL");
        List<String> issues = messages(ours.validate(bundle).issues());
        assertThat(issues).isEqualTo(messages(hapis.validate(bundle).issues()));
        assertThat(String.join("\n", issues)).contains("((");
    }

    private static String bundle(String... units) {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < units.length; i++) {
            if (i > 0) {
                entries.append(',');
            }
            entries.append("{\"fullUrl\":\"urn:uuid:00000000-0000-0000-0000-00000000000")
                    .append(i)
                    .append("\",\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\",")
                    .append("\"code\":{\"text\":\"test\"},\"valueQuantity\":{\"value\":1,\"unit\":\"")
                    .append(units[i])
                    .append("\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"")
                    .append(units[i])
                    .append("\"}}}");
        }
        return "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[" + entries + "]}";
    }

    private static List<String> messages(List<org.socialprescribing.model.ValidationIssue> issues) {
        List<String> messages = new ArrayList<>();
        for (org.socialprescribing.model.ValidationIssue issue : issues) {
            messages.add(issue.toString());
        }
        return messages;
    }

    private static String lookUp(IValidationSupport service, String system, String code) {
        IValidationSupport.LookupCodeResult result =
                service.lookupCode(new ValidationSupportContext(service), new LookupCodeRequest(system, code));
        if (result == null) {
            return "no answer";
        }
        return (result.isFound() ? "found " : "not found ") + result.getCodeDisplay() + " | " + result.getErrorMessage()
                + " | " + result.getSearchedForSystem() + " | " + result.getSearchedForCode();
    }

    private static String validate(IValidationSupport service, String system, String code, String valueSet) {
        IValidationSupport.CodeValidationResult result = service.validateCode(
                new ValidationSupportContext(service), new ConceptValidationOptions(), system, code, null, valueSet);
        if (result == null) {
            return "no answer";
        }
        return result.isOk() + " " + result.getCode() + " | " + result.getDisplay() + " | " + result.getSeverity()
                + " | " + result.getMessage() + " | " + result.getCodeSystemName();
    }
}
