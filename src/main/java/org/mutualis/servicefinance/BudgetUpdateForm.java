package org.mutualis.servicefinance;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.domain.costs.ChargeCategory;
import org.mutualis.shared.error.TypedTexts;

/**
 * The year's budget forecast of one category, which replaces the accounts' total of that category,
 * with the foreseeable change that explains it. A line left wholly blank on the page is ignored.
 */
public record BudgetUpdateForm(
        @Nullable ChargeCategory category,
        @Nullable BigDecimal amount,
        @Size(max = 500) @Nullable String reason) {

    boolean blank() {
        return category == null && amount == null && TypedTexts.trimmed(reason) == null;
    }
}
