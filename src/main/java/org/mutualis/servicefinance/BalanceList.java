package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Every collectivité's net balance of a territory for a year, as the reader may see them (a
 * correspondent: their own rows only).
 *
 * @param rows one balance per collectivité, by code
 */
public record BalanceList(long territoryId, String territoryName, int year, List<BalanceView> rows) {

    public BalanceList {
        rows = List.copyOf(rows);
    }

    /** Why the year's charges are unknown, said once for the territory (empty when known). */
    public List<org.mutualis.shared.text.Text> chargesUnknown() {
        return rows.isEmpty() ? List.of() : rows.get(0).chargesUnknown();
    }

    /** Σ of the savings known over the rows. */
    public BigDecimal knownSavings() {
        return rows.stream().map(r -> r.balance().knownSavings()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How many savings are not communicated over the rows. */
    public int unknownSavings() {
        return rows.stream().mapToInt(r -> r.balance().unknownSavings()).sum();
    }

    /** Σ of the charges, or null when they are unknown. */
    public @org.jspecify.annotations.Nullable BigDecimal charges() {
        if (!chargesUnknown().isEmpty()) {
            return null;
        }
        return rows.stream()
                .map(r -> Objects.requireNonNull(r.balance().charges()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
