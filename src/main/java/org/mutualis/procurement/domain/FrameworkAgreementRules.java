package org.mutualis.procurement.domain;

import static org.mutualis.procurement.domain.ProcurementText.date;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.mutualis.procurement.domain.Procedure.FrameworkAgreement;

/** Accord-cadre: a maximum amount, and at most four years. */
final class FrameworkAgreementRules {

    private FrameworkAgreementRules() {}

    static void check(FrameworkAgreement agreement, Milestones milestones, List<Violation> violations) {
        BigDecimal maximum = agreement.maximumAmountHt();
        if (maximum == null) {
            violations.add(Violation.of("framework.maximum.missing", "procurement.framework.maximum.missing"));
        } else if (maximum.signum() <= 0) {
            violations.add(Violation.of("framework.maximum.positive", "procurement.framework.maximum.positive"));
        }
        int months = agreement.durationMonths();
        if (months <= 0) {
            violations.add(Violation.of("framework.duration.positive", "procurement.framework.duration.positive"));
        } else if (months > FrameworkAgreement.MAXIMUM_DURATION_MONTHS) {
            violations.add(Violation.of(
                    "framework.duration.tooLong", "procurement.framework.duration.tooLong", String.valueOf(months)));
        }
        LocalDate start = milestones.startOn();
        LocalDate end = milestones.endOn();
        if (months > 0
                && start != null
                && end != null
                && end.isAfter(start.plusMonths(months).minusDays(1))) {
            violations.add(Violation.of(
                    "framework.calendar.tooLong",
                    "procurement.framework.calendar.tooLong",
                    date(start),
                    date(end),
                    String.valueOf(months)));
        }
    }
}
