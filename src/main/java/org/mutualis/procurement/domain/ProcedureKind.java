package org.mutualis.procurement.domain;

/** The way collectivités buy together, as the study lists them. */
public enum ProcedureKind {
    /** Groupement de commandes. */
    PURCHASING_GROUP("groupement de commandes"),
    /** Accord-cadre. */
    FRAMEWORK_AGREEMENT("accord-cadre"),
    /** Centrale d'achat (UGAP). */
    CENTRAL_PURCHASING_BODY("centrale d'achat");

    private final String label;

    ProcedureKind(String label) {
        this.label = label;
    }

    /** French label. */
    public String label() {
        return label;
    }
}
