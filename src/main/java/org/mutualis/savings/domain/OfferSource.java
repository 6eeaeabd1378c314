package org.mutualis.savings.domain;

/** Where an offer comes from. */
public enum OfferSource {
    NEGOTIATION,
    /** An accord-cadre. */
    FRAMEWORK_AGREEMENT,
    /** A centrale d'achat such as UGAP. */
    CENTRAL_PURCHASING_BODY
}
