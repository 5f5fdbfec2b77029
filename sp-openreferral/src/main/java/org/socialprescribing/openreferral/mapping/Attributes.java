package org.socialprescribing.openreferral.mapping;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.coding.CodedValue;
import org.socialprescribing.openreferral.OrukAttribute;
import org.socialprescribing.openreferral.OrukTaxonomyTerm;

/**
 * Attributes (a record's links to taxonomy terms) that carry SDK values: each kind of value (categories, delivery
 * modes...) is one list over the attributes, and writing one kind leaves the attributes of every other kind, and
 * those the SDK does not read, where they are.
 */
final class Attributes {

    private Attributes() {}

    /** @return the values of one kind that the attributes carry, in order */
    static <V> List<V> read(List<OrukAttribute> attributes, Function<OrukAttribute, Optional<V>> kind) {
        return attributes.stream().map(kind).flatMap(Optional::stream).collect(Collectors.toList());
    }

    /** @return the constants of an SDK vocabulary that the attributes name, in order */
    static <E extends Enum<E> & CodedValue> List<E> read(List<OrukAttribute> attributes, Class<E> vocabulary) {
        return read(attributes, attribute -> Terms.sdkValue(attribute, vocabulary));
    }

    /** @return the attributes with those of one kind replaced by the values given */
    static <V> List<OrukAttribute> put(
            List<V> values,
            List<OrukAttribute> attributes,
            Function<OrukAttribute, Optional<V>> kind,
            Function<V, CodedConcept> concept,
            Writing writing) {
        return Lists.put(
                values, attributes, kind, (index, value, original) -> put(concept.apply(value), original, writing));
    }

    /** @return the attributes with those naming a constant of the vocabulary replaced by the constants given */
    static <E extends Enum<E> & CodedValue> List<OrukAttribute> put(
            List<E> values, List<OrukAttribute> attributes, Class<E> vocabulary, Writing writing) {
        return put(
                values, attributes, attribute -> Terms.sdkValue(attribute, vocabulary), CodedValue::toConcept, writing);
    }

    /** An attribute for a concept: a new one, or the original one (its id and link kept) with a new term. */
    private static OrukAttribute put(CodedConcept concept, Optional<OrukAttribute> original, Writing writing) {
        OrukTaxonomyTerm term = Terms.term(concept, writing.newId());
        if (original.isEmpty()) {
            return OrukAttribute.builder()
                    .id(writing.newId())
                    .taxonomyTermId(term.id())
                    .taxonomyTerm(term)
                    .build();
        }
        OrukAttribute attribute = original.get().withTaxonomyTerm(term);
        return attribute.taxonomyTermId().isPresent() ? attribute.withTaxonomyTermId(term.id()) : attribute;
    }
}
