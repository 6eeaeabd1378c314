package org.mutualis.assessment.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.savings.domain.Offer;
import org.mutualis.savings.domain.PriceItem;
import org.mutualis.savings.domain.PriceUnit;

/**
 * The assessment of one item: a line per member collectivité and the item's totals.
 *
 * @param award the award, {@code null} when the item is not awarded yet
 */
public record AssessmentItem(
        Offer expected,
        @Nullable AssessmentAward award,
        int contractMonths,
        List<AssessmentLine> lines,
        AssessmentTotals totals) {

    public AssessmentItem {
        lines = List.copyOf(lines);
    }

    public PriceItem item() {
        return expected.item();
    }

    public boolean awarded() {
        return award != null;
    }

    /** A one-off purchase saves once, not per year: its headline period is the one-off saving. */
    public boolean oneOff() {
        return item().unit() == PriceUnit.PER_UNIT;
    }
}
