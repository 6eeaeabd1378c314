package org.mutualis.procurement.domain;

/** How an accord-cadre is executed. */
public enum ExecutionMode {
    /** Bons de commande. */
    PURCHASE_ORDERS("bons de commande"),
    /** Marchés subséquents. */
    SUBSEQUENT_CONTRACTS("marchés subséquents");

    private final String label;

    ExecutionMode(String label) {
        this.label = label;
    }

    /** French label. */
    public String label() {
        return label;
    }
}
