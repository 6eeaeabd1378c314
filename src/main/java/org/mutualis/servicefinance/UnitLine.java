package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.domain.UnitOfOperation;
import org.mutualis.servicefinance.domain.sharing.Use;
import org.mutualis.shared.text.Text;

/**
 * One recorded use of a service by a collectivité, traceable to its source line: the ticket
 * (« demande n° 123 »), the training session, the census, or the manual entry with its
 * justification; its units of operation (more than zero).
 */
public record UnitLine(
        LocalDate date,
        long serviceId,
        String serviceCode,
        String serviceLabel,
        UnitOfOperation unit,
        UnitSource source,
        Text label,
        BigDecimal units,
        @Nullable Long ticketId,
        @Nullable Long sessionId,
        @Nullable Long campaignId,
        @Nullable Long manualId,
        @Nullable String justification) {

    /** The line as a statement counts it (its source in French). */
    public Use use() {
        return new Use(date, serviceCode, label.french(), units);
    }
}
