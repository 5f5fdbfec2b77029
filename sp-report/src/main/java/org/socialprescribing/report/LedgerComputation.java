package org.socialprescribing.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.socialprescribing.model.episode.Attendance;
import org.socialprescribing.model.episode.OnwardReferral;
import org.socialprescribing.model.episode.OnwardReferralEvent;
import org.socialprescribing.model.episode.OnwardReferralStatus;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.id.OdsCode;
import org.socialprescribing.model.org.GpPractice;
import org.socialprescribing.model.org.PrimaryCareNetwork;
import org.socialprescribing.model.org.VcseOrganisation;
import org.socialprescribing.model.service.CostOption;
import org.socialprescribing.model.service.Service;
import org.socialprescribing.model.workforce.ProfessionalRef;
import org.socialprescribing.report.table.Cell;
import org.socialprescribing.report.table.Column;
import org.socialprescribing.report.table.Column.Kind;
import org.socialprescribing.report.table.ReportTable;

/** One computation of a {@link DemandLedger}: walks the onward referrals once, then lays out the tables. */
final class LedgerComputation {

    static final String ALL = "all";
    static final String ALL_PROVIDERS = "all providers";
    static final String ALL_SERVICES = "all services";
    static final String ALL_PCNS = "all PCNs";
    static final String NOT_KNOWN = "not known";
    static final String NOT_RECORDED = "not recorded";

