package org.socialprescribing.testkit;

import static org.socialprescribing.testkit.Values.dates;
import static org.socialprescribing.testkit.Values.decimals;
import static org.socialprescribing.testkit.Values.nhsNumbers;
import static org.socialprescribing.testkit.Values.odsCodes;
import static org.socialprescribing.testkit.Values.postcodes;
import static org.socialprescribing.testkit.Values.some;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.socialprescribing.model.coding.CodedConcept;
import org.socialprescribing.model.id.DeprivationIndex;
import org.socialprescribing.model.id.ImdDecile;
import org.socialprescribing.model.org.Footprint;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.IntegratedCareBoard;
import org.socialprescribing.model.org.LocalAuthority;
import org.socialprescribing.model.org.OrganisationRef;
import org.socialprescribing.model.org.PrimaryCareNetwork;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.org.VcseOrganisationType;
import org.socialprescribing.model.person.BirthSex;
import org.socialprescribing.model.person.EthnicCategory;
import org.socialprescribing.model.person.GenderIdentity;
import org.socialprescribing.model.person.Person;
import org.socialprescribing.model.person.PersonName;
import org.socialprescribing.model.person.StatedGender;
import org.socialprescribing.model.workforce.EmploymentModel;
import org.socialprescribing.model.workforce.LinkWorkerRole;
import org.socialprescribing.model.workforce.PersonalisedCareRole;
import org.socialprescribing.model.workforce.PersonalisedCareRoleType;
import org.socialprescribing.model.workforce.ProfessionalRef;
import org.socialprescribing.model.workforce.ReportedCaseload;

/** People, professionals and organisations. */
final class Parties {

    private final Values values;
    private final Completeness completeness;
    // Built once (see Values): most sections of an episode name professionals and organisations.
    private final Arbitrary<OrganisationRef> organisationRefs;
    private final Arbitrary<ProfessionalRef> professionals;
    private final Arbitrary<GpPractice> gpPractices;

    Parties(Values values, Completeness completeness) {
        this.values = values;
        this.completeness = completeness;
        this.organisationRefs = newOrganisationRefs();
        this.professionals = newProfessionals();
        this.gpPractices = newGpPractices();
    }

    /** Names with a family name and given names; as referred, the given names or the family name may be missing. */
    Arbitrary<PersonName> names() {
        boolean complete = completeness == Completeness.NATIONAL_DATASET;
        return Combinators.combine(
                        completeness.needed(values.text(), 0.9),
                        values.text().list().ofMinSize(complete ? 1 : 0).ofMaxSize(3),
                        values.text().optional())
                .as((family, given, prefix) -> PersonName.builder()
                        .familyName(given.isEmpty() && family.isEmpty() ? Optional.of("Family") : family)
                        .addAllGivenNames(given)
                        .prefix(prefix)
                        .build());
    }

