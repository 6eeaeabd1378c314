package org.mutualis.procurement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

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

    /** A French sentence for the procurement page. */
    public String explanation() {
        return "Montant estimé " + ProcurementText.euros(amountHt) + (formal ? " supérieur ou égal" : " inférieur")
                + " au seuil de " + ProcurementText.euros(threshold.amountHt()) + " ("
                + threshold.kind().label()
                + ", en vigueur au " + ProcurementText.date(date) + " ; source : " + threshold.legalSource()
                + ") : " + label() + ".";
    }
}
