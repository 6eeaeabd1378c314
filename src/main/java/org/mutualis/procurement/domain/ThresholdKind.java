package org.mutualis.procurement.domain;

import org.mutualis.shared.text.Text;

/** The market a procedure threshold applies to, for collectivités (pouvoirs adjudicateurs locaux). */
public enum ThresholdKind {
    /** Fournitures et services. */
    SUPPLIES_AND_SERVICES("fournitures et services"),
    /** Travaux. */
    WORKS("travaux");

    private final String label;

    ThresholdKind(String label) {
        this.label = label;
    }

    /** French label. */
    public String label() {
        return label;
    }

    /** The label in the reader's language, mid-sentence. */
    public Text word() {
        return Text.of("procurement.word.thresholdKind." + name());
    }
}
