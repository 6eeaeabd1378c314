package org.mutualis.procurement.domain;

import org.mutualis.shared.text.Text;

/** How the contract is awarded (procédure de passation): adapted below the threshold, formal at or above it. */
public enum AwardProcedure {
    /** Procédure adaptée (MAPA), allowed below the formal-procedure threshold. */
    ADAPTED("procédure adaptée (MAPA)", false),
    /** Appel d'offres (ouvert ou restreint). */
    CALL_FOR_TENDERS("appel d'offres", true),
    /** Procédure avec négociation. */
    NEGOTIATED("procédure avec négociation", true),
    /** Dialogue compétitif. */
    COMPETITIVE_DIALOGUE("dialogue compétitif", true);

    private final String label;
    private final boolean formal;

    AwardProcedure(String label, boolean formal) {
        this.label = label;
        this.formal = formal;
    }

    /** French label. */
    public String label() {
        return label;
    }

    /** The label in the reader's language, mid-sentence. */
    public Text word() {
        return Text.of("procurement.word.award." + name());
    }

    /** Whether this is a formal procedure (procédure formalisée). */
    public boolean formal() {
        return formal;
    }
}
