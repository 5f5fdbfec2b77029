package org.socialprescribing.fhir.questionnaire;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.socialprescribing.fhir.questionnaire.FormDefinition.AnswerType;
import org.socialprescribing.fhir.questionnaire.FormDefinition.Question;
import org.socialprescribing.measures.Instrument;
import org.socialprescribing.measures.InstrumentRegistry;
import org.socialprescribing.measures.ItemText;
import org.socialprescribing.measures.Licence;
import org.socialprescribing.measures.ResponseOption;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * FHIR R4 Questionnaires for outcome instruments, in the style of Structured Data Capture: one for every instrument
 * of an {@link InstrumentRegistry} (built-in, {@code ServiceLoader} and local instruments alike) and for every
 * licensee {@link StarDefinition} added.
 *
 * <pre>{@code
 * InstrumentQuestionnaires questionnaires = InstrumentQuestionnaires.standard()
 *         .withItemText(InstrumentId.of("wemwbs"), ItemText.fromResource(wemwbs, loader, "licensed/wemwbs.properties"))
 *         .withStar(myStar);
 * Questionnaire phq9 = questionnaires.questionnaire(InstrumentId.of("phq9"));
 * }</pre>
 *
 * <p>Every Questionnaire has the canonical URL {@code https://fhir.socialprescribing.org/Questionnaire/<id>}
 * ({@link MeasurementCanonicals#questionnaire}) and the instrument definition's version; its items' linkIds are the
 * instrument's item keys ({@code swemwbs_3}), numbered in {@code prefix}. Where LOINC codes an instrument (PHQ-9,
 * GAD-7), the Questionnaire carries the panel code in {@code code} and each item its LOINC code, so that other
 * systems recognise the form ({@link VerifiedCodes} gives the sources). Items are answered as follows:
 *
 * <ul>
 *   <li>scored items: {@code choice}, one {@code answerOption} per sp-measures response option, a {@code
 *       valueCoding} (LOINC for PHQ-9 and GAD-7 answers, the instrument's {@linkplain InstrumentCodeSystems code
 *       system} otherwise) with the option's weight in the SDC {@code itemWeight} extension;
 *   <li>items recorded as given but never scored (PHQ-9 item 10): {@code integer} without bounds;
 *   <li>star areas: {@code integer} within the star's scale ({@code minValue}/{@code maxValue}).
 * </ul>
 *
 * <p><b>Item wording.</b> The SDK ships none: WEMWBS, SWEMWBS and the Outcomes Star forbid it, and for the others
 * the SDK holds no verified wording. Items carry the neutral text "Item 3" unless a licensee supplies wording with
 * {@link #withItemText} (for example read by {@link ItemText}); a star's items carry the licensee's area names. The
 * licence is stated in each Questionnaire's {@code copyright}.
 *
 * <p><b>Record-only instruments</b> (PAM) get a Questionnaire with no items: the SDK may not ask or score them, and
 * the Questionnaire exists so that a recorded score's QuestionnaireResponse has something to refer to; its
 * description gives the reason.
 *
 * <p>No {@code calculatedExpression} is given: a form filler's sum would total whatever is answered, while the SDK
 * gives no score unless every required item is answered. Scores come from {@link QuestionnaireResponseScorer}.
 * Immutable and thread-safe; each call returns new resources.
 */
public final class InstrumentQuestionnaires {

    private final Catalogue catalogue;
    private final Map<InstrumentId, Map<String, String>> itemText;

    private InstrumentQuestionnaires(Catalogue catalogue, Map<InstrumentId, Map<String, String>> itemText) {
        this.catalogue = catalogue;
        this.itemText = itemText;
    }

    /**
     * The Questionnaires of {@link InstrumentRegistry#standard()}.
     *
     * @return the questionnaires, never null
     */
    public static InstrumentQuestionnaires standard() {
        return of(InstrumentRegistry.standard());
    }

    /**
     * The Questionnaires of the instruments of a registry, e.g. one with local instruments added.
     *
     * @param registry the instruments, not null
     * @return the questionnaires, never null
     */
    public static InstrumentQuestionnaires of(InstrumentRegistry registry) {
        return new InstrumentQuestionnaires(Catalogue.of(requireNonNull(registry, "registry")), Map.of());
    }

    /**
     * These Questionnaires plus a licensee's Outcomes Star.
     *
     * @param star the star, not null
     * @return a new instance, never null
     * @throws InvalidValueException if an instrument or star already has the star's id
     */
    public InstrumentQuestionnaires withStar(StarDefinition star) {
        return new InstrumentQuestionnaires(catalogue.withStar(requireNonNull(star, "star")), itemText);
    }

    /**
     * These Questionnaires with item wording that a licensee supplies for one instrument or star. Items left out
     * keep their placeholder.
     *
     * @param instrument the instrument or star, not null
     * @param text the wording by item key (e.g. from {@link ItemText#load}), not null
     * @return a new instance, never null
     * @throws InvalidValueException if no instrument has the id, a key is not one of its items, or a text is blank
     */
    public InstrumentQuestionnaires withItemText(InstrumentId instrument, Map<String, String> text) {
        FormDefinition form = catalogue.get(requireNonNull(instrument, "instrument"));
        Map<String, String> copy = new LinkedHashMap<>();
        text.forEach((key, wording) -> {
            String field = instrument.value() + ".itemText";
            if (key == null || form.question(key).isEmpty()) {
                throw new InvalidValueException(field, String.valueOf(key), "is not an item of " + instrument);
            }
            if (wording == null || wording.isBlank()) {
                throw new InvalidValueException(field + "." + key, "must not be blank");
            }
            copy.put(key, wording);
        });
        Map<InstrumentId, Map<String, String>> all = new HashMap<>(itemText);
        all.put(instrument, Collections.unmodifiableMap(copy));
        return new InstrumentQuestionnaires(catalogue, Collections.unmodifiableMap(all));
    }

    /**
     * The Questionnaire of an instrument or star.
     *
     * @param instrument the instrument or star id, not null
     * @return a new Questionnaire, never null
     * @throws InvalidValueException if no instrument or star has the id
     */
    public Questionnaire questionnaire(InstrumentId instrument) {
        return build(catalogue.get(requireNonNull(instrument, "instrument")));
    }

    /**
     * The Questionnaires of every instrument and star, instruments in registry order, then stars.
     *
     * @return new Questionnaires, never null
     */
    public List<Questionnaire> all() {
        List<Questionnaire> all = new ArrayList<>();
        catalogue.all().forEach(form -> all.add(build(form)));
        return all;
    }

    private Questionnaire build(FormDefinition form) {
        InstrumentId id = form.id();
        Map<String, String> text = itemText.getOrDefault(id, Map.of());
        Questionnaire questionnaire = InstrumentCodeSystems.describe(
                new Questionnaire(),
                MeasurementCanonicals.resourceId("", id),
                form.questionnaireUrl(),
                InstrumentCodeSystems.pascal(id.value()),
                form.title(),
                description(form, !text.isEmpty()));
        questionnaire.setVersion(form.version());
        questionnaire.addSubjectType("Patient");
        questionnaire.setCopyright(copyright(form));
        VerifiedCodes.questionnaireCoding(id).ifPresent(questionnaire::addCode);
        for (Question question : form.questions()) {
            QuestionnaireItemComponent item = questionnaire
                    .addItem()
                    .setLinkId(question.key())
                    .setPrefix(Integer.toString(question.number()))
                    .setText(text.getOrDefault(question.key(), placeholder(question)));
            if (form.star().isEmpty()) {
                VerifiedCodes.itemCoding(id, question.number()).ifPresent(item::addCode);
            }
            // A switch expression, so that a new answer type fails the compile instead of being left untyped.
            item.setType(
                    switch (question.type()) {
                        case CHOICE -> QuestionnaireItemType.CHOICE;
                        case INTEGER, UNCHECKED -> QuestionnaireItemType.INTEGER;
                    });
            if (question.type() == AnswerType.CHOICE) {
                for (ResponseOption option : question.options()) {
                    item.addAnswerOption()
                            .setValue(form.answerCoding(question, option))
                            .addExtension(MeasurementCanonicals.ITEM_WEIGHT, new DecimalType(option.weight()));
                }
            } else if (question.type() == AnswerType.INTEGER) {
                item.addExtension(MeasurementCanonicals.MIN_VALUE, new IntegerType(question.min()));
                item.addExtension(MeasurementCanonicals.MAX_VALUE, new IntegerType(question.max()));
            }
        }
        return questionnaire;
    }

    /** A star area's text is the licensee's name for it; an instrument item's is neutral. */
    private static String placeholder(Question question) {
        return Optional.ofNullable(question.text()).orElse("Item " + question.number());
    }

    private static String description(FormDefinition form, boolean textSupplied) {
        StringBuilder description = new StringBuilder(form.title()).append(" (").append(form.id());
        description.append(" version ").append(form.version()).append(").");
        form.instrument().ifPresent(instrument -> description.append(' ').append(instrument.citation()));
        if (form.star().isPresent()) {
            description
                    .append(" An Outcomes Star defined by its licensee: one item per outcome area, answered 1..")
                    .append(form.star().get().scaleMax())
                    .append('.');
        }
        Optional<String> notScored = form.notScoredReason();
        if (notScored.isPresent()) {
            description.append(" Record-only: ").append(notScored.get()).append('.');
            if (form.questions().isEmpty()) {
                description.append(" The Questionnaire has no items: the licensed provider administers the instrument"
                        + " and the SDK records the score it supplies.");
            }
        } else if (form.star().isEmpty()) {
            description.append(textSupplied ? " Item wording supplied by a licensee." : wordingNote(form));
            description
                    .append(" Scored by the Social Prescribing SDK, scoring rule ")
                    .append(form.instrument()
                            .map(Instrument::scoringRuleVersion)
                            .orElse(""))
                    .append("; answer weights in the SDC itemWeight extension.");
        }
        return description.toString();
    }

    private static String wordingNote(FormDefinition form) {
        boolean bundlable =
                form.instrument().map(i -> i.licence().isItemTextBundlable()).orElse(false);
        return bundlable
                ? " The SDK bundles no item wording, so items read \"Item 1\", \"Item 2\"...: supply it with"
                        + " InstrumentQuestionnaires.withItemText."
                : " The licence does not let the SDK bundle the item wording, so items read \"Item 1\", \"Item 2\"...:"
                        + " a licensee supplies it with InstrumentQuestionnaires.withItemText.";
    }

    private static String copyright(FormDefinition form) {
        if (form.instrument().isPresent()) {
            Licence licence = form.instrument().get().licence();
            return licence.owner() + ". " + licence.terms()
                    + licence.url().map(url -> " " + url).orElse("");
        }
        return "The Outcomes Star is the intellectual property of Triangle Consulting, used under the licensee's"
                + " licence; the areas and their names are the licensee's.";
    }

    @Override
    public String toString() {
        return "InstrumentQuestionnaires" + catalogue;
    }
}
