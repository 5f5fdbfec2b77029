package org.socialprescribing.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MetadataResource;
import org.socialprescribing.fhir.SpFhir;
import org.socialprescribing.fhir.mapping.EpisodeBundles;
import org.socialprescribing.fhir.mapping.MessageBack;
import org.socialprescribing.fhir.mapping.ReferralMessages;
import org.socialprescribing.fhir.questionnaire.InstrumentCodeSystems;
import org.socialprescribing.fhir.questionnaire.InstrumentQuestionnaires;
import org.socialprescribing.fhir.questionnaire.OutcomeMeasurementMapper;
import org.socialprescribing.fhir.validation.FhirValidation;
import org.socialprescribing.measures.change.ChangeThreshold;
import org.socialprescribing.measures.change.CohortSummary;
import org.socialprescribing.measures.change.Cohorts;
import org.socialprescribing.measures.change.PersonChange;
import org.socialprescribing.measures.star.StarDefinition;
import org.socialprescribing.measures.star.StarDefinitions;
import org.socialprescribing.measures.star.StarProgress;
import org.socialprescribing.measures.star.StarReading;
import org.socialprescribing.model.ValidationReport;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.ReferralStatus;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.json.SpJson;
import org.socialprescribing.model.measure.OutcomeMeasurement;
import org.socialprescribing.model.measure.ScoreResult;
import org.socialprescribing.model.measure.Timepoint;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.service.DeliveryMode;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.service.ServiceCategory;
import org.socialprescribing.model.service.ServiceDirectory;
import org.socialprescribing.model.service.ServiceQuery;
import org.socialprescribing.model.validation.CompleteForNationalDataset;
import org.socialprescribing.model.validation.SpValidator;
import org.socialprescribing.openreferral.OrukJson;
import org.socialprescribing.openreferral.OrukPage;
import org.socialprescribing.openreferral.OrukService;
import org.socialprescribing.openreferral.mapping.MappedDirectory;
import org.socialprescribing.openreferral.mapping.OrukMapper;
import org.socialprescribing.report.DemandLedger;
import org.socialprescribing.report.FundingFlow;
import org.socialprescribing.report.FundingFlows;
import org.socialprescribing.report.FundingRecipient;
import org.socialprescribing.report.FundingSource;
import org.socialprescribing.report.Ledger;
import org.socialprescribing.report.html.HtmlReports;
import org.socialprescribing.report.table.ReportJson;
import org.socialprescribing.report.table.ReportTable;
import org.socialprescribing.report.table.SumSuppression;
import org.socialprescribing.testkit.SyntheticCohort;

/**
 * The steps of {@code sp demo}: build a synthetic PCN, link worker and cohort, score their questionnaires, summarise
 * change, and write everything to a folder. Each step prints a short, readable account to {@code out}.
 */
public final class DemoTour {

    /** The demo's unit cost where a service declares no cost option: an invented figure, not a benchmark. */
    private static final BigDecimal DEMO_UNIT_COST = new BigDecimal("12.00");
    /** The demo's suppression threshold: illustrative only (no source sets one for social prescribing). */
    private static final int DEMO_MINIMUM = 3;

    private final PrintWriter out;
    private final Path folder;
    private final BiConsumer<Path, String> files;
    private final List<String> written = new ArrayList<>();

    /**
     * Creates a tour.
     *
     * @param out where the account goes, not null
     * @param folder where the files go (created if missing), not null
     * @param files writes one file (creating its folder), safely, or fails naming it; not null
     */
    public DemoTour(PrintWriter out, Path folder, BiConsumer<Path, String> files) {
        this.out = out;
        this.folder = folder;
        this.files = files;
    }

