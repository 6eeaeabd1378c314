package org.mutualis.servicefinance.domain.sharing;

import org.mutualis.shared.text.Text;

/** The ways of financing the service that the steering committee compares for one year. */
public enum Alternative {
    /** Mise à disposition (CGCT art. D5211-16): unit cost × units recorded. The reference. */
    UNITS,
    /** Flat annual subscription by population size class. */
    SUBSCRIPTION,
    /** The total cost shared in proportion to population. */
    POPULATION,
    /** The total cost shared in proportion to workstations. */
    WORKSTATIONS;

    public Text label() {
        return Text.of("servicefinance.rules.alternative." + name());
    }

    /** The formula, in words. */
    public Text method() {
        return Text.of("servicefinance.rules.alternative.method." + name());
    }
}
