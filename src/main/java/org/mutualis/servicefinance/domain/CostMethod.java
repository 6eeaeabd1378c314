package org.mutualis.servicefinance.domain;

/** How a convention's cost is computed. Labels: {@code servicefinance.method.<NAME>}. */
public enum CostMethod {
    /** Unit operating cost × units of operation recorded (CGCT D5211-16). */
    D5211_16_UNITS,
    /** A flat subscription (by size class). */
    FLAT_SUBSCRIPTION,
    /** An allocation by population. */
    POPULATION,
    /** An allocation by workstations. */
    WORKSTATIONS
}
