package org.socialprescribing.fhir.questionnaire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.FhirIssueCode;
import org.socialprescribing.fhir.questionnaire.FormDefinition.Question;
import org.socialprescribing.fhir.questionnaire.ResponseMatch.Role;
import org.socialprescribing.fhir.questionnaire.ResponseMatch.Route;
import org.socialprescribing.fhir.questionnaire.VerifiedCodes.ItemCode;
import org.socialprescribing.model.Severity;
import org.socialprescribing.model.ValidationIssue;
import org.socialprescribing.model.measure.InstrumentId;

/**
 * Decides which instrument a QuestionnaireResponse answers, in this order (docs/fhir.md, "Questionnaires from other
 * systems"):
 *
 * <ol>
 *   <li>the SDK canonical it names ({@code https://fhir.socialprescribing.org/Questionnaire/<id>[|version]});
 *   <li>the Questionnaire it names, if the caller supplied it (or the response contains it): its URL or {@code
 *       derivedFrom} an SDK canonical, else its {@code code} (LOINC 44249-1 PHQ-9, 69737-5 GAD-7), else its items'
 *       LOINC codes; the response's linkIds are then read through that Questionnaire's items;
 *   <li>its linkIds, where they are the LOINC codes of an instrument's items, bare ({@code 44250-9}) or as the last
 *       segment of a path ({@code /44250-9}, as LHC-Forms writes them).
 * </ol>
 *
 * Codes of more than one instrument are ambiguous unless the caller names the instrument. Nothing here throws: a
 * response that matches nothing gets one error that names its Questionnaire in full and says how to supply it.
 */
final class ResponseMatcher {

    private static final String AT = ResponseReading.ROOT + ".questionnaire";
    private static final String HOW_TO_SUPPLY = "Supply that Questionnaire (sp fhir score --questionnaire FILE;"
            + " QuestionnaireResponseScorer.withDefinitions) with its LOINC code (44249-1 PHQ-9, 69737-5 GAD-7) or its"
            + " items' LOINC codes, or derived from (derivedFrom) an SDK Questionnaire; or answer an SDK Questionnaire"
            + " (https://fhir.socialprescribing.org/Questionnaire/<instrument id>)";

    private final Catalogue catalogue;
    private final Definitions definitions;
    private final @Nullable InstrumentId only;
    private final boolean sdkOnly;

    ResponseMatcher(Catalogue catalogue, Definitions definitions, @Nullable InstrumentId only, boolean sdkOnly) {
        this.catalogue = catalogue;
        this.definitions = definitions;
        this.only = only;
        this.sdkOnly = sdkOnly;
    }

