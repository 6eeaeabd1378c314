package org.mutualis.servicefinance.domain.costs;

import java.time.LocalDate;
import org.mutualis.shared.text.FrenchDates;
import org.mutualis.shared.text.Text;

/**
 * CGCT art. D5211-16: « le coût unitaire est porté à la connaissance des bénéficiaires […] chaque
 * année, avant la date d'adoption du budget prévue à l'article L. 1612-2 » — strictly before the
 * adoption date (the same day is late, since the council then votes without it); the year of the
 * convention's signature, « dans un délai de trois mois à compter de la signature » — up to and
 * including the same day three months later.
 */
public final class UnitCostCommunication {

    private UnitCostCommunication() {}

    /**
     * @param today the day of the check (from the application's clock): an unsent communication is
     *     late once its deadline has passed
     */
    public static CommunicationCheck check(CommunicationFacts facts, LocalDate today) {
        Text rule = LegalRule.COMMUNICATION.text();
        LocalDate communicated = facts.communicated();
        if (facts.firstYear()) {
            LocalDate deadline = facts.conventionSigned().plusMonths(3);
            String signed = FrenchDates.format(facts.conventionSigned());
            if (communicated == null) {
                return today.isAfter(deadline)
                        ? verdict(CommunicationStatus.LATE, deadline, "firstYear.missing", signed, deadline, rule)
                        : verdict(CommunicationStatus.PENDING, deadline, "firstYear.pending", signed, deadline, rule);
            }
            return communicated.isAfter(deadline)
                    ? verdict(
                            CommunicationStatus.LATE, deadline, "firstYear.late", communicated, signed, deadline, rule)
                    : verdict(
                            CommunicationStatus.ON_TIME,
                            deadline,
                            "firstYear.onTime",
                            communicated,
                            signed,
                            deadline,
                            rule);
        }
        LocalDate adoption = facts.budgetAdoption();
        if (adoption == null) {
            return new CommunicationCheck(
                    CommunicationStatus.UNKNOWN,
                    null,
                    Text.of("servicefinance.rules.communication.budgetUnknown", rule));
        }
        if (communicated == null) {
            return today.isBefore(adoption)
                    ? verdict(CommunicationStatus.PENDING, adoption, "budget.pending", adoption, rule)
                    : verdict(CommunicationStatus.LATE, adoption, "budget.missing", adoption, rule);
        }
        return communicated.isBefore(adoption)
                ? verdict(CommunicationStatus.ON_TIME, adoption, "budget.onTime", communicated, adoption, rule)
                : verdict(CommunicationStatus.LATE, adoption, "budget.late", communicated, adoption, rule);
    }

    private static CommunicationCheck verdict(
            CommunicationStatus status, LocalDate deadline, String reason, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof LocalDate date ? FrenchDates.format(date) : args[i];
        }
        return new CommunicationCheck(status, deadline, Text.of("servicefinance.rules.communication." + reason, shown));
    }
}
