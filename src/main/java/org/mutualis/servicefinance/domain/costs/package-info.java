/**
 * The unit operating cost of a service made available (CGCT art. D5211-16) in plain Java: charges
 * by category from the last administrative accounts, updated by the year's budget, divided by the
 * forecast units; the categories the article admits and the ones it excludes; the rule on when the
 * unit cost must be told to the beneficiaries. See docs/servicefinance-rules.md. Exposed as the
 * named interface {@code costs}: the unit-cost form carries its charge categories.
 */
@org.springframework.modulith.NamedInterface("costs")
@org.jspecify.annotations.NullMarked
package org.mutualis.servicefinance.domain.costs;
