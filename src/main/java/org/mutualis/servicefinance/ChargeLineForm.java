package org.mutualis.servicefinance;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.domain.costs.ChargeCategory;
import org.mutualis.shared.error.TypedTexts;

/**
 * One expense of the administrative accounts charged to the service: its D5211-16 category, the
 * account it comes from (« 6411 Personnel titulaire »), its amount in euros HT. A line left wholly
 * blank on the page is ignored.
 */
public record ChargeLineForm(
        @Nullable ChargeCategory category,
        @Size(max = 200) @Nullable String account,
        @Nullable BigDecimal amount) {

    boolean blank() {
        return category == null && TypedTexts.trimmed(account) == null && amount == null;
    }
}
