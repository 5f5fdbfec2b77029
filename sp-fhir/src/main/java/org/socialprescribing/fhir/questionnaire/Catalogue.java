package org.socialprescribing.fhir.questionnaire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.InstrumentId;
import org.socialprescribing.model.measure.Rescorer;

/** The instruments and stars a public type of this package knows, by id and by Questionnaire URL. Immutable. */
final class Catalogue {

    private final Map<InstrumentId, FormDefinition> forms;

    private Catalogue(Map<InstrumentId, FormDefinition> forms) {
        this.forms = Collections.unmodifiableMap(forms);
    }

    static Catalogue of(InstrumentRegistry registry) {
        Map<InstrumentId, FormDefinition> forms = new LinkedHashMap<>();
        for (Instrument instrument : registry.instruments()) {
            forms.put(instrument.id(), FormDefinition.of(instrument));
        }
        return new Catalogue(forms);
    }

    /**
     * This catalogue plus a star.
     *
     * @throws InvalidValueException if an instrument or star already has the star's id
     */
    Catalogue withStar(StarDefinition star) {
        if (forms.containsKey(star.id())) {
            throw new InvalidValueException("star", star.id().value(), "is already the id of an instrument or star");
        }
        Map<InstrumentId, FormDefinition> more = new LinkedHashMap<>(forms);
        more.put(star.id(), FormDefinition.of(star));
        return new Catalogue(more);
    }

    Optional<FormDefinition> find(InstrumentId id) {
        return Optional.ofNullable(forms.get(id));
    }

    /**
     * Looks an instrument up by id.
     *
     * @throws InvalidValueException if no instrument or star has the id
     */
    FormDefinition get(InstrumentId id) {
        return find(id).orElseThrow(() -> new InvalidValueException(
                "instrumentId", id.value(), "is not a known instrument or star; known: " + forms.keySet()));
    }

    /** @return the definition whose Questionnaire has this canonical URL (without a version), if any */
    Optional<FormDefinition> byQuestionnaireUrl(String url) {
        return forms.values().stream()
                .filter(form -> form.questionnaireUrl().equals(url))
                .findFirst();
    }

    /** The instruments' and stars' rules, for checking stored scores: a rule the catalogue does not hold is unknown. */
    Rescorer rescorer() {
        return (id, instrumentVersion, scoringRuleVersion, answers) -> find(id).filter(
                        form -> form.version().equals(instrumentVersion))
                .flatMap(form -> form.rescore(scoringRuleVersion, answers));
    }

    List<FormDefinition> all() {
        return new ArrayList<>(forms.values());
    }

    @Override
    public String toString() {
        return "Catalogue" + forms.keySet();
    }
}
