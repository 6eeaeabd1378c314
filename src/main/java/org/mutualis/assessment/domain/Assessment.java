package org.mutualis.assessment.domain;

import java.util.List;

/**
 * The before/after assessment of a procurement ("bilan existant / obtenu"): each item with its
 * lines, the totals per collectivité over the items, and the procurement's total.
 */
public record Assessment(List<AssessmentItem> items, List<AssessmentTotals> collectivities, AssessmentTotals total) {

    public Assessment {
        items = List.copyOf(items);
        collectivities = List.copyOf(collectivities);
    }

    /** Whether every item is awarded. */
    public boolean complete() {
        return total.complete();
    }
}
