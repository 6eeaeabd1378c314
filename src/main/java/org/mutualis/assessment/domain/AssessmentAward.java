package org.mutualis.assessment.domain;

import java.time.LocalDate;
import org.mutualis.savings.domain.Price;

/**
 * The award of an item after the procurement: who won it, at what unit price, and when.
 *
 * @param supplier the awarded supplier (titulaire)
 * @param price the awarded unit price, HT or TTC as stated in the contract
 * @param awardedOn the award date; a TTC price is converted to HT with the VAT rate of that date
 */
public record AssessmentAward(String supplier, Price price, LocalDate awardedOn) {

    public AssessmentAward {
        if (price.amount().signum() < 0) {
            throw new IllegalArgumentException("an awarded price cannot be negative");
        }
    }
}
