package org.socialprescribing.fhir.mapping.internal;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.socialprescribing.model.coding.CodedText;
import org.socialprescribing.model.episode.Referrer;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.workforce.ProfessionalRef;

/**
 * What the PRSB standard records about a professional: name, role, grade, team, specialty, service, organisation
 * and contact. A {@link ProfessionalRef} and a {@link Referrer} both have this shape, and both map to one {@code
 * PractitionerRole}; equal fields share one resource in a Bundle.
 */
final class ProfessionalFields {

    private final Optional<String> name;
    private final Optional<CodedText> role;
    private final Optional<String> grade;
    private final Optional<String> team;
    private final Optional<CodedText> specialty;
    private final Optional<CodedText> service;
    private final Optional<OrganisationRef> organisation;
    private final Optional<String> contact;

    ProfessionalFields(
            Optional<String> name,
            Optional<CodedText> role,
            Optional<String> grade,
            Optional<String> team,
            Optional<CodedText> specialty,
            Optional<CodedText> service,
            Optional<OrganisationRef> organisation,
            Optional<String> contact) {
        this.name = name;
        this.role = role;
        this.grade = grade;
        this.team = team;
        this.specialty = specialty;
        this.service = service;
        this.organisation = organisation;
        this.contact = contact;
    }

    static ProfessionalFields of(ProfessionalRef ref) {
        return new ProfessionalFields(
                ref.name(),
                ref.role(),
                ref.grade(),
                ref.team(),
                ref.specialty(),
                ref.service(),
                ref.organisation(),
                ref.contact());
    }

    static ProfessionalFields of(Referrer referrer) {
        return new ProfessionalFields(
                referrer.name(),
                referrer.role(),
                referrer.grade(),
                referrer.team(),
                referrer.specialty(),
                referrer.service(),
                referrer.organisation(),
                referrer.contact());
    }

    ProfessionalRef toProfessionalRef() {
        return ProfessionalRef.builder()
                .name(name)
                .role(role)
                .grade(grade)
                .team(team)
                .specialty(specialty)
                .service(service)
                .organisation(organisation)
                .contact(contact)
                .build();
    }

    /**
     * The fields as a referrer. PRSB's mandatory referrer items (name, service, organisation, contact) may be
     * absent: completeness is checked by validation, not by the mapping.
     *
     * @return the referrer
     */
    Referrer toReferrer() {
        return Referrer.builder()
                .name(name)
                .service(service)
                .organisation(organisation)
                .contact(contact)
                .role(role)
                .grade(grade)
                .team(team)
                .specialty(specialty)
                .build();
    }

    Optional<String> name() {
        return name;
    }

    Optional<CodedText> role() {
        return role;
    }

    Optional<String> grade() {
        return grade;
    }

    Optional<String> team() {
        return team;
    }

    Optional<CodedText> specialty() {
        return specialty;
    }

    Optional<CodedText> service() {
        return service;
    }

    Optional<OrganisationRef> organisation() {
        return organisation;
    }

    Optional<String> contact() {
        return contact;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProfessionalFields)) {
            return false;
        }
        ProfessionalFields that = (ProfessionalFields) other;
        return name.equals(that.name)
                && role.equals(that.role)
                && grade.equals(that.grade)
                && team.equals(that.team)
                && specialty.equals(that.specialty)
                && service.equals(that.service)
                && organisation.equals(that.organisation)
                && contact.equals(that.contact);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, role, grade, team, specialty, service, organisation, contact);
    }
}
