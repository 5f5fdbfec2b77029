package org.socialprescribing.fhir.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.ConceptPropertyComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptReferenceComponent;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionContainsComponent;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.InvalidValueException;

/**
 * The Questionnaires, ValueSets and CodeSystems a caller supplies so that responses from other systems can be read:
 * which Questionnaire a response names, and the weights its answers carry. Immutable (the resources are copied in).
 */
final class Definitions {

    static final Definitions NONE = new Definitions(List.of(), Map.of(), Map.of(), Map.of());

    /** An answer coding as a key: a coding without a system matches any system's code. */
    record AnswerKey(@Nullable String system, String code) {}

    private final List<Questionnaire> questionnaires;
    private final Map<String, ValueSet> valueSets;
    private final Map<String, CodeSystem> codeSystems;
    // A Questionnaire in a Bundle is also named by its entry's fullUrl (a transaction's urn:uuid, a server's URL).
    private final Map<String, Questionnaire> byFullUrl;

    private Definitions(
            List<Questionnaire> questionnaires,
            Map<String, ValueSet> valueSets,
            Map<String, CodeSystem> codeSystems,
            Map<String, Questionnaire> byFullUrl) {
        this.questionnaires = questionnaires;
        this.valueSets = valueSets;
        this.codeSystems = codeSystems;
        this.byFullUrl = byFullUrl;
    }

    /**
     * These definitions plus more resources: Questionnaires, ValueSets, CodeSystems, or Bundles holding them (other
     * resources in a Bundle are passed over).
     *
     * @throws InvalidValueException if a resource outside a Bundle is of another type
     */
    Definitions and(List<? extends Resource> resources) {
        List<Questionnaire> moreQuestionnaires = new ArrayList<>(questionnaires);
        Map<String, ValueSet> moreValueSets = new HashMap<>(valueSets);
        Map<String, CodeSystem> moreCodeSystems = new HashMap<>(codeSystems);
        Map<String, Questionnaire> moreByFullUrl = new HashMap<>(byFullUrl);
        List<Resource> all = new ArrayList<>();
        Map<Resource, String> fullUrls = new IdentityHashMap<>();
        for (Resource resource : resources) {
            if (resource instanceof Bundle) {
                // A Bundle (a package, a search result) may hold other resources; only the definitions are taken.
                ((Bundle) resource).getEntry().forEach(entry -> {
                    Resource held = entry.getResource();
                    if (held instanceof Questionnaire || held instanceof ValueSet || held instanceof CodeSystem) {
                        all.add(held);
                        if (entry.hasFullUrl()) {
                            fullUrls.put(held, entry.getFullUrl());
                        }
                    }
                });
            } else {
                all.add(resource);
            }
        }
        for (Resource resource : all) {
            if (resource instanceof Questionnaire) {
                Questionnaire copy = ((Questionnaire) resource).copy();
                moreQuestionnaires.add(copy);
                String fullUrl = fullUrls.get(resource);
                if (fullUrl != null) {
                    moreByFullUrl.putIfAbsent(fullUrl, copy);
                }
            } else if (resource instanceof ValueSet && ((ValueSet) resource).hasUrl()) {
                moreValueSets.put(((ValueSet) resource).getUrl(), ((ValueSet) resource).copy());
            } else if (resource instanceof CodeSystem && ((CodeSystem) resource).hasUrl()) {
                moreCodeSystems.put(((CodeSystem) resource).getUrl(), ((CodeSystem) resource).copy());
            } else if (!(resource instanceof ValueSet) && !(resource instanceof CodeSystem)) {
                throw new InvalidValueException(
                        "definitions",
                        resource == null ? "null" : resource.fhirType(),
                        "must be a Questionnaire, ValueSet, CodeSystem or a Bundle of them");
            }
        }
        return new Definitions(
                List.copyOf(moreQuestionnaires),
                Map.copyOf(moreValueSets),
                Map.copyOf(moreCodeSystems),
                Map.copyOf(moreByFullUrl));
    }

    boolean isEmpty() {
        return questionnaires.isEmpty();
    }

    int size() {
        return questionnaires.size();
    }

    /**
     * The Questionnaire a response names: a contained one ({@code #id}), a supplied one by canonical URL (the
     * version, if given, must match), by the {@code fullUrl} of its Bundle entry (a transaction's {@code urn:uuid:}),
     * or by a relative or absolute reference ending {@code Questionnaire/<id>} (servers write {@code
     * Questionnaire/<id>} where a canonical belongs) matched against the id or URL.
     *
     * @return the Questionnaire, or empty if none is known
     */
    Optional<Questionnaire> resolve(String reference, QuestionnaireResponse response) {
        if (reference.startsWith("#")) {
            String id = reference.substring(1);
            return response.getContained().stream()
                    .filter(resource -> resource instanceof Questionnaire)
                    .map(resource -> (Questionnaire) resource)
                    .filter(questionnaire ->
                            id.equals(questionnaire.getIdElement().getIdPart())
                                    || reference.equals(questionnaire.getId()))
                    .findFirst();
        }
        int bar = reference.indexOf('|');
        String url = bar < 0 ? reference : reference.substring(0, bar);
        String version = bar < 0 ? null : reference.substring(bar + 1);
        for (Questionnaire questionnaire : questionnaires) {
            if (url.equals(questionnaire.getUrl()) && (version == null || version.equals(questionnaire.getVersion()))) {
                return Optional.of(questionnaire);
            }
        }
        Questionnaire entry = byFullUrl.get(url);
        if (entry != null) {
            return Optional.of(entry);
        }
        int at = url.lastIndexOf("Questionnaire/");
        if (at < 0 || (at > 0 && url.charAt(at - 1) != '/')) {
            return Optional.empty();
        }
        String tail = url.substring(at);
        String id = tail.substring("Questionnaire/".length());
        for (Questionnaire questionnaire : questionnaires) {
            boolean byId =
                    !id.isEmpty() && id.equals(questionnaire.getIdElement().getIdPart());
            boolean byUrl = questionnaire.hasUrl() && questionnaire.getUrl().endsWith("/" + tail);
            if (byId || byUrl) {
                return Optional.of(questionnaire);
            }
        }
        return Optional.empty();
    }

