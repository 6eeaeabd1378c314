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
            violations.add(new Violation(
                    "framework.maximum.missing",
                    "Un accord-cadre doit fixer un montant maximum (Code de la commande publique) : indiquez-le."));
        } else if (maximum.signum() <= 0) {
            violations.add(new Violation(
                    "framework.maximum.positive", "Le montant maximum de l'accord-cadre doit être positif."));
        }
        int months = agreement.durationMonths();
        if (months <= 0) {
            violations.add(new Violation(
                    "framework.duration.positive", "La durée de l'accord-cadre doit être d'au moins un mois."));
        } else if (months > FrameworkAgreement.MAXIMUM_DURATION_MONTHS) {
            violations.add(new Violation(
                    "framework.duration.tooLong",
                    "La durée de l'accord-cadre (" + months + " mois) dépasse quatre ans (48 mois), "
                            + "maximum du Code de la commande publique."));
        }
        LocalDate start = milestones.startOn();
        LocalDate end = milestones.endOn();
        if (months > 0
                && start != null
                && end != null
                && end.isAfter(start.plusMonths(months).minusDays(1))) {
            violations.add(new Violation(
                    "framework.calendar.tooLong",
                    "L'exécution prévue du " + date(start) + " au " + date(end)
                            + " dépasse la durée de l'accord-cadre (" + months + " mois)."));
        }
    }
}
