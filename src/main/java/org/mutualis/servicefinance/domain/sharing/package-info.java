/**
 * Sharing the service's cost in plain Java: the largest-remainder allocation to the cent, the
 * annual statement of each collectivité (état annuel des recours au service, CGCT art. D5211-16),
 * the territory's reimbursements that add up to the cent, the alternatives compared (D5211-16
 * units, subscription by size class, population, workstations) and each collectivité's net
 * balance. See docs/servicefinance-rules.md.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.servicefinance.domain.sharing;
