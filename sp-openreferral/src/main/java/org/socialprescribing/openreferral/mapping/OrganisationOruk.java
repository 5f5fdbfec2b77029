package org.socialprescribing.openreferral.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.socialprescribing.model.InvalidIdentifierException;
import org.socialprescribing.model.id.CharityNumber;
import org.socialprescribing.model.id.CompanyNumber;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.org.VcseOrganisationType;
import org.socialprescribing.openreferral.OrukIssueCode;
import org.socialprescribing.openreferral.OrukOrganization;
import org.socialprescribing.openreferral.OrukOrganizationIdentifier;
import org.socialprescribing.openreferral.OrukPhone;

/**
 * ORUK {@code organization} and SDK {@link VcseOrganisation}.
 *
 * <p>Identifiers follow org-id.guide: {@code GB-CHC}, {@code GB-SC} and {@code GB-NIC} are charity numbers of the
 * three UK registers, {@code GB-COH} Companies House numbers; the first valid one of each kind is the SDK's. ORUK
 * does not say what form an organisation has: the type is an attribute in the SDK's {@code vcse-organisation-type}
 * code system when the record has one, else {@code registered_charity} for an organisation with a charity number
 * (only a charity on a register has one) and {@code other} for the rest. The phone is the first of the HSDS 3.0
 * core {@code phones}. Income, size band, footprint and ODS code have no ORUK property.
 */
final class OrganisationOruk {

    private static final String COMPANY_SCHEME = "GB-COH";

    private OrganisationOruk() {}

    static VcseOrganisation get(OrukOrganization organization, Issues issues) {
        Optional<CharityNumber> charity = first(organization, OrganisationOruk::charity, issues, "charity");
        Optional<CompanyNumber> company = first(organization, OrganisationOruk::company, issues, "company");
        Optional<VcseOrganisationType> explicit =
                Attributes.read(organization.attributes(), VcseOrganisationType.class).stream()
                        .findFirst();
        VcseOrganisationType type = explicit.orElseGet(() -> {
            VcseOrganisationType derived = derivedType(charity);
            issues.add(
                    OrukIssueCode.ORGANISATION_TYPE_DERIVED,
                    "ORUK does not give an organisation's form: '" + derived.code() + "' is "
                            + (charity.isPresent() ? "derived from its charity number" : "assumed"));
            return derived;
        });
        return VcseOrganisation.builder()
                .directoryId(organization.id())
                .name(organization.name())
                .type(type)
                .description(Optional.of(organization.description()).filter(text -> !text.isEmpty()))
                .website(organization.website().flatMap(text -> Values.uri(text, issues.at("website"))))
                .email(organization.email())
                .telephone(organization.phones().stream().map(OrukPhone::number).findFirst())
                .charityNumber(charity)
                .companyNumber(company)
                .build();
    }

