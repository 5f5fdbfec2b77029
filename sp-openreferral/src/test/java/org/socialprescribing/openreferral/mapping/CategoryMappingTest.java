package org.socialprescribing.openreferral.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.openreferral.OrukAttribute;
import org.socialprescribing.openreferral.OrukOrganization;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.OrukServiceStatus;

/** The table of directory terms that mean SDK categories, and how the mapper uses it. */
class CategoryMappingTest {

    private static final String COUNCIL = "https://directory.example.gov.uk/taxonomy";

    @Test
    void standardMapping_hasNoRows() {
        assertThat(CategoryMapping.sdkOnly().rows()).isEmpty();
        assertThat(CategoryMapping.sdkOnly().categoryOf(CodedConcept.of(Terms.ESD_SERVICE, "1284")))
                .isEmpty();
    }

    @Test
    void row_mapsItsTermWhateverTheDisplay() {
        CategoryMapping mapping = CategoryMapping.sdkOnly()
                .with(COUNCIL, "walks", ServiceCategory.PHYSICAL_ACTIVITY, "the council's term for health walks");

        assertThat(mapping.categoryOf(CodedConcept.of(COUNCIL, "walks", "Health walks")))
                .contains(ServiceCategory.PHYSICAL_ACTIVITY);
        assertThat(mapping.categoryOf(CodedConcept.of(COUNCIL, "runs"))).isEmpty();
    }

    @Test
    void row_needsAReason_andATermHasOneRow() {
        CategoryMapping mapping =
                CategoryMapping.sdkOnly().with(COUNCIL, "walks", ServiceCategory.PHYSICAL_ACTIVITY, "why");

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CategoryMapping.sdkOnly().with(COUNCIL, "walks", ServiceCategory.FOOD, " "));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> mapping.with(COUNCIL, "walks", ServiceCategory.FOOD, "another reason"));
    }

    @Test
    void mappedTerm_addsItsCategory_andStaysAnExternalCategory() {
        OrukMapper mapper = OrukMapper.standard()
                .withCategoryMapping(CategoryMapping.sdkOnly()
                        .with(
                                COUNCIL,
                                "walks",
                                ServiceCategory.PHYSICAL_ACTIVITY,
                                "the council's term for health walks"));
        OrukService service = OrukService.builder()
                .id("ac148810-d857-441c-9679-408f346de14b")
                .name("Health walks")
                .status(OrukServiceStatus.ACTIVE)
                .organization(OrukOrganization.builder()
                        .id("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610")
                        .name("Council")
                        .description("")
                        .build())
                .addAttributes(OrukAttribute.builder()
                        .id("ae58cc39-8b70-4ab1-8aea-786882e5ac8e")
                        .taxonomyTerm(
                                Terms.term(CodedConcept.of(COUNCIL, "walks"), "3f7b145d-84af-42d7-8fae-eaca714b02b2"))
                        .build())
                .build();

        MappedService mapped = mapper.toService(service);

        assertThat(mapped.service().orElseThrow().categories()).containsExactly(ServiceCategory.PHYSICAL_ACTIVITY);
        assertThat(mapped.service().orElseThrow().externalCategories())
                .containsExactly(CodedConcept.of(COUNCIL, "walks"));
        assertThat(mapper.toOrukService(mapped).value()).isEqualTo(service);
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(CategoryMapping.class).verify();
        EqualsVerifier.forClass(CategoryMapping.Row.class).verify();
        assertThat(CategoryMapping.sdkOnly()
                        .with(COUNCIL, "a", ServiceCategory.FOOD, "r")
                        .rows())
                .isEqualTo(List.of(CategoryMapping.sdkOnly()
                        .with(COUNCIL, "a", ServiceCategory.FOOD, "r")
                        .rows()
                        .get(0)));
    }
}
