package org.mutualis.servicefinance.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicedesk.DeskDashboard.Compliance;
import org.mutualis.servicedesk.DeskDashboard.PriorityLine;
import org.mutualis.servicedesk.DeskDashboard.Satisfaction;
import org.mutualis.servicedesk.DeskDashboard.Trainings;
import org.mutualis.servicefinance.domain.UnitOfOperation;

/**
 * The service centre's year for the council (rapport d’activité): the catalogue's services with
 * their unit cost, charges, units delivered and reimbursements; each collectivité's units,
 * tickets, reimbursement and savings; the desk's SLA compliance, satisfaction and trainings.
 * Figures not communicated (NC) or that cannot be drawn are null, never 0.
 *
 * @param provider the EPCI making the service available (the territory's name)
 * @param drawn whether the statements could be drawn: false when a service used in the year has no
 *     unit cost ({@code unpriced} names them), and then every reimbursement and balance is null
 * @param services the catalogue's services in its order (retired ones only when used or priced)
 * @param communes every collectivité of the territory, by code
 */
public record ActivityReport(
        long territoryId,
        String provider,
        int year,
        LocalDate drawnUpOn,
        boolean drawn,
        List<String> unpriced,
        List<ServiceLine> services,
        List<CommuneLine> communes,
        Desk desk,
        Trainings trainings,
        Totals totals) {

    public ActivityReport {
        unpriced = List.copyOf(unpriced);
        services = List.copyOf(services);
        communes = List.copyOf(communes);
    }

    /**
     * One service of the year.
     *
     * @param unitCost the year's unit cost (€ HT per unit), null when none is computed
     * @param charges the charges it was computed from (staff, supplies, renewal, contracts), null likewise
     * @param forecastUnits the units forecast when it was computed, null likewise
     * @param units the units recorded in the year for every collectivité
     * @param reimbursed Σ of the statements' amounts for the service, null when not drawn
     * @param expected unit cost × units, rounded half up to the cent: what {@code reimbursed} must
     *     equal (null when there is no unit cost)
     */
    public record ServiceLine(
            String code,
            String label,
            UnitOfOperation unit,
            @Nullable BigDecimal unitCost,
            @Nullable BigDecimal charges,
            @Nullable BigDecimal forecastUnits,
            BigDecimal units,
            @Nullable BigDecimal reimbursed,
            @Nullable BigDecimal expected) {}

    /**
     * One collectivité's year.
     *
     * @param units the units recorded, by service code (services it did not use are absent)
     * @param reimbursement its statement's total, null when the statements are not drawn
     * @param knownSavings Σ of its savings whose amount is known, null when not drawn
     * @param unknownSavings how many of its savings are not communicated (NC)
     * @param net savings − reimbursement, null when unknown (a saving NC) or not drawn
     */
    public record CommuneLine(
            long collectivityId,
            String code,
            String name,
            Map<String, BigDecimal> units,
            long ticketsOpened,
            long ticketsSolved,
            BigDecimal hoursSpent,
            @Nullable BigDecimal reimbursement,
            @Nullable BigDecimal knownSavings,
            int unknownSavings,
            @Nullable BigDecimal net) {

        public CommuneLine {
            units = Map.copyOf(units);
        }

        /** Its units of one service, 0 when it did not use it. */
        public BigDecimal units(String serviceCode) {
            return units.getOrDefault(serviceCode, BigDecimal.ZERO);
        }
    }

    /**
     * The service desk's year (servicedesk's dashboard): tickets opened and solved, hours spent,
     * compliance overall and by priority (most pressing first), satisfaction.
     */
    public record Desk(
            long opened,
            long solved,
            BigDecimal hoursSpent,
            Compliance overall,
            List<PriorityLine> byPriority,
            Satisfaction satisfaction) {

        public Desk {
            byPriority = List.copyOf(byPriority);
        }
    }

    /**
     * The year's totals.
     *
     * @param charges Σ of the services' charges (those with a unit cost)
     * @param reimbursed Σ of every statement, null when not drawn
     * @param expected Σ over services of unit cost × units to the cent, null when not drawn
     * @param knownSavings Σ of the known savings, null when not drawn
     * @param unknownSavings how many savings are NC
     * @param net Σ of the net balances, null when one is unknown or not drawn
     */
    public record Totals(
            BigDecimal charges,
            @Nullable BigDecimal reimbursed,
            @Nullable BigDecimal expected,
            @Nullable BigDecimal knownSavings,
            int unknownSavings,
            @Nullable BigDecimal net) {}

    /** The service of this code, or null. */
    public @Nullable ServiceLine service(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }
}