    /**
     * Runs every step.
     *
     * @throws UncheckedIOException if a file cannot be written
     */
    public void run() {
        StarDefinition star = demoStar();
        SyntheticCohort cohort = SyntheticCohort.withStar(star);
        List<SyntheticCohort.Case> cases = cohort.cases();

        heading("1. A primary care network and its link worker");
        out.printf(
                "   %s (%s) with practices %s%n",
                cohort.pcn().name(),
                cohort.pcn().odsCode().value(),
                cohort.pcn().memberPractices().stream()
                        .map(p -> p.odsCode().value())
                        .collect(Collectors.joining(", ")));
        out.printf(
                "   Link worker: %s (%s), employed by %s; appointment model: %s%n",
                cohort.linkWorker().name().orElse("-"),
                cohort.linkWorkerRole().role().localTitle().orElse("link worker"),
                cohort.linkWorkerRole().employer().name().orElse("-"),
                cohort.linkWorkerRole().employmentModel().display());

        heading("2. A directory of local VCSE services (Open Referral UK)");
        directoryStep(cases.get(0));

        heading("3. Referrals and their journeys");
        Map<ReferralStatus, Long> byStatus = cases.stream()
                .collect(Collectors.groupingBy(
                        c -> c.episode().journey().status(),
                        () -> new EnumMap<>(ReferralStatus.class),
                        Collectors.counting()));
        out.printf(
                "   %d people referred by their GPs; where their journeys are now: %s%n",
                cases.size(),
                byStatus.entrySet().stream()
                        .map(e -> e.getKey().code() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
        SyntheticCohort.Case first = cases.get(0);
        out.printf("   %s: %s%n", first.episode().person(), journeyLine(first));
        completenessLine(cases);
        for (SyntheticCohort.Case each : cases) {
            write("episodes/" + each.episode().episodeId().orElseThrow() + ".json", SpJson.write(each.episode()));
        }

        heading("4. Scores at baseline and discharge");
        StringBuilder csv = new StringBuilder("episode,instrument,timepoint,date,status,component,value,band\n");
        for (SyntheticCohort.Case each : cases) {
            for (OutcomeMeasurement m : each.measurements()) {
                m.score().ifPresent(score -> appendScore(csv, each, m, score));
            }
        }
        write("scores.csv", csv.toString());
        long scored = cases.stream()
                .flatMap(c -> c.measurements().stream())
                .filter(m -> m.score().isPresent())
                .count();
        out.printf(
                "   %d questionnaires scored (ONS4, SWEMWBS); every score carries its scoring-rule version%n", scored);

        heading("5. What changed");
        List<PersonChange> swemwbs =
                changes(cases, "swemwbs", "metric", Optional.of(ChangeThreshold.SWEMWBS_SHAH_2018_METRIC));
        CohortSummary summary = Cohorts.summarise(swemwbs);
        out.printf(
                "   SWEMWBS (metric), n=%d: mean %.2f -> %.2f, change %+.2f (95%% CI %s), d_z %s%n",
                summary.n(),
                summary.baselineMean(),
                summary.followUpMean(),
                summary.meanChange(),
                summary.meanChangeCi()
                        .map(ci -> String.format(Locale.ROOT, "%.2f to %.2f", ci.lower(), ci.upper()))
                        .orElse("n/a"),
                summary.effectSizeDz().isPresent()
                        ? String.format(
                                Locale.ROOT, "%.2f", summary.effectSizeDz().getAsDouble())
                        : "n/a");
        out.printf(
                "   Meaningful change (%s): %d improved, %d unchanged, %d deteriorated%n",
                ChangeThreshold.SWEMWBS_SHAH_2018_METRIC.source().citation(),
                summary.improved(),
                summary.unchanged(),
                summary.deteriorated());
        List<PersonChange> life = changes(cases, "ons4", "life_satisfaction", Optional.empty());
        CohortSummary lifeSummary = Cohorts.summarise(life);
        out.printf(
                "   ONS4 life satisfaction: mean %.2f -> %.2f; band moves %s%n",
                lifeSummary.baselineMean(),
                lifeSummary.followUpMean(),
                lifeSummary.bandTransitions().stream()
                        .map(t -> t.from() + "->" + t.to() + " x" + t.count())
                        .collect(Collectors.joining(", ")));
        starStep(star, cases);

        heading("6. FHIR R4: a transaction Bundle per episode, validated offline");
        fhirStep(star, cases);

        heading("7. Demand on VCSE services, funding, and reports to look at");
        reportsStep(star, cohort, cases);

        heading("Files");
        out.printf(
                "   %d files written to %s%n",
                written.size(), folder.toAbsolutePath().normalize());
        out.flush();
    }

    private void fhirStep(StarDefinition star, List<SyntheticCohort.Case> cases) {
        AtomicInteger next = new AtomicInteger();
        Supplier<UUID> ids = () ->
                UUID.nameUUIDFromBytes(("sp-demo-fhir-" + next.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
        OutcomeMeasurementMapper measurements =
                OutcomeMeasurementMapper.standard().withStar(star);
        // The directory's services travel in full (HealthcareService, Organization, Location) with the onward
        // referrals and signposting that name them, so that a receiver needs no access to the demo's directory.
        List<Service> directory = SyntheticDirectory.services();
        EpisodeBundles bundles = EpisodeBundles.standard()
                .withIds(ids)
                .withMeasurementMapper(measurements)
                .withServices(directory);
        // R4 core, the SDK's own profiles and instrument Questionnaires, and the licensee's star, which the jar
        // cannot ship: its Questionnaire and code system go to a folder, as a licensee would keep them.
        writeFhir(
                "conformance/",
                InstrumentQuestionnaires.standard().withStar(star).questionnaire(star.id()),
                InstrumentCodeSystems.of(star));
        FhirValidation validation = FhirValidation.builder()
                .addConformanceFolder(folder.resolve("conformance"))
                .build();
        int resources = 0;
        int errors = 0;
        int warnings = 0;
        int services = 0;
        boolean roundTrips = true;
        for (SyntheticCohort.Case each : cases) {
            Bundle bundle = bundles.toTransaction(each.episode());
            String json = SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
            write("fhir/" + each.episode().episodeId().orElseThrow() + ".bundle.json", json);
            ValidationReport report = validation.validate(json);
            resources += bundle.getEntry().size();
            services += bundles.servicesOf(bundle).size();
            errors += report.errors().size();
            warnings += report.warnings().size();
            roundTrips &= bundles.parseEpisode(json).value().equals(each.episode());
        }
        out.printf(
                "   %d Bundles with %d resources (Patient, EpisodeOfCare, ServiceRequest + Task, Provenance,"
                        + " QuestionnaireResponse, Observation...)%n",
                cases.size(), resources);
        long onward = cases.stream()
                .mapToLong(c -> c.episode().onwardReferrals().size())
                .sum();
        out.printf(
                "   %d onward referrals with providers' feedback and attendance; the directory's services go with"
                        + " them as HealthcareServices (%d in all, with their Organizations and Locations)%n",
                onward, services);
        out.printf(
                "   Validated against FHIR R4, the SDK profiles and each response's Questionnaire: %d error(s), %d"
                        + " warning(s)%n",
                errors, warnings);
        // What is left: SDK codes where R4 binds its own value set extensibly (score bands, status changes, consent
        // purpose and basis), and UK Core's ethnic category code system, which the demo does not load.
        out.printf(
                "   (the warnings: SDK codes where FHIR only suggests a value set, and UK Core codes not loaded here;"
                        + " 'sp fhir validate --package %s FILE' lists them)%n",
                folder.resolve("conformance"));
        out.printf("   FHIR -> SDK gives back every episode unchanged: %s%n", roundTrips ? "yes" : "NO");
        messagesStep(cases, ids, measurements, directory, validation);
    }

    /**
     * A BaRS-style referral message for the first onward referral, and the PRSB message back for every completed
     * episode, each validated as the Bundles are.
     */
    private void messagesStep(
            List<SyntheticCohort.Case> cases,
            Supplier<UUID> ids,
            OutcomeMeasurementMapper measurements,
            List<Service> directory,
            FhirValidation validation) {
        int errors = 0;
        SyntheticCohort.Case referred = cases.stream()
                .filter(c -> !c.episode().onwardReferrals().isEmpty())
                .findFirst()
                .orElseThrow();
        OnwardReferral onward = referred.episode().onwardReferrals().get(0);
        Bundle request = ReferralMessages.standard()
                .withIds(ids)
                .withServices(directory)
                .toRequest(
                        referred.episode(),
                        onward.id(),
                        "https://link-workers.example.org/fhir",
                        onward.history().get(0).at());
        String requestJson = SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(request);
        write("fhir/" + onward.id() + ".referral-message.json", requestJson);
        errors += validation.validate(requestJson).errors().size();
        out.printf(
                "   A BaRS-style referral message for onward referral %s (no BaRS use case exists for social"
                        + " prescribing, so none is claimed)%n",
                onward.id());

        MessageBack messageBack = MessageBack.standard().withIds(ids).withMeasurementMapper(measurements);
        int messages = 0;
        for (SyntheticCohort.Case each : cases) {
            if (each.episode().status() != ReferralStatus.COMPLETED) {
                continue;
            }
            Bundle message = messageBack.toDocument(
                    each.episode(),
                    MessageBack.Detail.CODED_ENTRIES,
                    each.episode().journey().lastChanged());
            String json = SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(message);
            write("fhir/" + each.episode().episodeId().orElseThrow() + ".message-back.json", json);
            errors += validation.validate(json).errors().size();
            messages++;
        }
        out.printf(
                "   The PRSB message back to the GP for each of the %d completed episodes: a FHIR document (a coded"
                        + " Clinical letter with narrative in every section); messages validated: %d error(s)%n",
                messages, errors);
    }

    private void reportsStep(StarDefinition star, SyntheticCohort cohort, List<SyntheticCohort.Case> cases) {
        List<SocialPrescribingEpisode> episodes =
                cases.stream().map(SyntheticCohort.Case::episode).toList();
        List<FundingFlow> funding = List.of(
                flow(
                        FundingSource.GRANT,
                        "90.00",
                        "2025-01-01",
                        "2025-03-31",
                        "Riverside Friends (synthetic)",
                        "Riverside Community Foundation (synthetic)"),
                flow(
                        FundingSource.MICRO_COMMISSIONING,
                        "150.00",
                        "2025-02-01",
                        "2025-03-31",
                        "Green Shoots Growing Project (synthetic)",
                        "Riverside Council (synthetic)"),
                flow(
                        FundingSource.BETTER_CARE_FUND,
                        "120.00",
                        "2025-01-01",
                        "2025-02-28",
                        "Riverside Advice Centre (synthetic)",
                        "Riverside Council (synthetic)"));
        write("reports/funding.json", FundingFlows.write(funding));
        write("reports/pcns.json", SpJson.write(List.of(cohort.pcn())));
        OrukPage<OrukService> page =
                OrukJson.parsePage(OrukJson.write(SyntheticDirectory.asOpenReferralPage()), OrukService.class);
        Ledger ledger = DemandLedger.builder()
                .addEpisodes(episodes)
                .addServices(OrukMapper.standard()
                        .importServices(page.contents().stream())
                        .directory()
                        .services())
                .addFunding(funding)
                .addPcns(List.of(cohort.pcn()))
                .unitCost(DEMO_UNIT_COST)
                .build()
                .compute();
        SumSuppression suppression = SumSuppression.below(DEMO_MINIMUM);
        ReportTable demand = ledger.table("demand");
        int all = demand.rows().size() - 1;
        out.printf(
                "   %s onward referrals to %d providers, %s sessions attended; estimated cost GBP %s (directory cost"
                        + " options, else GBP %s a unit), funding GBP %s, gap GBP %s%n",
                demand.cell(all, "referred").shown(),
                ledger.table("demand").rows().stream()
                        .filter(r -> r.get(4).shown().equals("provider_all_periods"))
                        .count(),
                demand.cell(all, "sessions_attended").shown(),
                demand.cell(all, "estimated_cost_gbp").shown(),
                DEMO_UNIT_COST.toPlainString(),
                demand.cell(all, "funding_gbp").shown(),
                demand.cell(all, "gap_gbp").shown());
        HtmlReports.Settings settings = new HtmlReports.Settings(
                "Social prescribing outcomes (synthetic demo cohort)",
                suppression,
                DEMO_MINIMUM,
                "Synthetic data. Counts of 1 and 2, and any figure that would reveal one, are held back ([c]); the"
                        + " demo's threshold only illustrates suppression: choose your own.");
        write("reports/outcomes.html", HtmlReports.outcomes(episodes, List.of(star), Optional.of(ledger), settings));
        write(
                "reports/demand.html",
                HtmlReports.demand(
                        ledger,
                        new HtmlReports.Settings(
                                "Demand on VCSE services and its funding (synthetic demo cohort)",
                                suppression,
                                DEMO_MINIMUM,
                                settings.description())));
        write(
                "reports/demand.json",
                ReportJson.write("demand_ledger", settings.description(), ledger.notes(), ledger.tables(suppression)));
        Path reports = folder.resolve("reports").toAbsolutePath().normalize();
        out.printf("   Open in a browser (no network needed): %s%n", reports.resolve("outcomes.html"));
        out.printf("                                        %s%n", reports.resolve("demand.html"));
        out.printf(
                "   Or from the command line: sp report demand %s/episodes/*.json --directory %s --funding %s"
                        + " --pcns %s --unit-cost %s --suppress-below %d --html demand.html%n",
                folder,
                folder.resolve("directory/services.json"),
                reports.resolve("funding.json"),
                reports.resolve("pcns.json"),
                DEMO_UNIT_COST.toPlainString(),
                DEMO_MINIMUM);
    }

    private static FundingFlow flow(
            FundingSource source, String amount, String from, String to, String recipient, String funder) {
        return FundingFlow.builder()
                .source(source)
                .amount(new BigDecimal(amount))
                .periodStart(LocalDate.parse(from))
                .periodEnd(LocalDate.parse(to))
                .recipient(FundingRecipient.named(recipient))
                .funder(funder)
                .build();
    }

    private void directoryStep(SyntheticCohort.Case person) {
        String published = OrukJson.write(SyntheticDirectory.asOpenReferralPage());
        write("directory/services.json", published);
        OrukPage<OrukService> page = OrukJson.parsePage(published, OrukService.class);
        MappedDirectory imported = OrukMapper.standard().importServices(page.contents().stream());
        ServiceDirectory directory = imported.directory();
        out.printf(
                "   %d services read from an ORUK page and mapped to SDK services (%d mapping warnings)%n",
                directory.size(), imported.report().warnings().size());
        int age = person.episode()
                .person()
                .ageOn(LocalDate.ofInstant(SyntheticCohort.START, ZoneOffset.UTC))
                .orElseThrow();
        ServiceQuery query = ServiceQuery.all()
                .inCategory(ServiceCategory.BEFRIENDING, ServiceCategory.HOBBIES_AND_SOCIAL_GROUPS)
                .forAge(age)
                .deliveredBy(DeliveryMode.TELEPHONE, DeliveryMode.IN_PERSON)
                .acceptingReferrals();
        out.printf("   Aged %d, wanting befriending or a social group, by telephone or in person:%n", age);
        for (Service service : directory.find(query)) {
            out.printf(
                    "     - %s (%s), %s%n",
                    service.name(),
                    service.provider().map(VcseOrganisation::name).orElse("provider not known"),
                    service.deliveryModes().stream().map(DeliveryMode::code).collect(Collectors.joining(", ")));
        }
    }

    private void starStep(StarDefinition star, List<SyntheticCohort.Case> cases) {
        int people = 0;
        int movedForward = 0;
        int areasForward = 0;
        int areas = 0;
        for (SyntheticCohort.Case each : cases) {
            Optional<StarReading> first = reading(star, each, Timepoint.BASELINE);
            Optional<StarReading> latest = reading(star, each, Timepoint.DISCHARGE);
            if (first.isPresent() && latest.isPresent()) {
                StarProgress progress = star.progress(first.get(), latest.get());
                people++;
                movedForward += progress.movedForwardInAnyArea() ? 1 : 0;
                areasForward += progress.areasMovedForward();
                areas += progress.areas().size();
            }
        }
        out.printf(
                "   %s: %d of %d people moved forward in at least one area (%d of %d areas)%n",
                star.title(), movedForward, people, areasForward, areas);
    }

    private static Optional<StarReading> reading(StarDefinition star, SyntheticCohort.Case c, Timepoint timepoint) {
        return c.measurements().stream()
                .filter(m -> m.instrumentId().equals(star.id()) && m.timepoint() == timepoint)
                .findFirst()
                .map(m -> star.reading(
                        m.date(),
                        m.answers().entrySet().stream()
                                .collect(Collectors.toMap(Map.Entry::getKey, e -> Integer.parseInt(e.getValue())))));
    }

    /** How many episodes hold the national dataset, and what the others lack: completeness is a validation group. */
    private void completenessLine(List<SyntheticCohort.Case> cases) {
        List<ValidationReport> reports = cases.stream()
                .map(c -> SpValidator.validate(c.episode(), CompleteForNationalDataset.class))
                .collect(Collectors.toList());
        Map<String, Long> missing = reports.stream()
                .flatMap(report -> report.errors().stream())
                .collect(Collectors.groupingBy(issue -> issue.code().code(), TreeMap::new, Collectors.counting()));
        out.printf(
                "   Complete for the national dataset: %d of %d%s%n",
                reports.stream().filter(ValidationReport::isValid).count(),
                cases.size(),
                missing.isEmpty()
                        ? ""
                        : "; the others lack: "
                                + missing.entrySet().stream()
                                        .map(e -> e.getKey() + " x" + e.getValue())
                                        .collect(Collectors.joining(", ")));
    }

    private static String journeyLine(SyntheticCohort.Case c) {
        return c.episode().journey().events().stream().map(e -> e.to().code()).collect(Collectors.joining(" -> "));
    }

    private static List<PersonChange> changes(
            List<SyntheticCohort.Case> cases,
            String instrument,
            String component,
            Optional<ChangeThreshold> threshold) {
        List<PersonChange> changes = new ArrayList<>();
        for (SyntheticCohort.Case each : cases) {
            Optional<ScoreResult> baseline = score(each, instrument, Timepoint.BASELINE);
            Optional<ScoreResult> discharge = score(each, instrument, Timepoint.DISCHARGE);
            if (baseline.isPresent() && discharge.isPresent()) {
                changes.add(threshold
                        .map(t -> PersonChange.between(baseline.get(), discharge.get(), t))
                        .orElseGet(() -> PersonChange.between(baseline.get(), discharge.get(), component)));
            }
        }
        return changes;
    }

    private static Optional<ScoreResult> score(SyntheticCohort.Case c, String instrument, Timepoint timepoint) {
        return c.measurements().stream()
                .filter(m -> m.instrumentId().value().equals(instrument) && m.timepoint() == timepoint)
                .findFirst()
                .flatMap(OutcomeMeasurement::score);
    }

    private static void appendScore(
            StringBuilder csv, SyntheticCohort.Case c, OutcomeMeasurement m, ScoreResult score) {
        score.components()
                .forEach(component -> csv.append(String.join(
                                ",",
                                c.episode().episodeId().orElseThrow(),
                                m.instrumentId().value(),
                                m.timepoint().code(),
                                m.date().toString(),
                                score.status().code(),
                                component.name(),
                                component.value().toPlainString(),
                                component.band().map(b -> b.code()).orElse("")))
                        .append('\n'));
    }

    private void heading(String title) {
        out.println();
        out.println(title);
    }

    private void writeFhir(String subfolder, MetadataResource... resources) {
        for (MetadataResource resource : resources) {
            write(
                    subfolder + resource.fhirType() + "-"
                            + resource.getIdElement().getIdPart() + ".json",
                    SpFhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource));
        }
    }

    private void write(String name, String content) {
        files.accept(folder.resolve(name), content);
        written.add(name);
    }

    private static StarDefinition demoStar() {
        try (InputStream in = DemoTour.class.getResourceAsStream("demo-star.json")) {
            if (in == null) {
                throw new IllegalStateException("demo-star.json is missing from the jar");
            }
            return StarDefinitions.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
