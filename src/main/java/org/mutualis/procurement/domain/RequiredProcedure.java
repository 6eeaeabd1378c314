package org.mutualis.procurement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.mutualis.shared.text.Text;

/**
 * What an estimated amount calls for on a date: a formal procedure at or above the threshold in
 * force, a procédure adaptée (MAPA) below it, with the threshold and its source to show why.
 */
public record RequiredProcedure(BigDecimal amountHt, LocalDate date, boolean formal, Threshold threshold) {

    /** The French name of the procedure called for. */
    public String label() {
        return formal ? "procédure formalisée (appel d'offres)" : AwardProcedure.ADAPTED.label();
    }

    /** Whether {@code award} is allowed for this amount. */
    public boolean allows(AwardProcedure award) {
        return !formal || award.formal();
    }

    /** The procedure called for, in the reader's language. */
    public Text word() {
        return formal ? Text.of("procurement.word.formal") : AwardProcedure.ADAPTED.word();
    }

    /** The sentence for the procurement page: which procedure the estimate calls for, and why. */
    public Text explanation() {
        return Text.of(
                formal ? "procurement.required.formal" : "procurement.required.adapted",
                ProcurementText.euros(amountHt),
                ProcurementText.euros(threshold.amountHt()),
                threshold.kind().word(),
                ProcurementText.date(date),
                threshold.legalSource(),
                word());
    }
}
