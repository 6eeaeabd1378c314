package org.mutualis.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.renewal.RenewalCause;
import org.mutualis.shared.ListPage;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.TerritorySummary;

/**
 * The renewal plan of a collectivité or a territory (issue 15, item 8), year by year: units and
 * euros HT and TTC per kind of machine, the migration wave the end of support forces shown apart,
 * and each machine's line saying why it is due that year.
 *
 * @param collectivity null for a territory's plan
 * @param firstYear the plan's first year: next year (budgets are voted for the coming year)
 * @param vatRate the VAT applied (0.20)
 * @param lifespans the lifespan each collectivité's machines take, and where it comes from
 * @param years one line per year
 * @param byCollectivity per collectivité and year, units and euros (a territory's plan; empty for one collectivité)
 * @param machines the machines due within the plan, by year (paged)
 * @param considered machines planned (the kinds the census prices, counted devices)
 * @param dueLater of them, those due after the plan's last year
 * @param leftOut machines not planned, by kind (tablets, other devices, virtual machines)
 */
public record RenewalPlanView(
        TerritorySummary territory,
        @Nullable CollectivityView collectivity,
        LocalDate on,
        int firstYear,
        int lastYear,
        BigDecimal vatRate,
        CensusPrices prices,
        List<Lifespan> lifespans,
        List<Year> years,
        Totals totals,
        List<CollectivityYears> byCollectivity,
        ListPage<MachineLine> machines,
        long considered,
        long dueLater,
        Map<String, Long> leftOut) {

    public RenewalPlanView {
        lifespans = List.copyOf(lifespans);
        years = List.copyOf(years);
        byCollectivity = List.copyOf(byCollectivity);
        leftOut = Map.copyOf(leftOut);
    }

    /** Where a lifespan comes from. */
    public enum LifespanSource {
        /** The campaign's simple mean of {@code avg_lifespan_years}, rounded to whole years. */
        CAMPAIGN_MEAN,
        /** The campaign's default lifespan for the collectivité's population band (or the EPCI and other bodies'). */
        BAND_DEFAULT,
        /** No campaign: the 2012 study's band defaults. */
        STUDY_DEFAULT
    }

    /**
     * A collectivité's lifespan.
     *
     * @param exact the mean or default before rounding to whole years
     */
    public record Lifespan(long collectivityId, String name, int years, BigDecimal exact, LifespanSource source) {}

    /**
     * One kind's machines in a year.
     *
     * @param forced of the units, those the end of support brings forward (the migration wave)
     * @param unitCostHt the kind's mean cost; null: unpriced
     * @param costHt units × unit cost; null when unpriced
     * @param forcedHt forced × unit cost; null when unpriced
     */
    public record KindYear(
            String kind,
            long units,
            long forced,
            @Nullable BigDecimal unitCostHt,
            @Nullable BigDecimal costHt,
            @Nullable BigDecimal costTtc,
            @Nullable BigDecimal forcedHt) {}

    /**
     * One year.
     *
     * @param costHt the priced kinds' euros HT (unpriced units are not in it: NC is not zero)
     * @param costTtc costHt with VAT, rounded to the cent
     * @param forced units the end of support forces (the migration wave)
     * @param forcedHt their priced euros HT
     * @param unpriced units of a kind without a mean cost
     */
    public record Year(
            int year,
            List<KindYear> kinds,
            long units,
            BigDecimal costHt,
            BigDecimal costTtc,
            long forced,
            BigDecimal forcedHt,
            long unpriced) {

        public Year {
            kinds = List.copyOf(kinds);
        }
    }

    /** The plan's years added up. */
    public record Totals(
            long units, BigDecimal costHt, BigDecimal costTtc, long forced, BigDecimal forcedHt, long unpriced) {}

    /** A collectivité's units and euros per year, as its budget line. */
    public record CollectivityYears(long collectivityId, String code, String name, List<Year> years) {

        public CollectivityYears {
            years = List.copyOf(years);
        }
    }

    /**
     * One machine due within the plan, and why that year.
     *
     * @param acquired the purchase date, else the BIOS date; null: age unknown
     * @param acquiredFrom {@code PURCHASE} or {@code BIOS}; null when the age is unknown
     * @param lifespan the years its kind lives in its collectivité
     * @param ageYear acquired year + lifespan (null when the age is unknown)
     * @param system its system as the rules read it
     * @param systemEnd its system's end of support
     * @param year the year it is due
     * @param cause its lifespan, its system's end of support (the migration wave) or an unknown age
     * @param overdue whether its lifespan or its system's end of support came before the plan: it is
     *     counted in the plan's first year
     * @param costHt its kind's mean cost (null: unpriced)
     */
    public record MachineLine(
            long deviceId,
            long collectivityId,
            String collectivityName,
            String name,
            String kind,
            @Nullable LocalDate acquired,
            @Nullable String acquiredFrom,
            int lifespan,
            @Nullable Integer ageYear,
            @Nullable String system,
            @Nullable LocalDate systemEnd,
            int year,
            RenewalCause cause,
            boolean overdue,
            @Nullable BigDecimal costHt) {}
}
