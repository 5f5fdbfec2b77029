package org.socialprescribing.openreferral.mapping;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.socialprescribing.model.service.CostOption;
import org.socialprescribing.openreferral.OrukCostOption;
import org.socialprescribing.openreferral.OrukIssueCode;

/**
 * ORUK {@code cost_option} and SDK {@link CostOption}. The currency is the HSDS 3.0 core {@code currency} (an
 * extension in the UK profile); without one, pounds sterling, as the SDK assumes.
 */
final class CostOruk {

    private static final String CURRENCY = "currency";
    private static final Currency POUND = Currency.getInstance("GBP");

    private CostOruk() {}

    /** @return the SDK cost option: every ORUK cost option has one, without what is invalid in it (reported) */
    static Optional<CostOption> get(OrukCostOption cost, Issues issues) {
        var option = CostOption.builder().option(cost.option()).amountDescription(cost.amountDescription());
        cost.amount().ifPresent(amount -> {
            if (amount.signum() < 0) {
                issues.at("amount").add(OrukIssueCode.AMOUNT_NEGATIVE, "'" + amount + "' is negative");
            } else {
                option.amount(amount);
            }
        });
        currency(cost, issues).ifPresent(option::currency);
        Optional<LocalDate> from = cost.validFrom().flatMap(text -> Values.date(text, issues.at("valid_from")));
        Optional<LocalDate> to = cost.validTo().flatMap(text -> Values.date(text, issues.at("valid_to")));
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            issues.at("valid_to").add(OrukIssueCode.PERIOD_REVERSED, "is before valid_from: left out");
            to = Optional.empty();
        }
        return Optional.of(option.validFrom(from).validTo(to).build());
    }

    static OrukCostOption put(CostOption value, Optional<OrukCostOption> original, Writing writing) {
        OrukCostOption out = original.orElseGet(
                () -> OrukCostOption.builder().id(writing.newId()).build());
        CostOption image = get(out, Issues.discarding()).orElseThrow();
        if (!value.option().equals(image.option())) {
            out = clear(out, "option").withOption(value.option());
        }
        if (!value.amount().equals(image.amount())) {
            out = clear(out, "amount").withAmount(value.amount());
        }
        if (!value.amountDescription().equals(image.amountDescription())) {
            out = clear(out, "amount_description").withAmountDescription(value.amountDescription());
        }
        if (!value.currency().equals(image.currency())) {
            Optional<String> code = value.currency().equals(POUND)
                    ? Optional.empty()
                    : Optional.of(value.currency().getCurrencyCode());
            out = Records.withText(out, CURRENCY, code, OrukCostOption::withExtensions);
        }
        // Written as a pair, like a schedule's validity (see ScheduleOruk).
        if (!value.validFrom().equals(image.validFrom()) || !value.validTo().equals(image.validTo())) {
            out = clear(clear(out, "valid_from"), "valid_to")
                    .withValidFrom(value.validFrom().map(LocalDate::toString))
                    .withValidTo(value.validTo().map(LocalDate::toString));
        }
        return out;
    }

    private static Optional<Currency> currency(OrukCostOption cost, Issues issues) {
        Optional<String> code = Values.text(cost.extensions(), CURRENCY);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (code.get().matches("[A-Z]{3}")) {
                return Optional.of(Currency.getInstance(code.get()));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        issues.at(CURRENCY)
                .add(OrukIssueCode.CURRENCY_INVALID, "'" + code.get() + "' is not an ISO 4217 currency code");
        return Optional.empty();
    }

    private static OrukCostOption clear(OrukCostOption cost, String property) {
        return Records.clear(cost, property, OrukCostOption::withExtensions);
    }
}