    Arbitrary<Person> persons() {
        boolean complete = completeness == Completeness.NATIONAL_DATASET;
        return Builders.withBuilder(Person::builder)
                .use(completeness.needed(nhsNumbers(), 0.8))
                .in((b, nhs) -> b.nhsNumber(nhs))
                .use(completeness.needed(names(), 0.9))
                .in((b, name) -> b.name(name))
                .use(completeness.needed(dates(), 0.95))
                .in((b, date) -> b.birthDate(date))
                .use(Arbitraries.of(BirthSex.class).optional())
                .in((b, sex) -> b.sexAtBirth(sex))
                .use(completeness.needed(Arbitraries.of(StatedGender.class), 0.95))
                .in((b, gender) -> b.statedGender(gender))
                .use(Arbitraries.of(GenderIdentity.class).optional())
                .in((b, identity) -> b.genderIdentity(identity))
                .use(completeness.needed(Arbitraries.of(EthnicCategory.class), 0.95))
                .in((b, category) -> b.ethnicCategory(category))
                // As referred, sometimes a Welsh category instead (UK Core's other system), kept coded with its system.
                .use(
                        complete
                                ? Arbitraries.just(Optional.<String>empty())
                                : Arbitraries.of("A", "B", "T", "Z").optional(0.1))
                .in((b, code) -> code.isEmpty()
                        ? b
                        : b.ethnicCategory(Optional.empty())
                                .otherEthnicCategory(CodedConcept.of(EthnicCategory.WALES_FHIR_SYSTEM, code.get())))
                .use(postcodes().optional())
                .in((b, postcode) -> b.postcode(postcode))
                .use(Arbitraries.of("en", "pa-IN", "pl", "cy", "bfi").optional())
                .in((b, language) -> b.preferredLanguage(language))
                .use(Arbitraries.of(true, false).optional())
                .in((b, flag) -> b.interpreterNeeded(flag))
                .use(values.text().list().ofMaxSize(3))
                .in((b, needs) -> b.addAllAccessibilityNeeds(needs))
                .use(Combinators.combine(
                                Arbitraries.of(DeprivationIndex.class),
                                Arbitraries.integers().between(1, 10))
                        .as(ImdDecile::of)
                        .optional())
                .in((b, decile) -> b.imdDecile(decile))
                .use(Arbitraries.of(true, false).optional())
                .in((b, flag) -> b.disability(flag))
                .use(Arbitraries.of(true, false).optional())
                .in((b, flag) -> b.homeless(flag))
                .use(Arbitraries.of(true, false).optional())
                .in((b, flag) -> b.carer(flag))
                .build(Person.Builder::build);
    }

    /** References by ODS code, by name or both. */
    Arbitrary<OrganisationRef> organisationRefs() {
        return organisationRefs;
    }

    private Arbitrary<OrganisationRef> newOrganisationRefs() {
        return Combinators.combine(odsCodes().optional(), values.text().optional())
                .filter((ods, name) -> ods.isPresent() || name.isPresent())
                .as((ods, name) ->
                        OrganisationRef.builder().odsCode(ods).name(name).build());
    }

    Arbitrary<GpPractice> gpPractices() {
        return gpPractices;
    }

    private Arbitrary<GpPractice> newGpPractices() {
        return Combinators.combine(
                        odsCodes(), values.text().optional(), postcodes().optional())
                .as((ods, name, postcode) -> GpPractice.builder()
                        .odsCode(ods)
                        .name(name)
                        .postcode(postcode)
                        .build());
    }

    /** Professionals with any of their items; each has at least the name, role, team, service or organisation. */
    Arbitrary<ProfessionalRef> professionals() {
        return professionals;
    }

    private Arbitrary<ProfessionalRef> newProfessionals() {
        return Builders.withBuilder(ProfessionalRef::builder)
                .use(values.text().optional())
                .in((b, name) -> b.name(name))
                .use(values.codedTexts().optional())
                .in((b, role) -> b.role(role))
                .use(values.text().optional())
                .in((b, grade) -> b.grade(grade))
                .use(values.text().optional())
                .in((b, team) -> b.team(team))
                .use(values.codedTexts().optional())
                .in((b, specialty) -> b.specialty(specialty))
                .use(values.codedTexts().optional())
                .in((b, service) -> b.service(service))
                .use(organisationRefs().optional())
                .in((b, organisation) -> b.organisation(organisation))
                .use(values.text().optional())
                .in((b, contact) -> b.contact(contact))
                // A ProfessionalRef needs a name, role, team, service or organisation; random ones may have none.
                .build(b -> Values.ifValid(b::build))
                .filter(Optional::isPresent)
                .map(Optional::get);
    }

