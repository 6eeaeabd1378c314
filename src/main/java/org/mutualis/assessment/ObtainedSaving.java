package org.mutualis.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What one member collectivité obtained in one year from one awarded item of a group procurement,
 * by the assessment's own computation (its declared census volume and today's price against the
 * awarded price), placed in the year as docs/servicefinance-rules.md says: a recurring saving
 * (monthly, per copy, yearly fee) for each month of the member's contract that begins in the year,
 * a one-off purchase whole in the year the member's contract begins.
 *
 * @param procurementId the group procurement
 * @param procurement its subject
 * @param item the awarded item (the price item's label)
 * @param supplier the awarded supplier
 * @param amount euros HT obtained in the year, to the cent (negative when the award costs more);
 *     null when not communicated (NC): the member declared no volume or no price in the census
 * @param annual the obtained saving for a whole year (for a one-off purchase: the one-off saving);
 *     null when NC
 * @param oneOff a one-off purchase, counted once in the year its contract begins
 * @param months months of the member's contract that begin in the year (0 for a one-off purchase)
 * @param from the first day of the member's contract (the procurement's start, or the day after
 *     the member's own contract ended when that is later)
 * @param to the last day of the contract
 * @param datesKnown whether the procurement's start and end are known; otherwise the contract is
 *     taken to start on the award date and to run the offer's months
 */
public record ObtainedSaving(
        long procurementId,
        String procurement,
        String item,
        String supplier,
        String collectivityCode,
        String collectivityName,
        @Nullable BigDecimal amount,
        @Nullable BigDecimal annual,
        boolean oneOff,
        int months,
        LocalDate from,
        LocalDate to,
        boolean datesKnown) {

    /** Whether the saving is known (not NC). */
    public boolean known() {
        return amount != null;
    }
}
