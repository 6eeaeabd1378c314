package org.mutualis.inventory.domain.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Euros to replace exposed machines: units × mean cost per kind; a kind without a cost is unpriced, never 0. */
class ExposurePricingTests {

    static final Map<String, BigDecimal> COSTS =
            Map.of("desktop", new BigDecimal("680.42"), "laptop", new BigDecimal("946.96"));

    @Test
    void eurosAreUnitsTimesTheMeanCostAndAnUnknownCostIsLeftOut() {
        var priced = ExposurePricing.price(Map.of("desktop", 3L, "laptop", 1L, "server", 2L), COSTS);

        assertThat(priced.eurosHt()).isEqualByComparingTo("2988.22"); // 3 × 680.42 + 946.96
        assertThat(priced.unpriced()).isEqualTo(2);
        assertThat(priced.lines())
                .filteredOn(l -> l.kind().equals("server"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.eurosHt()).isNull();
                    assertThat(l.unitCostHt()).isNull();
                });
    }

    @Test
    void machinesNoneOfWhichCanBePricedCostNotZeroButUnknown() {
        assertThat(ExposurePricing.price(Map.of("server", 2L), COSTS).eurosHt()).isNull();
        assertThat(ExposurePricing.price(Map.of(), COSTS).eurosHt()).isEqualByComparingTo("0");
    }

    @Property
    void theTotalIsTheSumOfEachPricedKindsUnitsTimesItsCost(
            @ForAll @LongRange(max = 500) long desktops,
            @ForAll @LongRange(max = 500) long laptops,
            @ForAll @LongRange(max = 500) long servers) {
        Map<String, Long> units = new HashMap<>(Map.of("desktop", desktops, "laptop", laptops, "server", servers));
        var priced = ExposurePricing.price(units, COSTS);

        BigDecimal expected = COSTS.get("desktop")
                .multiply(BigDecimal.valueOf(desktops))
                .add(COSTS.get("laptop").multiply(BigDecimal.valueOf(laptops)));
        if (desktops + laptops == 0 && servers > 0) {
            assertThat(priced.eurosHt()).isNull();
        } else {
            assertThat(priced.eurosHt()).isEqualByComparingTo(expected);
        }
        assertThat(priced.unpriced()).isEqualTo(servers);
        assertThat(priced.units()).isEqualTo(desktops + laptops + servers);
    }
}
