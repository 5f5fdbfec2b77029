package org.socialprescribing.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.socialprescribing.model.InvalidValueException;
import org.socialprescribing.model.episode.SocialPrescribingEpisode;
import org.socialprescribing.model.org.PrimaryCareNetwork;
import org.socialprescribing.model.person.AgeBand;
import org.socialprescribing.model.service.Service;

/**
 * The demand, capacity and funding ledger of onward referrals: what social prescribing asks of VCSE providers,
 * what that would cost, and what funding they received. Give it the episodes, the directory's services, the
 * funding flows and the PCNs, then {@link #compute()} the {@link Ledger}. The rules (which date counts, how a unit
 * is priced, how funding is spread) are in {@code docs/reports.md}.
 *
 * <pre>{@code
 * Ledger ledger = DemandLedger.builder()
 *         .addEpisodes(episodes)
 *         .addServices(directory)
 *         .addFunding(FundingFlows.read(json))
 *         .addPcns(pcns)
 *         .unitCost(new BigDecimal("20.00"))   // only where a service declares no cost option
 *         .build()
 *         .compute();
 * List<ReportTable> publishable = ledger.tables(SumSuppression.below(10));
 * }</pre>
 */
public final class DemandLedger {

    /** The time zone in which events are placed in days and periods: the ledger's periods are English ones. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    final List<SocialPrescribingEpisode> episodes;
    final List<Service> services;
    final List<FundingFlow> funding;
    final List<PrimaryCareNetwork> pcns;
    final Optional<BigDecimal> unitCost;
    final PeriodLength periodLength;
    final Optional<LocalDate> from;
    final Optional<LocalDate> to;
    final List<AgeBand> ageBands;

    private DemandLedger(Builder builder) {
        this.episodes = List.copyOf(builder.episodes);
        this.services = List.copyOf(builder.services);
        this.funding = List.copyOf(builder.funding);
        this.pcns = List.copyOf(builder.pcns);
        this.unitCost = builder.unitCost;
        this.periodLength = builder.periodLength;
        this.from = builder.from;
        this.to = builder.to;
        this.ageBands = List.copyOf(builder.ageBands);
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Computes the ledger.
     *
     * @return the ledger, never null
     */
    public Ledger compute() {
        return new LedgerComputation(this).compute();
    }

    /** Collects the ledger's inputs. Not thread-safe; the ledger it builds is. */
    public static final class Builder {

        private final List<SocialPrescribingEpisode> episodes = new ArrayList<>();
        private final List<Service> services = new ArrayList<>();
        private final List<FundingFlow> funding = new ArrayList<>();
        private final List<PrimaryCareNetwork> pcns = new ArrayList<>();
        private Optional<BigDecimal> unitCost = Optional.empty();
        private PeriodLength periodLength = PeriodLength.MONTH;
        private Optional<LocalDate> from = Optional.empty();
        private Optional<LocalDate> to = Optional.empty();
        private final List<AgeBand> ageBands = new ArrayList<>();

        private Builder() {}

        /**
         * Adds episodes, whose onward referrals are the demand.
         *
         * @param more the episodes, not null
         * @return this builder
         */
        public Builder addEpisodes(Collection<SocialPrescribingEpisode> more) {
            more.forEach(e -> episodes.add(Objects.requireNonNull(e, "episode")));
            return this;
        }

        /**
         * Adds the directory's services: an onward referral names its service by {@code serviceDirectoryId}.
         *
         * @param more the services, not null
         * @return this builder
         */
        public Builder addServices(Collection<Service> more) {
            more.forEach(s -> services.add(Objects.requireNonNull(s, "service")));
            return this;
        }

        /**
         * Adds funding flows.
         *
         * @param more the flows, not null
         * @return this builder
         */
        public Builder addFunding(Collection<FundingFlow> more) {
            more.forEach(f -> funding.add(Objects.requireNonNull(f, "funding")));
            return this;
        }

        /**
         * Adds PCNs: a referral counts for the PCN of the person's registered practice.
         *
         * @param more the PCNs, not null
         * @return this builder
         */
        public Builder addPcns(Collection<PrimaryCareNetwork> more) {
            more.forEach(p -> pcns.add(Objects.requireNonNull(p, "pcn")));
            return this;
        }

        /**
         * The caller's unit cost: the price of one unit of demand at a service that declares no cost option in the
         * directory. Costs from it are marked {@code caller_unit_cost}.
         *
         * @param amount pounds, not negative, at most two decimals
         * @return this builder
         * @throws InvalidValueException if the amount is negative or has more than two decimals
         */
        public Builder unitCost(BigDecimal amount) {
            Objects.requireNonNull(amount, "unitCost");
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                throw new InvalidValueException(
                        "unitCost", amount.toPlainString(), "must be pounds and pence, not negative");
            }
            this.unitCost = Optional.of(amount);
            return this;
        }

        /**
         * The length of the periods; months unless set.
         *
         * @param length the length, not null
         * @return this builder
         */
        public Builder periodLength(PeriodLength length) {
            this.periodLength = Objects.requireNonNull(length, "periodLength");
            return this;
        }

        /**
         * Limits the ledger to the periods that hold these days; without it, the ledger covers the periods from
         * the first to the last onward-referral event or attendance.
         *
         * @param first the first day, not null
         * @param last the last day, not before {@code first}
         * @return this builder
         * @throws InvalidValueException if {@code last} is before {@code first}
         */
        public Builder window(LocalDate first, LocalDate last) {
            Objects.requireNonNull(first, "from");
            Objects.requireNonNull(last, "to");
            if (last.isBefore(first)) {
                throw new InvalidValueException("window.to", last.toString(), "must not be before " + first);
            }
            this.from = Optional.of(first);
            this.to = Optional.of(last);
            return this;
        }

        /**
         * Age bands for the equity table (age on the day of the referral); no age breakdown unless given, since
         * the SDK defines no bands of its own.
         *
         * @param bands the bands, not null
         * @return this builder
         */
        public Builder ageBands(List<AgeBand> bands) {
            bands.forEach(b -> ageBands.add(Objects.requireNonNull(b, "ageBand")));
            return this;
        }

        /**
         * Builds the ledger's inputs.
         *
         * @return the ledger, ready to compute, never null
         */
        public DemandLedger build() {
            return new DemandLedger(this);
        }
    }
}
