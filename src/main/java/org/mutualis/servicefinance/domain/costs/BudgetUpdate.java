package org.mutualis.servicefinance.domain.costs;

import java.math.BigDecimal;

/**
 * The year's budget (budget primitif) forecast for one category: it <strong>replaces</strong> the
 * accounts' total for that category in the unit cost (« actualisé des modifications prévisibles
 * des conditions d'exercice de l'activité au vu du budget primitif de l'année »). A category
 * without an update keeps its accounts' amount.
 *
 * @param category the category updated (an excluded one is refused)
 * @param amount the budget's forecast for the category, euros HT, zero or more
 * @param reason the foreseeable change (« recrutement d'un technicien au 1er mars »)
 */
public record BudgetUpdate(ChargeCategory category, BigDecimal amount, String reason) {}
