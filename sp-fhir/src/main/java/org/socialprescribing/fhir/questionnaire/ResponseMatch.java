package org.socialprescribing.fhir.questionnaire;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.fhir.questionnaire.Definitions.AnswerKey;
import org.socialprescribing.fhir.questionnaire.FormDefinition.Question;

/**
 * Which instrument a QuestionnaireResponse answers, and what each of its linkIds stands for. A response to an SDK
 * Questionnaire is read strictly (its linkIds are the item keys); one matched through LOINC codes or a supplied
 * Questionnaire is read leniently, through {@link #roles()}.
 *
 * @param form the instrument (or star)
 * @param route how the response was matched
 * @param roles what each linkId of the response stands for; linkIds absent here are not used (lenient only)
 * @param expectedLinkIds the linkId under which each question key is expected, for locating a missing answer
 */
record ResponseMatch(FormDefinition form, Route route, Map<String, Role> roles, Map<String, String> expectedLinkIds) {

    /** How a response was matched to its instrument. */
    enum Route {
        /** It names the SDK Questionnaire ({@code https://fhir.socialprescribing.org/Questionnaire/<id>}). */
        SDK_CANONICAL,
        /** It names a supplied (or contained) Questionnaire whose codes, or derivation, identify the instrument. */
        SUPPLIED_QUESTIONNAIRE,
        /** Its linkIds are the LOINC codes of the instrument's items ({@code 44250-9}, LHC-Forms' {@code /44250-9}). */
        ITEM_CODES
    }

    /**
     * What a linkId stands for: a question of the instrument (with the weights its Questionnaire gives the answers),
     * or a score the response states itself (a total, compared with the SDK's).
     *
     * @param question the question, or null for a stated score
     * @param component the score component a stated score is, or null for a question
     * @param weights answer weights by coding, from a supplied Questionnaire; empty otherwise
     */
    record Role(@Nullable Question question, @Nullable String component, Map<AnswerKey, BigDecimal> weights) {

        static Role question(Question question, Map<AnswerKey, BigDecimal> weights) {
            return new Role(question, null, Map.copyOf(weights));
        }

        static Role score(String component) {
            return new Role(null, component, Map.of());
        }
    }

    ResponseMatch {
        roles = Map.copyOf(roles);
        expectedLinkIds = Map.copyOf(expectedLinkIds);
    }

    /** @return true if the response is read as the SDK's own Questionnaire defines it */
    boolean isStrict() {
        return route == Route.SDK_CANONICAL;
    }

    /** @return the linkId a question's answer is expected under */
    String expectedLinkId(Question question) {
        return expectedLinkIds.getOrDefault(question.key(), question.key());
    }
}
