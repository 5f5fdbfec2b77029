package org.socialprescribing.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.fhir.UkCoreReference;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.service.Service;

/**
 * Issue 12: an episode or directory export validates whatever language the person or service speaks. Before, 10 of
 * these 20 failed R4 and UK Core alike (HAPI reported a valid BCP 47 tag outside R4's preferred {@code languages}
 * set as an error; see the validator's {@code LanguageSupport}).
 *
 * <p>The 20 languages: English and Welsh and 18 main languages of residents of England and Wales in [S] ONS Census
 * 2021, table TS024 "Main language (detailed)" (Polish, Romanian, Panjabi, Urdu, Portuguese, Spanish, Arabic,
 * Bengali, Gujarati, Italian, French, Lithuanian, Bulgarian, Tamil, Turkish, Cantonese, Somali and British Sign
 * Language), each as its BCP 47 tag (ISO 639-1 where it has one, else ISO 639-3: {@code yue}, {@code bfi}).
 */
class LanguagesValidationTest {

    static final List<String> UK_LANGUAGES = List.of(
            "en", "cy", "pl", "ro", "pa", "ur", "pt", "es", "ar", "bn", "gu", "it", "fr", "lt", "bg", "ta", "tr", "yue",
            "so", "bfi");

    private static final FhirValidation R4 = FhirValidation.builder().build();

    static List<String> languages() {
        return UK_LANGUAGES;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void anEpisodeOfASpeaker_validatesAgainstR4AndUkCore(String tag) {
        Person person = Fixtures.anna().withPreferredLanguage(tag);
        Bundle bundle =
                EpisodeBundles.standard().toTransaction(Fixtures.annaEpisode().withPerson(person));

        assertThat(MappingValidationTest.errors(R4.validate(bundle))).isEmpty();
        Resource patient = bundle.getEntryFirstRep().getResource();
        assertThat(patient.fhirType()).isEqualTo("Patient");
        assertThat(MappingValidationTest.errors(
                        MappingValidationTest.ukCore().validate(patient, UkCoreReference.PATIENT_PROFILE)))
                .isEmpty();
    }

    @Test
    void aServiceInEveryLanguage_validatesAgainstR4AndUkCore() {
        Service service = Fixtures.allotmentGroup().withLanguages(UK_LANGUAGES);
        Bundle bundle = ServiceMapper.toBundle(service);

        assertThat(MappingValidationTest.errors(R4.validate(bundle))).isEmpty();
        assertThat(MappingValidationTest.errors(MappingValidationTest.ukCore()
                        .validate(
                                bundle.getEntryFirstRep().getResource(),
                                "https://fhir.hl7.org.uk/StructureDefinition/UKCore-HealthcareService")))
                .isEmpty();
    }

    @Test
    void anInvalidTag_isStillAnError() {
        String patient = "{\"resourceType\":\"Patient\",\"communication\":[{\"language\":{\"coding\":[{\"system\":"
                + "\"urn:ietf:bcp:47\",\"code\":\"not-a-language\"}]}}]}";

        assertThat(R4.validate(patient).errors()).isNotEmpty();
    }
}
