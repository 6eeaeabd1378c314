package org.mutualis.inventory.domain.renewal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The renewal plan over {@code years} years from {@code firstYear}: each machine is due the year
 * it reaches its kind's lifespan (acquired + lifespan), or the year its system's support ends when
 * that comes first (the migration wave: a machine still young enough is expected to take the next
 * system, one due within its lifespan's last two years is replaced instead); a machine already
 * past either is due in the first year. A machine without a known age is due in the first year
 * and counted as {@link RenewalCause#UNKNOWN_AGE}. Costs are the kind's mean cost HT × units, TTC
 * with the VAT rate, rounded to the cent per year; a kind without a mean cost leaves its machines
 * unpriced, never priced at zero.
 */
public final class RenewalPlanEngine {

    /** A machine this close to its lifespan when its support ends is replaced rather than migrated. */
    static final int MIGRATION_MARGIN_YEARS = 2;

    /** One machine's year and cause, the plan's explanation line. */
    public record Due(long deviceId, String kind, int year, RenewalCause cause) {}

    /** The plan: its years and each machine's line (machines due after the horizon are not listed). */
    public record Plan(List<RenewalYear> years, List<Due> machines) {
        public Plan {
            years = List.copyOf(years);
            machines = List.copyOf(machines);
        }
    }

    private RenewalPlanEngine() {}

    /**
     * @param lifespans years per kind (a kind without one is never due for its age)
     * @param meanCostsHt euros HT per kind (a kind without one is unpriced)
     * @param vatRate for example 0.20
     */
    public static Plan plan(
            List<RenewalMachine> machines,
            Map<String, Integer> lifespans,
            Map<String, BigDecimal> meanCostsHt,
            BigDecimal vatRate,
            int firstYear,
            int years) {
        if (years < 1) {
            throw new IllegalArgumentException("a plan has at least one year");
        }
        int lastYear = firstYear + years - 1;
        List<Due> due = new ArrayList<>();
        for (RenewalMachine m : machines) {
            Due d = due(m, lifespans.get(m.kind()), firstYear);
            if (d != null && d.year() <= lastYear) {
                due.add(d);
            }
        }
        List<RenewalYear> plan = new ArrayList<>();
        BigDecimal vat = BigDecimal.ONE.add(vatRate);
        for (int year = firstYear; year <= lastYear; year++) {
            Map<String, Long> units = new TreeMap<>();
            Map<String, Long> forced = new TreeMap<>();
            BigDecimal ht = BigDecimal.ZERO;
            long unpriced = 0;
            for (Due d : due) {
                if (d.year() != year) {
                    continue;
                }
                units.merge(d.kind(), 1L, Long::sum);
                if (d.cause() == RenewalCause.END_OF_SUPPORT) {
                    forced.merge(d.kind(), 1L, Long::sum);
                }
                BigDecimal cost = meanCostsHt.get(d.kind());
                if (cost == null) {
                    unpriced++;
                } else {
                    ht = ht.add(cost);
                }
            }
            ht = ht.setScale(2, RoundingMode.HALF_UP);
            plan.add(new RenewalYear(
                    year, units, forced, ht, ht.multiply(vat).setScale(2, RoundingMode.HALF_UP), unpriced));
        }
        return new Plan(plan, due);
    }

    static @Nullable Due due(RenewalMachine m, @Nullable Integer lifespan, int firstYear) {
        if (m.acquired() == null) {
            return new Due(m.deviceId(), m.kind(), firstYear, RenewalCause.UNKNOWN_AGE);
        }
        Integer ageYear = lifespan == null ? null : m.acquired().getYear() + lifespan;
        LocalDate end = m.systemEndOfSupport();
        Integer supportYear = null;
        if (end != null && (ageYear == null || end.getYear() < ageYear)) {
            // The end of support comes first: replaced if the machine is near its lifespan then, else migrated.
            if (ageYear != null && ageYear - end.getYear() <= MIGRATION_MARGIN_YEARS) {
                supportYear = end.getYear();
            }
        }
        if (supportYear != null) {
            return new Due(m.deviceId(), m.kind(), Math.max(firstYear, supportYear), RenewalCause.END_OF_SUPPORT);
        }
        if (ageYear == null) {
            return null;
        }
        return new Due(m.deviceId(), m.kind(), Math.max(firstYear, ageYear), RenewalCause.AGE);
    }
}
