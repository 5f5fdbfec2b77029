package org.socialprescribing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.socialprescribing.model.id.NhsNumber;
import org.socialprescribing.model.input.InputLimit;
import org.socialprescribing.model.input.InputLimitException;
import org.socialprescribing.model.json.SpJson;
import org.socialprescribing.model.person.Person;

/** Every exception of sp-model carries the issue code of its rule, as a user interface needs it. */
class SpExceptionCodesTest {

    @Test
    void aValueWithoutAMoreSpecificRule_hasTheValueCode() {
        assertThat(new InvalidValueException("imdDecile", "11", "must be between 1 and 10").code())
                .isEqualTo(ModelIssueCode.VALUE_INVALID);
    }

    @Test
    void aRuleWithItsOwnCode_keepsIt() {
        InvalidValueException e = new InvalidValueException(
                ModelIssueCode.POSTCODE_FORMAT, "postcode", "XX", "is not a UK postcode", null);
        assertThat(e.code()).isEqualTo(ModelIssueCode.POSTCODE_FORMAT);
        assertThat(e).hasMessage("postcode: 'XX' is not a UK postcode");
    }

    @Test
    void anIdentifier_hasTheCodeItsValidatorGives() {
        SpException e = catchThrowableOfType(SpException.class, () -> NhsNumber.parse("123"));
        assertThat(e.code()).isEqualTo(ModelIssueCode.NHS_NUMBER_FORMAT);
    }

    @Test
    void aTransition_hasTheTransitionCode() {
        assertThat(new IllegalTransitionException("referral.status", "completed", "accepted").code())
                .isEqualTo(ModelIssueCode.TRANSITION_ILLEGAL);
    }

    @Test
    void aLimit_hasTheLimitCode() {
        assertThat(new InputLimitException(InputLimit.DEPTH, 128, "$.a").code()).isEqualTo(ModelIssueCode.INPUT_LIMIT);
    }

    @Test
    void json_hasTheJsonRulesCode() {
        SpException e = catchThrowableOfType(SpException.class, () -> SpJson.parse("{", Person.class));
        assertThat(e.code()).isEqualTo(ModelIssueCode.JSON_MALFORMED);
    }
}
