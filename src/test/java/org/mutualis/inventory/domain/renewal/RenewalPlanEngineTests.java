package org.mutualis.inventory.domain.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The five-year renewal plan: a machine due at its lifespan, brought forward by its system's end of
 * support when it is near its lifespan then, migrated otherwise; unknown ages in the first year;
 * euros HT and TTC per year; a kind without a mean cost unpriced, never at zero.
 */
class RenewalPlanEngineTests {

    static final Map<String, Integer> LIFESPANS = Map.of("desktop", 8, "laptop", 5);
    static final Map<String, BigDecimal> COSTS =
            Map.of("desktop", new BigDecimal("903.83"), "laptop", new BigDecimal("1020.00"));
    static final BigDecimal VAT = new BigDecimal("0.20");
    static final LocalDate WINDOWS_10_END = LocalDate.of(2025, 10, 14);

    static RenewalMachine machine(long id, String kind, int boughtIn, LocalDate end) {
        return new RenewalMachine(id, kind, LocalDate.of(boughtIn, 6, 1), end);
    }

    @Test
    void aMachineIsDueAtItsLifespanAndOneAlreadyPastInTheFirstYear() {
        var plan = RenewalPlanEngine.plan(
                List.of(machine(1, "desktop", 2022, null), machine(2, "desktop", 2012, null)),
                LIFESPANS,
                COSTS,
                VAT,
                2027,
                5);

        assertThat(plan.machines())
                .containsExactlyInAnyOrder(
                        new RenewalPlanEngine.Due(1, "desktop", 2030, RenewalCause.AGE),
                        new RenewalPlanEngine.Due(2, "desktop", 2027, RenewalCause.AGE));
        assertThat(plan.years().get(0).costHt()).isEqualByComparingTo("903.83");
        assertThat(plan.years().get(0).costTtc()).isEqualByComparingTo("1084.60");
    }

    @Test
    void theEndOfSupportBringsForwardAMachineNearItsLifespanAndLetsAYoungOneMigrate() {
        var plan = RenewalPlanEngine.plan(
                List.of(machine(1, "desktop", 2019, WINDOWS_10_END), machine(2, "desktop", 2023, WINDOWS_10_END)),
                LIFESPANS,
                COSTS,
                VAT,
                2026,
                5);

        // The young one takes the next system and is due at its lifespan, 2031: after this plan.
        assertThat(plan.machines())
                .containsExactly(new RenewalPlanEngine.Due(1, "desktop", 2026, RenewalCause.END_OF_SUPPORT));
        assertThat(RenewalPlanEngine.due(machine(2, "desktop", 2023, WINDOWS_10_END), 8, 2026))
                .isEqualTo(new RenewalPlanEngine.Due(2, "desktop", 2031, RenewalCause.AGE));
        assertThat(plan.years().get(0).forced()).containsEntry("desktop", 1L);
    }

    @Test
    void anUnknownAgeIsDueFirstAndAnUnknownCostIsNotZero() {
        var plan = RenewalPlanEngine.plan(
                List.of(new RenewalMachine(1, "laptop", null, null), machine(2, "thin_client", 2010, null)),
                Map.of("laptop", 5, "thin_client", 7),
                COSTS,
                VAT,
                2026,
                5);

        RenewalYear first = plan.years().get(0);
        assertThat(first.totalUnits()).isEqualTo(2);
        assertThat(first.unpriced()).isEqualTo(1);
        assertThat(first.costHt()).isEqualByComparingTo("1020.00");
        assertThat(plan.machines()).extracting(RenewalPlanEngine.Due::cause).contains(RenewalCause.UNKNOWN_AGE);
    }

    @Property
    void theYearsAddUpToTheMachinesDueAndTheirCosts(
            @ForAll @Size(max = 40) List<@IntRange(min = 2005, max = 2030) Integer> boughtIn,
            @ForAll @IntRange(min = 2020, max = 2035) int firstYear) {
        List<RenewalMachine> machines = new ArrayList<>();
        for (int i = 0; i < boughtIn.size(); i++) {
            machines.add(
                    machine(i, i % 2 == 0 ? "desktop" : "laptop", boughtIn.get(i), i % 3 == 0 ? WINDOWS_10_END : null));
        }
        var plan = RenewalPlanEngine.plan(machines, LIFESPANS, COSTS, VAT, firstYear, 5);

        long units = plan.years().stream().mapToLong(RenewalYear::totalUnits).sum();
        assertThat(units).isEqualTo(plan.machines().size());
        BigDecimal ht = plan.years().stream().map(RenewalYear::costHt).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected =
                plan.machines().stream().map(d -> COSTS.get(d.kind())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(ht).isEqualByComparingTo(expected);
    }

    @Property
    void aMachineIsNeverDueAfterItsLifespanNorBeforeThePlan(
            @ForAll @IntRange(min = 2000, max = 2035) int bought,
            @ForAll @IntRange(min = 2020, max = 2035) int firstYear) {
        var plan = RenewalPlanEngine.plan(
                List.of(machine(1, "desktop", bought, WINDOWS_10_END)), LIFESPANS, COSTS, VAT, firstYear, 5);

        for (var d : plan.machines()) {
            assertThat(d.year()).isBetween(firstYear, Math.max(firstYear, bought + 8));
        }
    }
}
