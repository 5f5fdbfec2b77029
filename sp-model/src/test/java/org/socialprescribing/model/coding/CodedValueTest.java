package org.socialprescribing.model.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.episode.ActionStatus;
import org.socialprescribing.model.episode.ConsentBasis;
import org.socialprescribing.model.episode.ConsentPurpose;
import org.socialprescribing.model.episode.GoalStatus;
import org.socialprescribing.model.episode.OnwardReferralStatus;
import org.socialprescribing.model.episode.ReferralMethod;
import org.socialprescribing.model.episode.ReferralSource;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.Urgency;
import org.socialprescribing.model.org.Footprint;
import org.socialprescribing.model.org.VcseOrganisationType;
import org.socialprescribing.model.service.DeliveryMode;
import org.socialprescribing.model.service.ReferralRoute;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.service.ServiceStatus;
import org.socialprescribing.model.workforce.EmploymentModel;
import org.socialprescribing.model.workforce.PersonalisedCareRoleType;

/** Every SDK vocabulary: lower-case codes that round-trip, one code system each, all under the one base. */
class CodedValueTest {

    static Stream<Class<? extends CodedValue>> vocabularies() {
        return Stream.of(
                ReferralStatus.class,
                OnwardReferralStatus.class,
                ReferralSource.class,
                ReferralMethod.class,
                Urgency.class,
                ConsentBasis.class,
                ConsentPurpose.class,
                GoalStatus.class,
                ActionStatus.class,
                VcseOrganisationType.class,
                Footprint.class,
                PersonalisedCareRoleType.class,
                EmploymentModel.class,
                ServiceCategory.class,
                DeliveryMode.class,
                ReferralRoute.class,
                ServiceStatus.class);
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void everyConstant_hasALowerCaseCodeThatRoundTrips(Class<? extends CodedValue> vocabulary) {
        for (CodedValue constant : vocabulary.getEnumConstants()) {
            assertThat(constant.code()).isEqualTo(constant.name().toLowerCase(Locale.ROOT));
            assertThat(lookUp(vocabulary, constant.code())).isSameAs(constant);
            assertThat(constant.display()).isNotBlank();
            CodedConcept concept = constant.toConcept();
            assertThat(concept.system()).startsWith(CodeSystems.SDK_BASE).isEqualTo(constant.system());
        }
    }

    @Test
    void everyVocabulary_hasItsOwnCodeSystem_andEverySystemIsUsed() throws IllegalAccessException {
        List<String> systems = vocabularies()
                .map(vocabulary -> vocabulary.getEnumConstants()[0].system())
                .collect(Collectors.toList());
        assertThat(systems).doesNotHaveDuplicates();
        List<String> declared = new ArrayList<>();
        for (java.lang.reflect.Field field : CodeSystems.class.getFields()) {
            String value = (String) field.get(null);
            if (value.startsWith(CodeSystems.SDK_BASE) && !value.equals(CodeSystems.SDK_BASE)) {
                declared.add(value);
            }
        }
        assertThat(systems).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Property(tries = 300)
    void fromCode_givesAConstantOrOnlyInvalidValue(@ForAll String code) {
        boolean known =
                Arrays.stream(ReferralStatus.values()).anyMatch(s -> s.code().equals(code));
        if (known) {
            assertThat(CodedValue.fromCode(ReferralStatus.class, code).code()).isEqualTo(code);
        } else {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> CodedValue.fromCode(ReferralStatus.class, code))
                    .withMessageContaining("is not a code of ReferralStatus");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // the vocabularies are enums; the test enumerates them untyped
    private static CodedValue lookUp(Class<? extends CodedValue> vocabulary, String code) {
        return (CodedValue) CodedValue.fromCode((Class) vocabulary, code);
    }
}
