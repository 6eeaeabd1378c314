package org.mutualis.servicefinance.domain.costs;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.Text;

/**
 * The verdict on a unit cost's communication.
 *
 * @param deadline the date the rule sets (the budget adoption date, which the communication must
 *     precede; or the last day of the three months after the signature, which it may reach); null
 *     when unknown
 * @param reason why, with the dates and the article's text
 */
public record CommunicationCheck(
        CommunicationStatus status, @Nullable LocalDate deadline, Text reason) {

    /** Whether the page must flag it. */
    public boolean late() {
        return status == CommunicationStatus.LATE;
    }
}
