package org.mutualis.assessment.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.savings.domain.SavingAmounts;

/**
 * Savings added up over a scope: an item (over its collectivités), a collectivité (over its items)
 * or the whole procurement. Items not awarded count in the expected saving only; the gap compares
 * the obtained saving with the saving expected on the awarded items alone.
 *
 * @param scope what is added up: an item's label, a collectivité's code, or {@code marché}
 * @param label the scope as a reader names it
 * @param expected the expected saving over every item of the scope
 * @param expectedAwarded the expected saving over the awarded items only
 * @param obtained the obtained saving over the awarded items, {@code null} when none is awarded
 * @param gap obtained − expectedAwarded, {@code null} when none is awarded
 * @param notAwarded labels of the scope's items not awarded yet
 */
public record AssessmentTotals(
        String scope,
        String label,
        SavingAmounts expected,
        SavingAmounts expectedAwarded,
        @Nullable SavingAmounts obtained,
        @Nullable SavingAmounts gap,
        List<String> notAwarded) {

    public AssessmentTotals {
        notAwarded = List.copyOf(notAwarded);
    }

    /** Whether every item of the scope is awarded. */
    public boolean complete() {
        return notAwarded.isEmpty();
    }
}