    static OrukOrganization put(VcseOrganisation value, Optional<OrukOrganization> original, Writing writing) {
        OrukOrganization out = original.orElseGet(() -> OrukOrganization.builder()
                .id(value.directoryId().orElseGet(writing::newId))
                .name(value.name())
                .description("")
                .build());
        VcseOrganisation image = get(out, Issues.discarding());
        if (value.equals(image)) {
            return out;
        }
        if (value.directoryId().isPresent() && !value.directoryId().equals(image.directoryId())) {
            out = out.withId(value.directoryId().get());
        }
        out = out.withName(value.name()).withDescription(value.description().orElse(""));
        if (value.description().isEmpty()) {
            writing.issues()
                    .at("description")
                    .add(
                            OrukIssueCode.REQUIRED_WRITTEN_EMPTY,
                            "ORUK requires an organization's description: written empty");
        }
        if (!value.website().equals(image.website())) {
            out = clear(out, "website")
                    .withWebsite(value.website()
                            .flatMap(uri ->
                                    Values.absoluteUri(uri, writing.issues().at("website"))));
        }
        if (!value.email().equals(image.email())) {
            out = clear(out, "email").withEmail(value.email());
        }
        if (!value.telephone().equals(image.telephone())) {
            List<OrukPhone> phones = new ArrayList<>(out.phones());
            if (value.telephone().isEmpty()) {
                phones.clear();
            } else {
                Optional<OrukPhone> firstPhone = phones.isEmpty() ? Optional.empty() : Optional.of(phones.get(0));
                OrukPhone phone = PhoneOruk.put(value.telephone().get(), firstPhone, writing);
                if (firstPhone.isPresent()) {
                    phones.set(0, phone);
                } else {
                    phones.add(phone);
                }
            }
            out = clear(out, "phones").withPhones(phones);
        }
        if (!value.charityNumber().equals(image.charityNumber())) {
            out = putIdentifier(
                    out,
                    value.charityNumber().map(OrganisationOruk::identifier),
                    identifier ->
                            charity(identifier).flatMap(parsed -> parsed.value).isPresent(),
                    writing);
        }
        if (!value.companyNumber().equals(image.companyNumber())) {
            out = putIdentifier(
                    out,
                    value.companyNumber().map(OrganisationOruk::identifier),
                    identifier ->
                            company(identifier).flatMap(parsed -> parsed.value).isPresent(),
                    writing);
        }
        VcseOrganisationType now = get(out, Issues.discarding()).type();
        if (value.type() != now) {
            VcseOrganisationType derived = derivedType(value.charityNumber());
            List<VcseOrganisationType> explicit = value.type() == derived ? List.of() : List.of(value.type());
            out = clear(out, "attributes")
                    .withAttributes(
                            Attributes.put(explicit, out.attributes(), VcseOrganisationType.class, writing.at("type")));
        }
        reportNotExported(value, writing.issues());
        return out;
    }

    private static VcseOrganisationType derivedType(Optional<CharityNumber> charity) {
        return charity.isPresent() ? VcseOrganisationType.REGISTERED_CHARITY : VcseOrganisationType.OTHER;
    }

    private static void reportNotExported(VcseOrganisation value, Issues issues) {
        value.annualIncomeGbp().ifPresent(income -> notExported(issues, "annualIncomeGbp"));
        value.sizeBand().ifPresent(band -> notExported(issues, "sizeBand"));
        value.footprint().ifPresent(footprint -> notExported(issues, "footprint"));
        value.odsCode().ifPresent(code -> notExported(issues, "odsCode"));
    }

    private static void notExported(Issues issues, String field) {
        issues.at(field).add(OrukIssueCode.NOT_EXPORTED, "Open Referral UK has no such property: not written");
    }

    /** The first valid identifier of a kind; the others of that kind are reported. */
    private static <T> Optional<T> first(
            OrukOrganization organization,
            Function<OrukOrganizationIdentifier, Optional<Parsed<T>>> kind,
            Issues issues,
            String what) {
        Optional<T> first = Optional.empty();
        List<OrukOrganizationIdentifier> identifiers = organization.organizationIdentifiers();
        for (int i = 0; i < identifiers.size(); i++) {
            Optional<Parsed<T>> parsed = kind.apply(identifiers.get(i));
            if (parsed.isEmpty()) {
                continue;
            }
            Issues at = issues.at("organization_identifiers", i).at("identifier");
            if (parsed.get().value.isEmpty()) {
                at.add(OrukIssueCode.IDENTIFIER_INVALID, parsed.get().problem + ": kept as it is");
            } else if (first.isPresent()) {
                at.add(
                        OrukIssueCode.IDENTIFIER_NOT_HELD,
                        "the SDK holds one " + what + " number, the first: kept as it is");
            } else {
                first = parsed.get().value;
            }
        }
        return first;
    }

