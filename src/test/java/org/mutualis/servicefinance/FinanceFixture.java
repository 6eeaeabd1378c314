package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.mutualis.servicefinance.domain.ConventionKind;
import org.mutualis.servicefinance.domain.CostMethod;

/** Conventions as the tests need them, made through the service's forms. */
public final class FinanceFixture {

    private FinanceFixture() {}

    /** A D5211-16 mise à disposition de service of one collectivité, subscribing to one service. */
    public static ConventionForm convention(
            long collectivityId, LocalDate signedOn, int years, long serviceId, String forecast) {
        return new ConventionForm(
                collectivityId,
                ConventionKind.SERVICE_MADE_AVAILABLE,
                signedOn,
                "D-2014-12",
                signedOn.minusDays(15),
                years,
                CostMethod.D5211_16_UNITS,
                List.of(new SubscriptionLine(serviceId, true, forecast == null ? null : new BigDecimal(forecast))),
                null,
                null);
    }

    /** The same convention with other subscription lines. */
    public static ConventionForm withLines(ConventionForm form, List<SubscriptionLine> lines) {
        return new ConventionForm(
                form.collectivityId(),
                form.kind(),
                form.signedOn(),
                form.deliberationRef(),
                form.deliberationOn(),
                form.durationYears(),
                form.costMethod(),
                lines,
                form.note(),
                form.version());
    }
}