    Arbitrary<VcseOrganisation> vcseOrganisations() {
        return Builders.withBuilder(VcseOrganisation::builder)
                .use(values.text().optional())
                .in((b, id) -> b.directoryId(id))
                .use(values.text())
                .in((b, name) -> b.name(name))
                .use(Arbitraries.of(VcseOrganisationType.class))
                .in((b, type) -> b.type(type))
                .use(values.text().optional())
                .in((b, description) -> b.description(description))
                .use(decimals(0, 5_000_000).optional())
                .in((b, income) -> b.annualIncomeGbp(income))
                .use(values.codedTexts().optional())
                .in((b, band) -> b.sizeBand(band))
                .use(Arbitraries.of(Footprint.class).optional())
                .in((b, footprint) -> b.footprint(footprint))
                .use(odsCodes().optional())
                .in((b, ods) -> b.odsCode(ods))
                .use(Values.charityNumbers().optional())
                .in((b, number) -> b.charityNumber(number))
                .use(Values.companyNumbers().optional())
                .in((b, number) -> b.companyNumber(number))
                .use(Values.uris().optional())
                .in((b, website) -> b.website(website))
                .use(values.text().optional())
                .in((b, email) -> b.email(email))
                .use(values.text().optional())
                .in((b, phone) -> b.telephone(phone))
                .build(VcseOrganisation.Builder::build);
    }

    Arbitrary<PrimaryCareNetwork> primaryCareNetworks() {
        return Combinators.combine(
                        odsCodes(),
                        values.text(),
                        gpPractices().list().ofMaxSize(3).uniqueElements(GpPractice::odsCode),
                        odsCodes().optional())
                .as((ods, name, practices, icb) -> PrimaryCareNetwork.builder()
                        .odsCode(ods)
                        .name(name)
                        .addAllMemberPractices(practices)
                        .icbOdsCode(icb)
                        .build());
    }

    Arbitrary<IntegratedCareBoard> integratedCareBoards() {
        return Combinators.combine(odsCodes(), values.text()).as(IntegratedCareBoard::of);
    }

    Arbitrary<LocalAuthority> localAuthorities() {
        return Combinators.combine(values.text(), odsCodes().optional())
                .as((name, ods) ->
                        LocalAuthority.builder().name(name).odsCode(ods).build());
    }

    Arbitrary<PersonalisedCareRole> careRoles() {
        return Combinators.combine(
                        Arbitraries.of(PersonalisedCareRoleType.class),
                        values.text().optional())
                .as((type, title) -> title.map(t -> PersonalisedCareRole.of(type, t))
                        .orElseGet(() -> PersonalisedCareRole.of(type)));
    }

    Arbitrary<LinkWorkerRole> linkWorkerRoles() {
        Arbitrary<ReportedCaseload> caseloads = Combinators.combine(
                        Arbitraries.integers().between(0, 500),
                        dates(),
                        Arbitraries.integers().between(0, 400))
                .as((people, from, days) -> ReportedCaseload.of(people, from, from.plusDays(days)));
        return Builders.withBuilder(LinkWorkerRole::builder)
                .use(values.text().optional())
                .in((b, title) ->
                        b.role(title.map(t -> PersonalisedCareRole.of(PersonalisedCareRoleType.LINK_WORKER, t))
                                .orElseGet(() -> PersonalisedCareRole.of(PersonalisedCareRoleType.LINK_WORKER))))
                .use(organisationRefs())
                .in((b, employer) -> b.employer(employer))
                .use(Arbitraries.of(EmploymentModel.class))
                .in((b, model) -> b.employmentModel(model))
                .use(some(values.codedTexts()))
                .in((b, focus) -> b.addAllPopulationFocus(focus))
                .use(Arbitraries.bigDecimals()
                        .between(new BigDecimal("0.01"), BigDecimal.ONE)
                        .ofScale(2))
                .in((b, fte) -> b.fte(fte))
                .use(some(odsCodes()))
                .in((b, pcns) -> b.addAllPcnsServed(pcns))
                .use(caseloads.optional())
                .in((b, caseload) -> b.reportedCaseload(caseload))
                .build(LinkWorkerRole.Builder::build);
    }
}