    /**
     * The weights of an item's answers, from its {@code answerOption}s or its {@code answerValueSet} (contained in
     * the Questionnaire or supplied; its concepts' {@code itemWeight}/{@code ordinalValue}, an expansion's, or the
     * {@code itemWeight} property of a supplied CodeSystem), each keyed by system and code and by code alone.
     *
     * @return the weights; empty if the item's answers carry none
     */
    Map<AnswerKey, BigDecimal> weights(Questionnaire questionnaire, QuestionnaireItemComponent item) {
        Map<AnswerKey, BigDecimal> weights = new HashMap<>();
        for (QuestionnaireItemAnswerOptionComponent option : item.getAnswerOption()) {
            if (option.getValue() instanceof Coding) {
                Coding coding = (Coding) option.getValue();
                BigDecimal weight = weight(option);
                if (weight == null) {
                    weight = weight(coding);
                }
                put(weights, coding.getSystem(), coding.getCode(), weight);
            }
        }
        if (item.hasAnswerValueSet()) {
            valueSet(questionnaire, item.getAnswerValueSet()).ifPresent(valueSet -> addValueSet(weights, valueSet));
        }
        return weights;
    }

    private Optional<ValueSet> valueSet(Questionnaire questionnaire, String reference) {
        if (reference.startsWith("#")) {
            String id = reference.substring(1);
            return questionnaire.getContained().stream()
                    .filter(resource -> resource instanceof ValueSet)
                    .map(resource -> (ValueSet) resource)
                    .filter(valueSet -> id.equals(valueSet.getIdElement().getIdPart()))
                    .findFirst();
        }
        int bar = reference.indexOf('|');
        return Optional.ofNullable(valueSets.get(bar < 0 ? reference : reference.substring(0, bar)));
    }

    private void addValueSet(Map<AnswerKey, BigDecimal> weights, ValueSet valueSet) {
        for (ConceptSetComponent include : valueSet.getCompose().getInclude()) {
            CodeSystem system = include.hasSystem() ? codeSystems.get(include.getSystem()) : null;
            if (include.hasConcept()) {
                for (ConceptReferenceComponent concept : include.getConcept()) {
                    BigDecimal weight = weight(concept);
                    if (weight == null && system != null) {
                        weight = propertyWeight(system, concept.getCode());
                    }
                    put(weights, include.getSystem(), concept.getCode(), weight);
                }
            } else if (system != null) {
                for (ConceptDefinitionComponent concept : system.getConcept()) {
                    put(weights, include.getSystem(), concept.getCode(), propertyWeight(system, concept.getCode()));
                }
            }
        }
        for (ValueSetExpansionContainsComponent contains :
                valueSet.getExpansion().getContains()) {
            put(weights, contains.getSystem(), contains.getCode(), weight(contains));
        }
    }

    private static @Nullable BigDecimal propertyWeight(CodeSystem system, @Nullable String code) {
        for (ConceptDefinitionComponent concept : system.getConcept()) {
            if (concept.getCode() != null && concept.getCode().equals(code)) {
                BigDecimal weight = weight(concept);
                if (weight != null) {
                    return weight;
                }
                for (ConceptPropertyComponent property : concept.getProperty()) {
                    if (("itemWeight".equals(property.getCode()) || "ordinalValue".equals(property.getCode()))) {
                        BigDecimal value = number(property.getValue());
                        if (value != null) {
                            return value;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static void put(
            Map<AnswerKey, BigDecimal> weights,
            @Nullable String system,
            @Nullable String code,
            @Nullable BigDecimal weight) {
        if (code == null || weight == null) {
            return;
        }
        weights.putIfAbsent(new AnswerKey(system, code), weight);
        weights.putIfAbsent(new AnswerKey(null, code), weight);
    }

    /** The weight an element carries in {@code itemWeight} or {@code ordinalValue}, if one. */
    static @Nullable BigDecimal weight(Element element) {
        for (Extension extension : element.getExtension()) {
            String url = extension.getUrl();
            if (MeasurementCanonicals.ITEM_WEIGHT.equals(url) || MeasurementCanonicals.ORDINAL_VALUE.equals(url)) {
                BigDecimal value = number(extension.getValue());
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static @Nullable BigDecimal number(@Nullable Type value) {
        if (value instanceof DecimalType && ((DecimalType) value).getValue() != null) {
            return ((DecimalType) value).getValue();
        }
        if (value instanceof IntegerType && ((IntegerType) value).getValue() != null) {
            return BigDecimal.valueOf(((IntegerType) value).getValue());
        }
        return null;
    }

    @Override
    public String toString() {
        return "Definitions[" + questionnaires.size() + " questionnaires, " + valueSets.size() + " value sets, "
                + codeSystems.size() + " code systems]";
    }
}
