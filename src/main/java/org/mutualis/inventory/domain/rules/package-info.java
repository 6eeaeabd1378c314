/**
 * The normalisation rules (issue 15, item 5), plain Java: a {@link
 * org.mutualis.inventory.domain.rules.Rule} is data (a field of the inventory, a case-insensitive
 * regular expression, the result it gives); {@link
 * org.mutualis.inventory.domain.rules.ClassificationEngine} compiles a rule set once and classifies
 * an {@link org.mutualis.inventory.domain.InventoryReport} — device type, virtual or not, operating
 * system, office suites — first match wins by position, each finding naming the rule that decided
 * it; {@link org.mutualis.inventory.domain.rules.IndicatorMapping} counts classified devices onto
 * the census indicator codes of a questionnaire version.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.inventory.domain.rules;
