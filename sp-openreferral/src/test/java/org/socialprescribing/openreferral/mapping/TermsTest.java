package org.socialprescribing.openreferral.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.openreferral.JsonValue;
import org.socialprescribing.openreferral.OrukAttribute;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.OrukTaxonomyTerm;

/** Taxonomy terms as coded concepts: the table in {@link Terms}, row by row, and its reverse. */
class TermsTest {

    private static final String LOCAL = "https://fhir.socialprescribing.org/CodeSystem/oruk-taxonomy";

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                // taxonomy, taxonomy_id, term_uri, term -> system, code
                "https://example.org/vocab, -, -, gardening, https://example.org/vocab, gardening",
                // The legacy ORUK v1 esd service types (standards.md section 3.2: http://id.esd.org.uk/service/1284).
                "esdServiceTypes, -, http://id.esd.org.uk/service/1284, Debt advice, http://id.esd.org.uk/service, 1284",
                "-, -, https://id.esd.org.uk/service/1284, -, http://id.esd.org.uk/service, 1284",
                "esdNeeds, 5c4d79d7-cc55-470e-9d3b-1f0b0e1d3c4a, -, Loneliness, urn:uuid:5c4d79d7-cc55-470e-9d3b-1f0b0e1d3c4a, Loneliness",
                "esdNeeds, -, http://example.org/need/7, Loneliness, " + LOCAL + "/esdNeeds, Loneliness",
                "Family services, -, -, -, " + LOCAL + "/Family%20services, Walk",
                "-, not-a-uuid, -, Walk, " + LOCAL + ", Walk",
            })
    void term_keepsItsVocabulary(
            String taxonomy, String taxonomyId, String termUri, String term, String system, String code) {
        OrukTaxonomyTerm read = OrukTaxonomyTerm.builder()
                .id("3f7b145d-84af-42d7-8fae-eaca714b02b2")
                .name("Walk")
                .description("A term")
                .taxonomy(Optional.ofNullable(taxonomy))
                .taxonomyId(Optional.ofNullable(taxonomyId))
                .termUri(Optional.ofNullable(termUri))
                .term(Optional.ofNullable(term))
                .build();

        CodedConcept concept = Terms.concept(read, Issues.collecting()).orElseThrow();

        assertThat(concept.system()).isEqualTo(system);
        assertThat(concept.code()).isEqualTo(code);
        assertThat(concept.display()).isEqualTo(code.equals("Walk") ? Optional.empty() : Optional.of("Walk"));
    }

    @Test
    void hsdsCoreCode_winsOverTheUkTerm() {
        OrukTaxonomyTerm read = OrukTaxonomyTerm.builder()
                .id("3f7b145d-84af-42d7-8fae-eaca714b02b2")
                .name("Gardening")
                .description("")
                .taxonomy("https://example.org/vocab")
                .term("gardening")
                .putExtension("code", JsonValue.parse("\"G1\""))
                .build();

        assertThat(Terms.concept(read, Issues.collecting()))
                .contains(CodedConcept.of("https://example.org/vocab", "G1", "Gardening"));
    }

    @Test
    void termWithoutAUsableCode_isReported() {
        Issues issues = Issues.collecting();
        OrukTaxonomyTerm read = OrukTaxonomyTerm.builder()
                .id("3f7b145d-84af-42d7-8fae-eaca714b02b2")
                .name("  two  spaces ")
                .description("")
                .build();

        assertThat(Terms.concept(read, issues)).isEmpty();
        assertThat(issues.report().contains(OrukIssueCode.TERM_NOT_CODED)).isTrue();
    }

    @Test
    void attributeWithoutANestedTerm_isReported() {
        Issues issues = Issues.collecting();
        OrukAttribute attribute = OrukAttribute.builder()
                .id("ae58cc39-8b70-4ab1-8aea-786882e5ac8e")
                .taxonomyTermId("3f7b145d-84af-42d7-8fae-eaca714b02b2")
                .build();

        assertThat(Terms.concept(attribute, issues)).isEmpty();
        assertThat(issues.report().contains(OrukIssueCode.TERM_NOT_NESTED)).isTrue();
    }

    @Test
    void sdkCategory_isWrittenInTheSdkVocabulary_andReadBack() {
        OrukTaxonomyTerm written =
                Terms.term(ServiceCategory.BEFRIENDING.toConcept(), "3f7b145d-84af-42d7-8fae-eaca714b02b2");

        assertThat(written.taxonomy()).contains("https://fhir.socialprescribing.org/CodeSystem/service-category");
        assertThat(written.term()).contains("befriending");
        assertThat(written.name()).isEqualTo("Befriending");
        assertThat(Terms.concept(written, Issues.collecting()).flatMap(c -> Terms.sdkValue(c, ServiceCategory.class)))
                .contains(ServiceCategory.BEFRIENDING);
    }

    @Test
    void esdConcept_isWrittenInTheLegacyForm() {
        OrukTaxonomyTerm written =
                Terms.term(CodedConcept.of(Terms.ESD_SERVICE, "1284"), "3f7b145d-84af-42d7-8fae-eaca714b02b2");

        assertThat(written.taxonomy()).contains("esdServiceTypes");
        assertThat(written.termUri()).contains("http://id.esd.org.uk/service/1284");
    }

    @Property(tries = 300)
    void writtenTerm_readsBackAsTheSameConcept(@ForAll("concepts") CodedConcept concept) {
        OrukTaxonomyTerm written = Terms.term(concept, "3f7b145d-84af-42d7-8fae-eaca714b02b2");

        assertThat(Terms.concept(written, Issues.collecting())).contains(concept);
    }

    @Provide
    Arbitrary<CodedConcept> concepts() {
        return SdkArbitraries.externalCategories();
    }
}
