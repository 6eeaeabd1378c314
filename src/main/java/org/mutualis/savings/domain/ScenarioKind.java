package org.mutualis.savings.domain;

/** The study's four ways of buying together. */
public enum ScenarioKind {
    /** Collaborative by groupement de commandes: one supplier for all the members. */
    PURCHASING_GROUP("collaboratif par groupement de commandes"),
    /** Collaborative by accord-cadre with marchés subséquents: each commune picks among holders. */
    FRAMEWORK_AGREEMENT("collaboratif par accord-cadre et marchés subséquents"),
    /** Servers pooled at the EPCI. */
    POOLED_SERVERS("mutualisation des serveurs"),
    /** Autonomous: shared templates only, each collectivité buys alone. */
    AUTONOMOUS("autonome (modèles partagés seulement)");

    private final String label;

    ScenarioKind(String label) {
        this.label = label;
    }

    /** French label. */
    public String label() {
        return label;
    }
}
