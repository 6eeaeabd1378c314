package org.mutualis.servicefinance.domain.costs;

import java.math.BigDecimal;
import java.util.List;
import org.mutualis.shared.text.Text;

/**
 * A unit operating cost (coût unitaire de fonctionnement, CGCT art. D5211-16) that says how it was
 * computed.
 *
 * @param value euros HT per unit, rounded half up to four decimals from the exact quotient: the
 *     value communicated and billed
 * @param exact the quotient to {@link Money#EXACT_SCALE} decimals, for the formula
 * @param totalCharges Σ of the retained amounts of the admitted categories
 * @param categories every admitted category, in the enum's order, with its accounts' and budget's amounts
 * @param formula the computation with its numbers
 * @param notes the method: the accounts' year, the budget updates, the rule excluding every other
 *     expense
 */
public record UnitCost(
        String serviceCode,
        String unit,
        int year,
        int accountsYear,
        List<CategoryCharge> categories,
        BigDecimal totalCharges,
        BigDecimal forecastUnits,
        BigDecimal exact,
        BigDecimal value,
        Text formula,
        List<Text> notes) {

    public UnitCost {
        categories = List.copyOf(categories);
        notes = List.copyOf(notes);
    }

    /** What a statement needs of it. */
    public ServiceUnitCost rate() {
        return new ServiceUnitCost(serviceCode, year, value);
    }
}
