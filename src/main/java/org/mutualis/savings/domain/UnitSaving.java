package org.mutualis.savings.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Today's price against an offer for one unit of an item. A negative saving is a cost increase,
 * shown with the offer's non-price benefits.
 *
 * @param current today's unit price
 * @param offered the offer's unit price on the same basis (HT or TTC) as {@code current}
 * @param perUnit current − offered
 * @param percent (current − offered) ÷ current × 100, to 2 decimals
 * @param wholePercent the same, to the whole percent as the study writes it
 * @param benefits the offer's non-price benefits
 * @param notes conversions between HT and TTC, and anything else a reader must know
 */
public record UnitSaving(
        PriceItem item,
        Price current,
        Price offered,
        SavingFigure perUnit,
        SavingFigure percent,
        SavingFigure wholePercent,
        List<String> benefits,
        List<org.mutualis.shared.text.Text> notes) {

    public UnitSaving {
        benefits = List.copyOf(benefits);
        notes = List.copyOf(notes);
    }

    /** The offer costs more than today's price. */
    public boolean costIncrease() {
        return perUnit.value().signum() < 0;
    }

    /** The saving in percent of today's price, rounded HALF_UP to {@code scale} decimals. */
    public BigDecimal percent(int scale) {
        if (current.amount().signum() == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return perUnit.value().multiply(BigDecimal.valueOf(100)).divide(current.amount(), scale, RoundingMode.HALF_UP);
    }

    /** How much dearer the offer is, in percent of today's price (zero when it is not dearer). */
    public BigDecimal costIncreasePercent(int scale) {
        return costIncrease() ? percent(scale).negate() : BigDecimal.ZERO.setScale(scale);
    }
}
