package org.socialprescribing.openreferral.mapping;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.OrukLanguage;

/**
 * An ORUK {@code language} as the SDK holds one: a BCP 47 tag, from the HSDS 3.0 core {@code code}. The UK
 * profile keeps only a language's ids; such a language, and one known only by {@code name}, stays only in ORUK
 * form (turning names into codes would need a table no source here gives).
 */
final class LanguageOruk {

    private LanguageOruk() {}

    static Optional<String> get(OrukLanguage language, Issues issues) {
        if (language.code().filter(code -> !code.isBlank()).isEmpty()) {
            issues.add(OrukIssueCode.LANGUAGE_NOT_CODED, "has no code: kept as it is");
            return Optional.empty();
        }
        String code = language.code().get();
        try {
            return Optional.of(new Locale.Builder().setLanguageTag(code).build().toLanguageTag());
        } catch (IllformedLocaleException e) {
            issues.at("code").add(OrukIssueCode.LANGUAGE_CODE_INVALID, "'" + code + "' is not a BCP 47 language tag");
            return Optional.empty();
        }
    }

    static OrukLanguage put(String tag, Optional<OrukLanguage> original, Writing writing) {
        OrukLanguage out = original.orElseGet(
                () -> OrukLanguage.builder().id(writing.newId()).build());
        return Records.clear(out, "code", OrukLanguage::withExtensions).withCode(tag);
    }
}
