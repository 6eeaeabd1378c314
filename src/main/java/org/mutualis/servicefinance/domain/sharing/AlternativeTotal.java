package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.Text;

/**
 * One alternative over the territory.
 *
 * @param total Σ of the members' amounts; null when one is unknown
 * @param method the formula, in words
 */
public record AlternativeTotal(
        Alternative alternative, @Nullable BigDecimal total, Text method) {}
