package org.mutualis.inventory.domain.renewal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The euros HT to replace machines at mean costs: per kind, units × the kind's mean cost (rounded
 * to the cent), and their sum. A kind without a mean cost is unpriced: its units are counted apart
 * and its euros are null, never zero; a total whose machines are all unpriced is null too.
 */
public final class ExposurePricing {

    /**
     * One kind's machines and what replacing them costs.
     *
     * @param unitCostHt the kind's mean cost, null when unknown
     * @param eurosHt units × unit cost, null when the unit cost is unknown
     */
    public record Line(
            String kind,
            long units,
            @Nullable BigDecimal unitCostHt,
            @Nullable BigDecimal eurosHt) {

        public boolean priced() {
            return eurosHt != null;
        }
    }

    /**
     * The lines by kind, their priced sum and the units left unpriced.
     *
     * @param eurosHt the priced lines' sum; null when there are machines but none could be priced
     */
    public record Priced(List<Line> lines, @Nullable BigDecimal eurosHt, long units, long unpriced) {

        public Priced {
            lines = List.copyOf(lines);
        }
    }

    private ExposurePricing() {}

    /** @param costsHt euros HT per kind; a kind missing from it is unpriced */
    public static Priced price(Map<String, Long> unitsByKind, Map<String, BigDecimal> costsHt) {
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean anyPriced = false;
        long units = 0;
        long unpriced = 0;
        for (Map.Entry<String, Long> e : new TreeMap<>(unitsByKind).entrySet()) {
            long n = e.getValue();
            if (n <= 0) {
                continue;
            }
            units += n;
            BigDecimal cost = costsHt.get(e.getKey());
            if (cost == null) {
                unpriced += n;
                lines.add(new Line(e.getKey(), n, null, null));
                continue;
            }
            BigDecimal euros = cost.multiply(BigDecimal.valueOf(n)).setScale(2, RoundingMode.HALF_UP);
            total = total.add(euros);
            anyPriced = true;
            lines.add(new Line(e.getKey(), n, cost, euros));
        }
        return new Priced(lines, units > 0 && !anyPriced ? null : total, units, unpriced);
    }
}
