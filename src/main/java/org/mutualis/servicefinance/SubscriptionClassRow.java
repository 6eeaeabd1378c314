package org.mutualis.servicefinance;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.error.TypedTexts;

/**
 * One size class of the flat subscription as typed: its label (« Moins de 500 habitants »), the
 * population range (both bounds included; no upper bound for the last class) and the annual fee in
 * euros HT. A row left wholly blank on the page is ignored.
 */
public record SubscriptionClassRow(
        @Size(max = 200) @Nullable String label,
        @Nullable Integer populationFrom,
        @Nullable Integer populationTo,
        @Nullable BigDecimal annualFee) {

    boolean blank() {
        return TypedTexts.trimmed(label) == null && populationFrom == null && populationTo == null && annualFee == null;
    }
}