    /** @return the match, or null after adding the error that explains why there is none */
    @Nullable
    ResponseMatch match(QuestionnaireResponse response, List<ValidationIssue> issues) {
        String named = response.getQuestionnaire() == null ? "" : response.getQuestionnaire();
        int bar = named.indexOf('|');
        String url = bar < 0 ? named : named.substring(0, bar);
        Optional<FormDefinition> sdk = named.isBlank() ? Optional.empty() : catalogue.byQuestionnaireUrl(url);
        if (sdk.isPresent()) {
            return sdkCanonical(sdk.get(), bar < 0 ? null : named.substring(bar + 1), issues);
        }
        if (sdkOnly) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.INVALID_VALUE,
                    AT,
                    named.isBlank()
                            ? "names no Questionnaire"
                            : "'" + Texts.full(named) + "' is not the Questionnaire of a known instrument"));
            return null;
        }
        List<String> linkIds = new ArrayList<>();
        collectLinkIds(response.getItem(), linkIds);
        if (!named.isBlank()) {
            Optional<Questionnaire> supplied = definitions.resolve(named, response);
            if (supplied.isPresent()) {
                return throughQuestionnaire(named, supplied.get(), linkIds, issues);
            }
        }
        return byItemCodes(named, linkIds, issues);
    }

    private @Nullable ResponseMatch sdkCanonical(
            FormDefinition form, @Nullable String version, List<ValidationIssue> issues) {
        if (version != null && !version.equals(form.version())) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.INVALID_VALUE,
                    AT,
                    "version '" + Texts.shown(version) + "' of " + form.id() + " is not known; the SDK has version "
                            + form.version()));
            return null;
        }
        if (only != null && !only.equals(form.id())) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.QUESTIONNAIRE_UNMATCHED,
                    AT,
                    "names the SDK Questionnaire of " + form.id() + ", not of " + only + " as asked"));
            return null;
        }
        return new ResponseMatch(form, Route.SDK_CANONICAL, Map.of(), Map.of());
    }

    /** Through a Questionnaire the caller supplied (or the response contains). */
    private @Nullable ResponseMatch throughQuestionnaire(
            String named, Questionnaire questionnaire, List<String> linkIds, List<ValidationIssue> issues) {
        String shown = "'" + Texts.full(named) + "'";
        Map<InstrumentId, String> why = new LinkedHashMap<>();
        for (String canonical : canonicalsOf(questionnaire)) {
            catalogue
                    .byQuestionnaireUrl(canonical)
                    .ifPresent(form -> why.putIfAbsent(
                            form.id(), "its URL or derivedFrom, the SDK Questionnaire " + form.questionnaireUrl()));
        }
        if (why.isEmpty()) {
            for (Coding code : questionnaire.getCode()) {
                VerifiedCodes.instrumentOfPanel(code.getSystem(), code.getCode())
                        .ifPresent(id -> why.putIfAbsent(id, "its code LOINC " + code.getCode()));
            }
        }
        if (why.isEmpty()) {
            Map<InstrumentId, List<String>> byItems = new TreeMap<>(Comparator.comparing(InstrumentId::value));
            collectItemCodes(questionnaire.getItem(), byItems);
            byItems.forEach(
                    (id, codes) -> why.put(id, "the LOINC codes of its items (" + String.join(", ", codes) + ")"));
        }
        int before = issues.size();
        FormDefinition form = choose(why, AT, issues, "the codes of the Questionnaire " + shown);
        if (form == null) {
            if (issues.size() == before) {
                issues.add(ValidationIssue.of(
                        FhirIssueCode.QUESTIONNAIRE_UNMATCHED,
                        AT,
                        "names the Questionnaire " + shown + ", which was supplied but "
                                + (why.isEmpty()
                                        ? "carries no code the SDK knows and is not derived from an SDK Questionnaire"
                                        : "is " + why.keySet() + ", which this scorer does not know")
                                + ". " + HOW_TO_SUPPLY + "."));
            }
            return null;
        }
        Map<String, Role> byQuestionnaireLinkId = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        rolesOf(form, questionnaire, questionnaire.getItem(), byQuestionnaireLinkId, expected);
        if (byQuestionnaireLinkId.values().stream().noneMatch(role -> role.question() != null)) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.QUESTIONNAIRE_UNMATCHED,
                    AT,
                    "the Questionnaire " + shown + " is " + form.id() + " (" + why.get(form.id()) + "), but none of"
                            + " its items carries the code of an item of " + form.id()
                            + ", so its answers cannot be told"
                            + " apart; give its items their LOINC codes"));
            return null;
        }
        Map<String, Role> roles = new LinkedHashMap<>();
        for (String linkId : linkIds) {
            Role role = byQuestionnaireLinkId.get(linkId);
            if (role != null) {
                roles.put(linkId, role);
            }
        }
        if (roles.values().stream().noneMatch(role -> role.question() != null) && !linkIds.isEmpty()) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.QUESTIONNAIRE_UNMATCHED,
                    ResponseReading.ROOT + ".item",
                    "none of the response's linkIds (" + listed(linkIds) + ") is an item of the Questionnaire " + shown
                            + " (" + listed(new ArrayList<>(expected.values())) + ")"));
            return null;
        }
        issues.add(ValidationIssue.of(
                FhirIssueCode.QUESTIONNAIRE_MATCHED,
                Severity.INFORMATION,
                AT,
                "read as " + form.id() + " version " + form.version() + " through the supplied Questionnaire " + shown
                        + ", identified by " + why.get(form.id())));
        return new ResponseMatch(form, Route.SUPPLIED_QUESTIONNAIRE, roles, expected);
    }

    /** The roles of a Questionnaire's items (recursively), by the Questionnaire's linkIds. */
    private void rolesOf(
            FormDefinition form,
            Questionnaire questionnaire,
            List<QuestionnaireItemComponent> items,
            Map<String, Role> roles,
            Map<String, String> expected) {
        boolean derived = canonicalsOf(questionnaire).contains(form.questionnaireUrl());
        for (QuestionnaireItemComponent item : items) {
            String linkId = item.getLinkId();
            if (linkId != null && !roles.containsKey(linkId)) {
                Role role = null;
                for (Coding code : item.getCode()) {
                    Optional<ItemCode> itemCode = VerifiedCodes.itemOf(code.getSystem(), code.getCode());
                    if (itemCode.isPresent() && itemCode.get().instrument().equals(form.id())) {
                        Optional<Question> question =
                                questionNumbered(form, itemCode.get().itemNumber());
                        if (question.isPresent()) {
                            role = Role.question(question.get(), definitions.weights(questionnaire, item));
                        }
                    }
                    var score = VerifiedCodes.scoreOf(code.getSystem(), code.getCode());
                    if (role == null
                            && score.isPresent()
                            && score.get().getKey().equals(form.id())) {
                        role = Role.score(score.get().getValue());
                    }
                }
                if (role == null && derived) {
                    Optional<Question> question = form.question(linkId);
                    if (question.isPresent()) {
                        role = Role.question(question.get(), definitions.weights(questionnaire, item));
                    }
                }
                if (role != null) {
                    roles.put(linkId, role);
                    if (role.question() != null) {
                        expected.putIfAbsent(role.question().key(), linkId);
                    }
                }
            }
            rolesOf(form, questionnaire, item.getItem(), roles, expected);
        }
    }

    /** Through the LOINC codes its linkIds are. */
    private @Nullable ResponseMatch byItemCodes(String named, List<String> linkIds, List<ValidationIssue> issues) {
        Map<InstrumentId, List<String>> byInstrument = new TreeMap<>(Comparator.comparing(InstrumentId::value));
        for (String linkId : linkIds) {
            VerifiedCodes.itemOf(null, lastSegment(linkId))
                    .filter(code -> catalogue.find(code.instrument()).isPresent())
                    .ifPresent(code -> byInstrument
                            .computeIfAbsent(code.instrument(), id -> new ArrayList<>())
                            .add(linkId));
        }
        String names = named.isBlank()
                ? "the response names no Questionnaire"
                : "the response names '" + Texts.full(named) + "', which is neither an SDK Questionnaire nor supplied";
        Map<InstrumentId, String> why = new LinkedHashMap<>();
        byInstrument.forEach((id, codes) -> why.put(id, "the LOINC codes of its items (" + listed(codes) + ")"));
        if (why.isEmpty()) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.QUESTIONNAIRE_UNMATCHED,
                    AT,
                    (named.isBlank()
                                    ? "names no Questionnaire"
                                    : "names the Questionnaire '" + Texts.full(named) + "', which is neither an SDK"
                                            + " Questionnaire nor one supplied")
                            + ", and no item's linkId is the LOINC code of an item of a known instrument. "
                            + HOW_TO_SUPPLY + "."));
            return null;
        }
        FormDefinition form = choose(why, ResponseReading.ROOT + ".item", issues, "the response's items");
        if (form == null) {
            return null;
        }
        Map<String, Role> roles = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        for (String linkId : linkIds) {
            String code = lastSegment(linkId);
            Optional<ItemCode> itemCode = VerifiedCodes.itemOf(null, code);
            if (itemCode.isPresent() && itemCode.get().instrument().equals(form.id())) {
                questionNumbered(form, itemCode.get().itemNumber()).ifPresent(question -> {
                    roles.putIfAbsent(linkId, Role.question(question, Map.of()));
                    expected.putIfAbsent(question.key(), linkId);
                });
            }
            VerifiedCodes.scoreOf(null, code)
                    .filter(score -> score.getKey().equals(form.id()))
                    .ifPresent(score -> roles.putIfAbsent(linkId, Role.score(score.getValue())));
        }
        for (Question question : form.questions()) {
            VerifiedCodes.itemCoding(form.id(), question.number())
                    .ifPresent(coding -> expected.putIfAbsent(question.key(), coding.getCode()));
        }
        issues.add(ValidationIssue.of(
                FhirIssueCode.QUESTIONNAIRE_MATCHED,
                Severity.INFORMATION,
                named.isBlank() ? ResponseReading.ROOT : AT,
                "read as " + form.id() + " version " + form.version() + " by " + why.get(form.id()) + "; " + names));
        return new ResponseMatch(form, Route.ITEM_CODES, roles, expected);
    }

    /** The one instrument among candidates (the caller's, if named), or null after adding the error. */
    private @Nullable FormDefinition choose(
            Map<InstrumentId, String> why, String path, List<ValidationIssue> issues, String what) {
        Set<InstrumentId> candidates = new LinkedHashSet<>();
        for (InstrumentId id : why.keySet()) {
            if (catalogue.find(id).isPresent()) {
                candidates.add(id);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        if (only != null) {
            if (candidates.contains(only)) {
                return catalogue.get(only);
            }
            issues.add(ValidationIssue.of(
                    FhirIssueCode.QUESTIONNAIRE_UNMATCHED,
                    path,
                    what + " match " + candidates + ", not " + only + " as asked"));
            return null;
        }
        if (candidates.size() > 1) {
            issues.add(ValidationIssue.of(
                    FhirIssueCode.QUESTIONNAIRE_AMBIGUOUS,
                    path,
                    what + " match more than one instrument: "
                            + candidates.stream()
                                    .map(id -> id + " (" + why.get(id) + ")")
                                    .collect(Collectors.joining(", "))
                            + "; score it as one of them (sp fhir score --instrument ID;"
                            + " QuestionnaireResponseScorer.forInstrument), and the other's items are reported as not"
                            + " used"));
            return null;
        }
        return catalogue.get(candidates.iterator().next());
    }

    private static Optional<Question> questionNumbered(FormDefinition form, int number) {
        return form.questions().stream().filter(q -> q.number() == number).findFirst();
    }

    /** The canonical URLs (without version) a Questionnaire is, or is derived from. */
    private static Set<String> canonicalsOf(Questionnaire questionnaire) {
        Set<String> canonicals = new LinkedHashSet<>();
        if (questionnaire.hasUrl()) {
            canonicals.add(withoutVersion(questionnaire.getUrl()));
        }
        for (CanonicalType derivedFrom : questionnaire.getDerivedFrom()) {
            if (derivedFrom.getValue() != null) {
                canonicals.add(withoutVersion(derivedFrom.getValue()));
            }
        }
        return canonicals;
    }

    private static String withoutVersion(String canonical) {
        int bar = canonical.indexOf('|');
        return bar < 0 ? canonical : canonical.substring(0, bar);
    }

    /**
     * The instruments a Questionnaire's item codes belong to: item codes, and score codes too (a form that codes only
     * its total, as the SDC PHQ-9 example does, is still that instrument's, and the error can say so).
     */
    private static void collectItemCodes(
            List<QuestionnaireItemComponent> items, Map<InstrumentId, List<String>> byInstrument) {
        for (QuestionnaireItemComponent item : items) {
            for (Coding code : item.getCode()) {
                Optional<InstrumentId> instrument = VerifiedCodes.itemOf(code.getSystem(), code.getCode())
                        .map(ItemCode::instrument)
                        .or(() -> VerifiedCodes.scoreOf(code.getSystem(), code.getCode())
                                .map(Map.Entry::getKey));
                instrument.ifPresent(id -> byInstrument
                        .computeIfAbsent(id, key -> new ArrayList<>())
                        .add(code.getCode()));
            }
            collectItemCodes(item.getItem(), byInstrument);
        }
    }

    /** Every linkId of the response, in document order, nested ones included. */
    static void collectLinkIds(List<QuestionnaireResponseItemComponent> items, List<String> linkIds) {
        for (QuestionnaireResponseItemComponent item : items) {
            if (item.getLinkId() != null) {
                linkIds.add(item.getLinkId());
            }
            collectLinkIds(item.getItem(), linkIds);
            for (QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
                collectLinkIds(answer.getItem(), linkIds);
            }
        }
    }

    /** {@code /44250-9} and {@code /g1/44250-9} as {@code 44250-9}: LHC-Forms writes linkIds as paths of codes. */
    static String lastSegment(String linkId) {
        int slash = linkId.lastIndexOf('/');
        return slash < 0 ? linkId : linkId.substring(slash + 1);
    }

    private static String listed(List<String> values) {
        List<String> shown = values.stream().limit(10).map(Texts::shown).collect(Collectors.toList());
        return String.join(", ", shown) + (values.size() > 10 ? ", ... (" + values.size() + " in all)" : "");
    }
}