    private static OrukOrganization putIdentifier(
            OrukOrganization out,
            Optional<Wanted> wanted,
            Predicate<OrukOrganizationIdentifier> ofKind,
            Writing writing) {
        List<OrukOrganizationIdentifier> identifiers = new ArrayList<>(out.organizationIdentifiers());
        int first = -1;
        for (int i = identifiers.size() - 1; i >= 0; i--) {
            if (ofKind.test(identifiers.get(i))) {
                first = i;
                if (wanted.isEmpty()) {
                    identifiers.remove(i);
                }
            }
        }
        if (wanted.isPresent()) {
            Wanted identifier = wanted.get();
            if (first >= 0) {
                identifiers.set(
                        first,
                        identifiers
                                .get(first)
                                .withIdentifierScheme(identifier.scheme)
                                .withIdentifier(identifier.identifier));
            } else {
                identifiers.add(OrukOrganizationIdentifier.builder()
                        .id(writing.newId())
                        .identifierScheme(identifier.scheme)
                        .identifierType(identifier.type)
                        .identifier(identifier.identifier)
                        .build());
            }
        }
        return clear(out, "organization_identifiers").withOrganizationIdentifiers(identifiers);
    }

    /** The org-id form less its scheme: {@code 1090095}, {@code SC042386}, {@code 100019} (no NIC). */
    private static Wanted identifier(CharityNumber number) {
        String scheme = number.register().orgIdScheme();
        return new Wanted(scheme, "Charity number", number.orgId().substring(scheme.length() + 1));
    }

    private static Wanted identifier(CompanyNumber number) {
        return new Wanted(COMPANY_SCHEME, "Company number", number.value());
    }

    /** @return empty if the identifier is not a charity number's; else the number, or the problem with it */
    private static Optional<Parsed<CharityNumber>> charity(OrukOrganizationIdentifier identifier) {
        Optional<CharityNumber.Register> register = identifier
                .identifierScheme()
                .flatMap(scheme -> {
                    for (CharityNumber.Register candidate : CharityNumber.Register.values()) {
                        if (candidate.orgIdScheme().equalsIgnoreCase(scheme.strip())) {
                            return Optional.of(candidate);
                        }
                    }
                    return Optional.empty();
                });
        if (register.isEmpty()) {
            return Optional.empty();
        }
        String number = withoutScheme(identifier.identifier(), register.get().orgIdScheme());
        try {
            return Optional.of(Parsed.of(CharityNumber.of(register.get(), number)));
        } catch (InvalidIdentifierException e) {
            return Optional.of(Parsed.invalid(e.getMessage()));
        }
    }

    private static Optional<Parsed<CompanyNumber>> company(OrukOrganizationIdentifier identifier) {
        if (!identifier
                .identifierScheme()
                .filter(scheme -> scheme.strip().equalsIgnoreCase(COMPANY_SCHEME))
                .isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Parsed.of(CompanyNumber.parse(identifier.identifier())));
        } catch (InvalidIdentifierException e) {
            return Optional.of(Parsed.invalid(e.getMessage()));
        }
    }

    /** An identifier may be written in its full org-id form, {@code GB-CHC-1090095}. */
    private static String withoutScheme(String identifier, String scheme) {
        String compact = identifier.strip();
        return compact.regionMatches(true, 0, scheme + "-", 0, scheme.length() + 1)
                ? compact.substring(scheme.length() + 1)
                : compact;
    }

    private static OrukOrganization clear(OrukOrganization organization, String property) {
        return Records.clear(organization, property, OrukOrganization::withExtensions);
    }

    /** An identifier to write: scheme, type in words, and the identifier. */
    private static final class Wanted {
        final String scheme;
        final String type;
        final String identifier;

        Wanted(String scheme, String type, String identifier) {
            this.scheme = scheme;
            this.type = type;
            this.identifier = identifier;
        }
    }

    /** An identifier of a kind: its value, or why it is invalid. */
    private static final class Parsed<T> {
        final Optional<T> value;
        final String problem;

        private Parsed(Optional<T> value, String problem) {
            this.value = value;
            this.problem = problem;
        }

        static <T> Parsed<T> of(T value) {
            return new Parsed<>(Optional.of(value), "");
        }

        static <T> Parsed<T> invalid(String problem) {
            return new Parsed<>(Optional.empty(), problem);
        }
    }
}
