package org.socialprescribing.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Answers whether a language is in R4's {@code languages} value set as FHIR R4 means it, in front of HAPI's {@code
 * CommonCodeSystemsTerminologyService}.
 *
 * <p>Why: R4 binds {@code Patient.communication.language}, {@code HealthcareService.communication} and the other
 * language elements to {@code http://hl7.org/fhir/ValueSet/languages} with strength <b>preferred</b> and a maximum
 * value set of {@code http://hl7.org/fhir/ValueSet/all-languages} (any BCP 47 tag); UK Core 2.0.2 binds
 * UKCore-Patient's to {@code all-languages}, required. The preferred set enumerates 56 tags, and Welsh ({@code cy}),
 * Urdu ({@code ur}), Romanian, Gujarati, Tamil, Turkish, Lithuanian, Somali, Persian and Cantonese are not among them.
 * HAPI 8.8.0 answers the membership question for that set with an error-severity result, which its validator reports
 * as an error although the binding only prefers the set. So a correct export for a Welsh or Urdu speaker failed
 * validation against R4 and UK Core alike. Here a tag that is valid BCP 47 (checked by HAPI's own language
 * registry, as for {@code all-languages}) is accepted for {@code languages}; an invalid tag keeps HAPI's error.
 */
final class LanguageSupport implements IValidationSupport {

    private final FhirContext context;
    private final CommonCodeSystemsTerminologyService common;

    LanguageSupport(FhirContext context, CommonCodeSystemsTerminologyService common) {
        this.context = context;
        this.common = common;
    }

    @Override
    public FhirContext getFhirContext() {
        return context;
    }

    @Override
    public String getName() {
        return "sp-languages";
    }

    @Override
    public boolean isValueSetSupported(ValidationSupportContext support, String valueSetUrl) {
        return CommonCodeSystemsTerminologyService.LANGUAGES_VALUESET_URL.equals(valueSetUrl);
    }

    @Override
    public CodeValidationResult validateCode(
            ValidationSupportContext support,
            ConceptValidationOptions options,
            String system,
            String code,
            String display,
            String valueSetUrl) {
        return asAllLanguages(support, options, system, code, display, valueSetUrl);
    }

    @Override
    public CodeValidationResult validateCodeInValueSet(
            ValidationSupportContext support,
            ConceptValidationOptions options,
            String system,
            String code,
            String display,
            IBaseResource valueSet) {
        return asAllLanguages(
                support,
                options,
                system,
                code,
                display,
                CommonCodeSystemsTerminologyService.getValueSetUrl(context, valueSet));
    }

    /** For the {@code languages} value set, HAPI's answer for {@code all-languages}; for any other, no answer. */
    private CodeValidationResult asAllLanguages(
            ValidationSupportContext support,
            ConceptValidationOptions options,
            String system,
            String code,
            String display,
            String valueSetUrl) {
        if (!CommonCodeSystemsTerminologyService.LANGUAGES_VALUESET_URL.equals(valueSetUrl)) {
            return null;
        }
        return common.validateCode(
                support,
                options,
                system,
                code,
                display,
                CommonCodeSystemsTerminologyService.ALL_LANGUAGES_VALUESET_URL);
    }
}