    private static final Comparator<String> BY_NAME =
            Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).thenComparing(s -> s);

    private final DemandLedger input;
    private final Map<String, Service> servicesById = new HashMap<>();
    private final Map<OdsCode, PrimaryCareNetwork> pcnOfPractice = new HashMap<>();
    private final Map<String, VcseOrganisation> directoryProviders = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    // period -> provider -> (service, pcn) -> tally
    private final Map<ReportPeriod, Map<String, Map<Place, Tally>>> demand = new HashMap<>();
    // provider -> dimension -> value -> tally (referred, units, cost only)
    private final Map<String, Map<Dimension, Map<String, Tally>>> equity = new HashMap<>();
    private final Set<Service> referredServices = new LinkedHashSet<>();
    private List<ReportPeriod> periods = List.of();

    LedgerComputation(DemandLedger input) {
        this.input = input;
        for (Service service : input.services) {
            service.directoryId().ifPresent(id -> servicesById.putIfAbsent(id, service));
            service.provider().ifPresent(provider -> directoryProviders.putIfAbsent(provider.name(), provider));
        }
        for (PrimaryCareNetwork pcn : input.pcns) {
            for (GpPractice practice : pcn.memberPractices()) {
                pcnOfPractice.putIfAbsent(practice.odsCode(), pcn);
            }
        }
    }

    /** Where a referral's demand falls. */
    record Place(String service, String pcn) {}

    /** The equity dimensions of the ledger, in the order the table shows them. */
    enum Dimension {
        IMD_QUINTILE,
        ETHNIC_GROUP,
        STATED_GENDER,
        AGE_BAND,
        DISABILITY;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    Ledger compute() {
        List<Referred> referrals = new ArrayList<>();
        int inError = 0;
        Set<String> unknownServices = new TreeSet<>();
        for (SocialPrescribingEpisode episode : input.episodes) {
            for (OnwardReferral referral : episode.onwardReferrals()) {
                if (referral.status() == OnwardReferralStatus.ENTERED_IN_ERROR) {
                    inError++;
                    continue;
                }
                Referred r = resolve(episode, referral);
                referral.serviceDirectoryId()
                        .filter(id -> !servicesById.containsKey(id))
                        .ifPresent(unknownServices::add);
                referrals.add(r);
            }
        }
        if (inError > 0) {
            notes.add(inError + " onward referral(s) entered in error were left out.");
        }
        if (!unknownServices.isEmpty()) {
            notes.add(unknownServices.size()
                    + " onward referral service id(s) are not in the directory; those referrals are counted under the"
                    + " organisation and service they name, with no cost option.");
        }
        periods = periods(referrals);
        for (Referred r : referrals) {
            tally(r);
        }
        Map<ReportPeriod, Map<String, BigDecimal>> funded = new HashMap<>();
        ReportTable fundingTable = funding(funded);
        ReportTable demandTable = demandTable(funded);
        ReportTable equityTable = equityTable(demandTable);
        return new Ledger(periods, List.of(demandTable, equityTable, servicesTable(), fundingTable), notes);
    }

    // ---------------------------------------------------------------- reading the referrals

    /** One onward referral with where it falls. */
    private record Referred(
            SocialPrescribingEpisode episode,
            OnwardReferral referral,
            String provider,
            Place place,
            Optional<Service> service) {}

    /** A directory service from another system may name no provider: it counts as not known, never as a guess. */
    private static String providerName(Service service) {
        return service.provider().map(VcseOrganisation::name).orElse(NOT_KNOWN);
    }

    private Referred resolve(SocialPrescribingEpisode episode, OnwardReferral referral) {
        Optional<Service> service = referral.serviceDirectoryId().map(servicesById::get);
        String provider;
        String serviceName;
        if (service.isPresent()) {
            provider = providerName(service.get());
            serviceName = service.get().name();
            referredServices.add(service.get());
        } else {
            provider = referral.to()
                    .flatMap(ProfessionalRef::organisation)
                    .map(org -> org.name()
                            .orElseGet(() -> org.odsCode().map(OdsCode::value).orElse(NOT_KNOWN)))
                    .orElse(NOT_KNOWN);
            serviceName = referral.to()
                    .flatMap(ProfessionalRef::service)
                    .map(text -> text.text()
                            .orElseGet(() -> text.concept()
                                    .flatMap(c -> c.display())
                                    .orElse(text.concept().map(c -> c.code()).orElse(NOT_KNOWN))))
                    .orElse(NOT_KNOWN);
        }
        String pcnLabel = episode.registeredPractice()
                .map(registration -> pcnOfPractice.get(registration.practice().odsCode()))
                .map(pcn -> pcn.name() + " (" + pcn.odsCode().value() + ")")
                .orElse(NOT_KNOWN);
        return new Referred(episode, referral, provider, new Place(serviceName, pcnLabel), service);
    }

    private List<ReportPeriod> periods(List<Referred> referrals) {
        Optional<LocalDate> first = input.from;
        Optional<LocalDate> last = input.to;
        if (first.isEmpty()) {
            List<LocalDate> days = new ArrayList<>();
            for (Referred r : referrals) {
                r.referral().history().forEach(e -> days.add(day(e)));
                r.referral().attendance().forEach(a -> days.add(a.date()));
            }
            if (days.isEmpty()) {
                notes.add("No onward referrals: the ledger has no periods.");
                return List.of();
            }
            first = days.stream().min(Comparator.naturalOrder());
            last = days.stream().max(Comparator.naturalOrder());
        }
        List<ReportPeriod> result = new ArrayList<>();
        ReportPeriod period = input.periodLength.periodOf(first.orElseThrow());
        LocalDate end = last.orElseThrow();
        while (!period.start().isAfter(end)) {
            result.add(period);
            period = input.periodLength.periodOf(period.end().plusDays(1));
        }
        return result;
    }

    private static LocalDate day(OnwardReferralEvent event) {
        return event.at().atZone(DemandLedger.ZONE).toLocalDate();
    }

    private Optional<ReportPeriod> periodOf(LocalDate day) {
        if (periods.isEmpty()
                || day.isBefore(periods.get(0).start())
                || day.isAfter(periods.get(periods.size() - 1).end())) {
            return Optional.empty();
        }
        return Optional.of(input.periodLength.periodOf(day));
    }

    // ---------------------------------------------------------------- counting

    private Tally tallyOf(ReportPeriod period, Referred r) {
        return demand.computeIfAbsent(period, p -> new HashMap<>())
                .computeIfAbsent(r.provider(), p -> new HashMap<>())
                .computeIfAbsent(r.place(), p -> new Tally());
    }

    private List<Tally> equityTallies(Referred r) {
        List<Tally> tallies = new ArrayList<>();
        for (Map.Entry<Dimension, String> value : dimensions(r).entrySet()) {
            for (String provider : List.of(r.provider(), ALL_PROVIDERS)) {
                tallies.add(equity.computeIfAbsent(provider, p -> new HashMap<>())
                        .computeIfAbsent(value.getKey(), d -> new HashMap<>())
                        .computeIfAbsent(value.getValue(), v -> new Tally()));
            }
        }
        return tallies;
    }

    private void tally(Referred r) {
        OnwardReferral referral = r.referral();
        List<Tally> equityTallies = equityTallies(r);
        for (OnwardReferralEvent event : referral.history()) {
            LocalDate day = day(event);
            Optional<ReportPeriod> period = periodOf(day);
            if (period.isEmpty()) {
                continue;
            }
            Tally tally = tallyOf(period.get(), r);
            tally.count(event.to());
            if (event.to() == OnwardReferralStatus.SENT) {
                equityTallies.forEach(t -> t.referred++);
            }
            if (event.to() == OnwardReferralStatus.STARTED
                    && referral.attendance().isEmpty()) {
                unit(r, day, tally, equityTallies);
            }
        }
        for (Attendance attendance : referral.attendance()) {
            Optional<ReportPeriod> period = periodOf(attendance.date());
            if (period.isEmpty()) {
                continue;
            }
            Tally tally = tallyOf(period.get(), r);
            if (attendance.attended()) {
                tally.attended++;
                unit(r, attendance.date(), tally, equityTallies);
            } else {
                tally.missed++;
            }
        }
        LocalDate sent = day(referral.history().get(0));
        for (ReportPeriod period : periods) {
            if (!sent.isAfter(period.end()) && isWaiting(referral, period.end())) {
                tallyOf(period, r).waiting++;
            }
        }
    }

    /** Referred but not yet started on the day: the last status by then is sent or accepted. */
    private static boolean isWaiting(OnwardReferral referral, LocalDate day) {
        OnwardReferralStatus status = null;
        for (OnwardReferralEvent event : referral.history()) {
            if (!day(event).isAfter(day)) {
                status = event.to();
            }
        }
        return status == OnwardReferralStatus.SENT || status == OnwardReferralStatus.ACCEPTED;
    }

    private void unit(Referred r, LocalDate day, Tally tally, List<Tally> equityTallies) {
        Optional<Price> price = price(r.service(), day);
        tally.unit(price);
        equityTallies.forEach(t -> t.unit(price));
    }

    /** The price of one unit and where it came from. */
    record Price(BigDecimal amount, CostBasis basis) {}

    /**
     * The first cost option the service declares for the day (an amount in pounds, valid that day), else the
     * caller's unit cost, else none.
     */
    private Optional<Price> price(Optional<Service> service, LocalDate day) {
        if (service.isPresent()) {
            for (CostOption option : service.get().costs()) {
                if (option.amount().isPresent()
                        && FundingFlow.GBP.equals(option.currency())
                        && option.validFrom().map(from -> !day.isBefore(from)).orElse(true)
                        && option.validTo().map(to -> !day.isAfter(to)).orElse(true)) {
                    // Pence: a directory may write more decimals; totals must add up exactly.
                    return Optional.of(
                            new Price(option.amount().get().setScale(2, RoundingMode.HALF_EVEN), CostBasis.DIRECTORY));
                }
            }
        }
        return input.unitCost.map(amount -> new Price(amount.setScale(2), CostBasis.CALLER_UNIT_COST));
    }

    private Map<Dimension, String> dimensions(Referred r) {
        var person = r.episode().person();
        Map<Dimension, String> values = new LinkedHashMap<>();
        values.put(
                Dimension.IMD_QUINTILE,
                person.imdDecile().map(d -> quintileLabel(d.quintile())).orElse(NOT_RECORDED));
        values.put(
                Dimension.ETHNIC_GROUP,
                person.ethnicCategory().map(c -> ethnicGroup(c.display())).orElse(NOT_RECORDED));
        values.put(
                Dimension.STATED_GENDER,
                person.statedGender().map(g -> g.display()).orElse(NOT_RECORDED));
        if (!input.ageBands.isEmpty()) {
            LocalDate sent = day(r.referral().history().get(0));
            values.put(
                    Dimension.AGE_BAND,
                    person.ageOn(sent).isEmpty()
                            ? NOT_RECORDED
                            : input.ageBands.stream()
                                    .filter(b -> b.contains(person.ageOn(sent).getAsInt()))
                                    .findFirst()
                                    .map(b -> b.label())
                                    .orElse("in no band given"));
        }
        values.put(
                Dimension.DISABILITY,
                person.disability().map(d -> d ? "yes" : "no").orElse(NOT_RECORDED));
        return values;
    }

    static String quintileLabel(int quintile) {
        return switch (quintile) {
            case 1 -> "1 (most deprived)";
            case 5 -> "5 (least deprived)";
            default -> Integer.toString(quintile);
        };
    }

    /** The high-level group of an NHS ethnic category: its Data Dictionary display before " - ". */
    static String ethnicGroup(String display) {
        int dash = display.indexOf(" - ");
        return dash < 0 ? display : display.substring(0, dash);
    }

    // ---------------------------------------------------------------- funding

    private ReportTable funding(Map<ReportPeriod, Map<String, BigDecimal>> funded) {
        List<Column> columns = List.of(
                Column.of("source", "Source", Kind.KEY),
                Column.of("funder", "Funder", Kind.TEXT),
                Column.of("recipient", "Recipient (as recorded)", Kind.KEY),
                Column.of("provider", "Provider in the ledger", Kind.TEXT),
                Column.of("reference", "Reference", Kind.TEXT),
                Column.of("period_start", "Pays from", Kind.TEXT),
                Column.of("period_end", "Pays to", Kind.TEXT),
                Column.of("amount_gbp", "Amount (£)", Kind.PUBLIC_MONEY),
                Column.of("in_ledger_gbp", "Amount in the ledger's periods (£)", Kind.PUBLIC_MONEY));
        ReportTable.Builder table = ReportTable.builder("funding", "Funding received", columns)
                .addNote("Each flow is spread evenly over the days it pays for; pence are rounded so that the"
                        + " parts add up to the amount.");
        for (FundingFlow flow : input.funding) {
            String provider = providerOf(flow.recipient());
            BigDecimal inLedger = BigDecimal.ZERO.setScale(2);
            for (ReportPeriod period : periods) {
                BigDecimal share = share(flow, period);
                if (share.signum() != 0) {
                    funded.computeIfAbsent(period, p -> new HashMap<>()).merge(provider, share, BigDecimal::add);
                    inLedger = inLedger.add(share);
                }
            }
            table.addRow(List.of(
                    Cell.text(flow.source().code()),
                    Cell.text(flow.funder().orElse("")),
                    Cell.text(flow.recipient().name()),
                    Cell.text(provider),
                    Cell.text(flow.reference().orElse("")),
                    Cell.text(flow.periodStart().toString()),
                    Cell.text(flow.periodEnd().toString()),
                    Cell.number(flow.amount()),
                    Cell.number(inLedger)));
        }
        return table.build();
    }

    /**
     * The part of a flow that falls in a period: the flow spread evenly over its days, rounded to pence by
     * cumulative rounding, so that the parts over all periods add up to the amount exactly.
     */
    static BigDecimal share(FundingFlow flow, ReportPeriod period) {
        long shared = period.daysShared(flow.periodStart(), flow.periodEnd());
        if (shared == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        long before = period.start().isAfter(flow.periodStart())
                ? period.start().toEpochDay() - flow.periodStart().toEpochDay()
                : 0;
        return cumulative(flow, before + shared).subtract(cumulative(flow, before));
    }

    private static BigDecimal cumulative(FundingFlow flow, long days) {
        return flow.amount()
                .multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(flow.days()), 2, RoundingMode.HALF_EVEN);
    }

    private String providerOf(FundingRecipient recipient) {
        for (VcseOrganisation provider : directoryProviders.values()) {
            if (recipient.isProvider(provider)) {
                return provider.name();
            }
        }
        return demand.values().stream()
                .flatMap(byProvider -> byProvider.keySet().stream())
                .filter(recipient::isNamed)
                .findFirst()
                .orElse(recipient.name());
    }

    // ---------------------------------------------------------------- the demand table

    static final List<Column> DEMAND_COLUMNS = List.of(
            Column.of("period", "Period", Kind.KEY),
            Column.of("provider", "Provider", Kind.KEY),
            Column.of("service", "Service", Kind.KEY),
            Column.of("pcn", "PCN", Kind.KEY),
            Column.of("level", "Row", Kind.KEY),
            Column.of("referred", "Referred", Kind.COUNT),
            Column.of("accepted", "Accepted", Kind.COUNT),
            Column.of("declined", "Declined", Kind.COUNT),
            Column.of("started", "Started", Kind.COUNT),
            Column.of("completed", "Completed", Kind.COUNT),
            Column.of("discontinued", "Discontinued", Kind.COUNT),
            Column.of("not_started", "Not started", Kind.COUNT),
            Column.of("cancelled", "Cancelled", Kind.COUNT),
            Column.of("sessions_attended", "Sessions attended", Kind.COUNT),
            Column.of("sessions_missed", "Sessions missed", Kind.COUNT),
            Column.of("waiting", "Waiting at period end", Kind.COUNT),
            Column.of("units", "Units of demand", Kind.COUNT),
            Column.of("units_not_costed", "Units with no unit cost", Kind.COUNT),
            Column.of("unit_cost_gbp", "Unit cost (£)", Kind.TEXT),
            Column.of("cost_basis", "Cost basis", Kind.TEXT),
            Column.of("estimated_cost_gbp", "Estimated cost (£)", Kind.MONEY, "units", "units_not_costed"),
            Column.of("funding_gbp", "Funding received (£)", Kind.PUBLIC_MONEY),
            Column.of("gap_gbp", "Gap: cost less funding (£)", Kind.MONEY, "estimated_cost_gbp"));

    private ReportTable demandTable(Map<ReportPeriod, Map<String, BigDecimal>> funded) {
        Set<String> providers = new TreeSet<>(BY_NAME);
        demand.values().forEach(byProvider -> providers.addAll(byProvider.keySet()));
        funded.values()
                .forEach(byProvider -> byProvider.forEach((provider, amount) -> {
                    if (amount.signum() != 0) {
                        providers.add(provider);
                    }
                }));
        ReportTable.Builder table = ReportTable.builder(
                        "demand", "Demand, capacity and funding by period, provider, service and PCN", DEMAND_COLUMNS)
                .addNote("Units of demand: sessions attended, or one unit for a referral that started with no"
                        + " attendance recorded. Estimated cost: units times the unit cost (cost basis says where it"
                        + " came from); units with no unit cost add nothing.")
                .addNote("Gap: estimated cost less funding received; above zero means demand not paid for.");
        Map<String, List<Integer>> providerRows = new LinkedHashMap<>();
        Map<String, Tally> providerWindow = new LinkedHashMap<>();
        Map<String, BigDecimal> providerFunding = new LinkedHashMap<>();
        providers.forEach(p -> {
            providerRows.put(p, new ArrayList<>());
            providerWindow.put(p, new Tally());
            providerFunding.put(p, BigDecimal.ZERO.setScale(2));
        });
        List<Integer> periodRows = new ArrayList<>();
        Tally window = new Tally();
        BigDecimal windowFunding = BigDecimal.ZERO.setScale(2);
        for (ReportPeriod period : periods) {
            Map<String, Map<Place, Tally>> byProvider = demand.getOrDefault(period, Map.of());
            Tally periodTally = new Tally();
            BigDecimal periodFunding = BigDecimal.ZERO.setScale(2);
            List<Integer> totals = new ArrayList<>();
            for (String provider : providers) {
                Map<Place, Tally> places = new TreeMap<>(
                        Comparator.comparing(Place::service, BY_NAME).thenComparing(Place::pcn, BY_NAME));
                places.putAll(byProvider.getOrDefault(provider, Map.of()));
                Tally providerTally = new Tally();
                List<Integer> parts = new ArrayList<>();
                for (Map.Entry<Place, Tally> place : places.entrySet()) {
                    parts.add(table.addRow(row(
                            period.label(),
                            provider,
                            place.getKey().service(),
                            place.getKey().pcn(),
                            "service",
                            place.getValue(),
                            Optional.empty(),
                            true)));
                    providerTally.add(place.getValue());
                }
                BigDecimal funding =
                        funded.getOrDefault(period, Map.of()).getOrDefault(provider, BigDecimal.ZERO.setScale(2));
                int total = table.addRow(row(
                        period.label(),
                        provider,
                        ALL_SERVICES,
                        ALL_PCNS,
                        "provider",
                        providerTally,
                        Optional.of(funding),
                        true));
                table.addSum(total, parts);
                totals.add(total);
                providerRows.get(provider).add(total);
                providerWindow.get(provider).add(providerTally);
                providerFunding.merge(provider, funding, BigDecimal::add);
                periodTally.add(providerTally);
                periodFunding = periodFunding.add(funding);
            }
            int periodRow = table.addRow(row(
                    period.label(),
                    ALL_PROVIDERS,
                    ALL_SERVICES,
                    ALL_PCNS,
                    "period",
                    periodTally,
                    Optional.of(periodFunding),
                    true));
            table.addSum(periodRow, totals);
            periodRows.add(periodRow);
            window.add(periodTally);
            windowFunding = windowFunding.add(periodFunding);
        }
        List<Integer> windowParts = new ArrayList<>();
        for (String provider : providers) {
            int row = table.addRow(row(
                    ALL,
                    provider,
                    ALL_SERVICES,
                    ALL_PCNS,
                    "provider_all_periods",
                    providerWindow.get(provider),
                    Optional.of(providerFunding.get(provider)),
                    false));
            table.addSum(row, providerRows.get(provider));
            windowParts.add(row);
        }
        if (!periods.isEmpty()) {
            int row = table.addRow(
                    row(ALL, ALL_PROVIDERS, ALL_SERVICES, ALL_PCNS, "all", window, Optional.of(windowFunding), false));
            table.addSum(row, windowParts);
            table.addSum(row, periodRows);
        }
        return table.build();
    }

    private static List<Cell> row(
            String period,
            String provider,
            String service,
            String pcn,
            String level,
            Tally t,
            Optional<BigDecimal> funding,
            boolean waitingApplies) {
        BigDecimal cost = t.cost.setScale(2, RoundingMode.UNNECESSARY);
        List<Cell> cells = new ArrayList<>(List.of(
                Cell.text(period),
                Cell.text(provider),
                Cell.text(service),
                Cell.text(pcn),
                Cell.text(level),
                Cell.count(t.referred),
                Cell.count(t.accepted),
                Cell.count(t.declined),
                Cell.count(t.started),
                Cell.count(t.completed),
                Cell.count(t.discontinued),
                Cell.count(t.notStarted),
                Cell.count(t.cancelled),
                Cell.count(t.attended),
                Cell.count(t.missed),
                waitingApplies ? Cell.count(t.waiting) : Cell.notApplicable(),
                Cell.count(t.units),
                Cell.count(t.unitsNotCosted),
                Cell.text(level.equals("service") ? t.unitCosts() : ""),
                Cell.text(t.bases()),
                Cell.number(cost)));
        cells.add(funding.map(Cell::number).orElse(Cell.notApplicable()));
        cells.add(funding.map(f -> Cell.number(cost.subtract(f))).orElse(Cell.notApplicable()));
        return cells;
    }

    // ---------------------------------------------------------------- the equity table

    private ReportTable equityTable(ReportTable demandTable) {
        List<Column> columns = List.of(
                Column.of("provider", "Provider", Kind.KEY),
                Column.of("dimension", "Dimension", Kind.KEY),
                Column.of("value", "Group", Kind.KEY),
                Column.of("referred", "Referred", Kind.COUNT),
                Column.of("units", "Units of demand", Kind.COUNT),
                Column.of("units_not_costed", "Units with no unit cost", Kind.COUNT),
                Column.of("estimated_cost_gbp", "Estimated cost (£)", Kind.MONEY, "units", "units_not_costed"));
        ReportTable.Builder table = ReportTable.builder(
                        "equity", "Where demand falls: referrals, units and cost by equity group", columns)
                .addNote("All periods of the ledger together. IMD quintile 1 is the most deprived fifth of areas in"
                        + " England; ethnic group is the high-level NHS Data Dictionary group of the ethnic"
                        + " category.");
        Set<String> named = new TreeSet<>(BY_NAME);
        named.addAll(equity.keySet());
        named.remove(ALL_PROVIDERS);
        List<String> providers = new ArrayList<>(named);
        if (equity.containsKey(ALL_PROVIDERS)) {
            providers.add(ALL_PROVIDERS);
        }
        for (String provider : providers) {
            Map<Dimension, Map<String, Tally>> byDimension = equity.get(provider);
            for (Dimension dimension : Dimension.values()) {
                Map<String, Tally> values = byDimension.get(dimension);
                if (values == null) {
                    continue;
                }
                List<Integer> parts = new ArrayList<>();
                Tally all = new Tally();
                for (String value : ordered(values.keySet())) {
                    parts.add(table.addRow(equityRow(provider, dimension.code(), value, values.get(value))));
                    all.add(values.get(value));
                }
                int total = table.addRow(equityRow(provider, dimension.code(), ALL, all));
                table.addSum(total, parts);
                demandTable
                        .find(Map.of(
                                "period",
                                ALL,
                                "provider",
                                provider,
                                "level",
                                provider.equals(ALL_PROVIDERS) ? ALL : "provider_all_periods"))
                        .ifPresent(other -> table.addMirror(total, "demand", other));
            }
        }
        return table.build();
    }

    private static List<String> ordered(Set<String> values) {
        return values.stream()
                .sorted(Comparator.comparing((String v) -> v.equals(NOT_RECORDED) ? 1 : 0)
                        .thenComparing(BY_NAME))
                .collect(Collectors.toList());
    }

    private static List<Cell> equityRow(String provider, String dimension, String value, Tally t) {
        return List.of(
                Cell.text(provider),
                Cell.text(dimension),
                Cell.text(value),
                Cell.count(t.referred),
                Cell.count(t.units),
                Cell.count(t.unitsNotCosted),
                Cell.number(t.cost.setScale(2, RoundingMode.UNNECESSARY)));
    }

    // ---------------------------------------------------------------- the services table

    private ReportTable servicesTable() {
        List<Column> columns = List.of(
                Column.of("provider", "Provider", Kind.KEY),
                Column.of("service", "Service", Kind.KEY),
                Column.of("directory_id", "Directory id", Kind.TEXT),
                Column.of("status", "Status", Kind.TEXT),
                Column.of("accepting_referrals", "Accepting referrals", Kind.TEXT),
                Column.of("available_places", "Places free", Kind.TEXT),
                Column.of("capacity_as_of", "Capacity as of", Kind.TEXT),
                Column.of("cost_options", "Cost options declared", Kind.TEXT));
        ReportTable.Builder table = ReportTable.builder(
                        "services", "Capacity and cost options the directory declares", columns)
                .addNote("As the directory states them now; not counts of people.");
        List<Service> sorted = new ArrayList<>(referredServices);
        sorted.sort(
                Comparator.comparing(LedgerComputation::providerName, BY_NAME).thenComparing(Service::name, BY_NAME));
        for (Service service : sorted) {
            table.addRow(List.of(
                    Cell.text(providerName(service)),
                    Cell.text(service.name()),
                    Cell.text(service.directoryId().orElse("")),
                    Cell.text(service.status().code()),
                    Cell.text(service.capacity()
                            .map(c -> c.acceptingReferrals() ? "yes" : "no")
                            .orElse(NOT_RECORDED)),
                    Cell.text(service.capacity()
                            .flatMap(c -> c.availablePlaces())
                            .map(String::valueOf)
                            .orElse(NOT_RECORDED)),
                    Cell.text(service.capacity()
                            .flatMap(c -> c.asOf())
                            .map(Object::toString)
                            .orElse("")),
                    Cell.text(
                            service.costs().isEmpty()
                                    ? "none"
                                    : service.costs().stream()
                                            .map(LedgerComputation::describe)
                                            .collect(Collectors.joining("; ")))));
        }
        return table.build();
    }

    private static String describe(CostOption option) {
        StringBuilder text = new StringBuilder();
        option.amount()
                .ifPresent(a -> text.append(option.currency().getCurrencyCode())
                        .append(' ')
                        .append(a.toPlainString()));
        option.option().ifPresent(o -> text.append(text.length() > 0 ? " " : "").append(o));
        option.amountDescription()
                .ifPresent(d -> text.append(text.length() > 0 ? " " : "").append("(" + d + ")"));
        option.validFrom().ifPresent(d -> text.append(" from ").append(d));
        option.validTo().ifPresent(d -> text.append(" to ").append(d));
        return text.length() == 0 ? "declared without an amount" : text.toString();
    }

    // ---------------------------------------------------------------- tallies

    /** Counts for one cell of the ledger; mutable, used only inside one computation. */
    static final class Tally {
        long referred;
        long accepted;
        long declined;
        long started;
        long completed;
        long discontinued;
        long notStarted;
        long cancelled;
        long attended;
        long missed;
        long waiting;
        long units;
        long unitsNotCosted;
        BigDecimal cost = BigDecimal.ZERO;
        final Set<CostBasis> bases = new TreeSet<>();
        final Set<BigDecimal> unitCosts = new TreeSet<>();

        void count(OnwardReferralStatus status) {
            switch (status) {
                case SENT -> referred++;
                case ACCEPTED -> accepted++;
                case DECLINED -> declined++;
                case STARTED -> started++;
                case COMPLETED -> completed++;
                case DISCONTINUED -> discontinued++;
                case NOT_STARTED -> notStarted++;
                case CANCELLED -> cancelled++;
                case ENTERED_IN_ERROR -> {
                    // never counted: such referrals are left out before counting
                }
            }
        }

        void unit(Optional<Price> price) {
            units++;
            if (price.isPresent()) {
                cost = cost.add(price.get().amount());
                bases.add(price.get().basis());
                unitCosts.add(price.get().amount().setScale(2, RoundingMode.UNNECESSARY));
            } else {
                unitsNotCosted++;
                bases.add(CostBasis.NONE);
            }
        }

        void add(Tally other) {
            referred += other.referred;
            accepted += other.accepted;
            declined += other.declined;
            started += other.started;
            completed += other.completed;
            discontinued += other.discontinued;
            notStarted += other.notStarted;
            cancelled += other.cancelled;
            attended += other.attended;
            missed += other.missed;
            waiting += other.waiting;
            units += other.units;
            unitsNotCosted += other.unitsNotCosted;
            cost = cost.add(other.cost);
            bases.addAll(other.bases);
        }

        String bases() {
            return bases.stream().map(CostBasis::code).collect(Collectors.joining("+"));
        }

        String unitCosts() {
            return unitCosts.stream().map(BigDecimal::toPlainString).collect(Collectors.joining("/"));
        }
    }
}
