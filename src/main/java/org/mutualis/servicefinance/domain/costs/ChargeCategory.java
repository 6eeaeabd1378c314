package org.mutualis.servicefinance.domain.costs;

import org.mutualis.shared.text.Text;

/**
 * A kind of expense of the administrative accounts, as CGCT art. D5211-16 sorts them: the four it
 * names enter the unit cost ({@link #admitted()}); every other expense « non strictement liée au
 * fonctionnement du service » is excluded, and a charge entered under one is refused with the
 * article's text ({@link LegalRule#CHARGES}).
 */
public enum ChargeCategory {
    /** Charges de personnel: salaries and social charges of the service's staff. */
    STAFF(true),
    /** Fournitures: consumables, small equipment, supplies of the service. */
    SUPPLIES(true),
    /**
     * Coût de renouvellement des biens: the yearly cost of renewing the service's equipment (its
     * depreciation, dotations aux amortissements, is the usual measure); not the purchase itself.
     */
    RENEWAL_OF_GOODS(true),
    /** Contrats de services rattachés: maintenance, licences, hosting, support contracts of the service. */
    SERVICE_CONTRACTS(true),
    /** Charges financières: interest on loans; the financing of the provider, not the service's operation. */
    FINANCIAL_CHARGES(false),
    /** Dépenses d'investissement: a purchase as such; it enters only through the renewal cost. */
    CAPITAL_EXPENDITURE(false),
    /** Subventions et participations versées: money given to others. */
    SUBSIDIES(false),
    /** Frais de structure: the provider's general administration, not strictly related to the service. */
    GENERAL_OVERHEADS(false),
    /** Charges exceptionnelles: penalties, litigation, cancelled titles, one-off events. */
    EXCEPTIONAL_CHARGES(false),
    /** Any other expense not strictly related to the service's operation. */
    OTHER(false);

    private final boolean admitted;

    ChargeCategory(boolean admitted) {
        this.admitted = admitted;
    }

    /** Whether D5211-16 lets this category into the unit cost. */
    public boolean admitted() {
        return admitted;
    }

    /** The category's name in the reader's language. */
    public Text label() {
        return Text.of("servicefinance.rules.category." + name());
    }
}
