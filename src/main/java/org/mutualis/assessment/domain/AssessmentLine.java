package org.mutualis.assessment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.savings.domain.Price;
import org.mutualis.savings.domain.SavingAmounts;
import org.mutualis.savings.domain.UnitSaving;
import org.mutualis.savings.domain.VolumeSource;

/**
 * One collectivité's line of an item's assessment, in euros HT: today's price, the expected and
 * the obtained prices, the savings expected and obtained, and the gap between them.
 *
 * @param expectedUnit today's price against the expected offer (prices and saving per unit)
 * @param obtainedUnit today's price against the awarded price, {@code null} when not awarded
 * @param expected the expected saving per month, per year, once and over the contract
 * @param obtained the obtained saving, {@code null} when not awarded (never shown as zero)
 * @param gap obtained − expected for each period, {@code null} when not awarded
 * @param notes conversions of today's price to HT
 */
public record AssessmentLine(
        String collectivityCode,
        String collectivityName,
        BigDecimal volume,
        VolumeSource volumeSource,
        UnitSaving expectedUnit,
        @Nullable UnitSaving obtainedUnit,
        SavingAmounts expected,
        @Nullable SavingAmounts obtained,
        @Nullable SavingAmounts gap,
        List<org.mutualis.shared.text.Text> notes) {

    public AssessmentLine {
        notes = List.copyOf(notes);
    }

    public boolean awarded() {
        return obtained != null;
    }

    /** Today's unit price, HT. */
    public Price currentPrice() {
        return expectedUnit.current();
    }

    /** The expected offer's unit price, HT. */
    public Price expectedPrice() {
        return expectedUnit.offered();
    }

    /** The awarded unit price, HT, or empty when not awarded. */
    public Optional<Price> obtainedPrice() {
        return Optional.ofNullable(obtainedUnit).map(UnitSaving::offered);
    }
}
