package org.mutualis.servicefinance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.Text;

/**
 * A collectivité's workstations as the latest census gives them (desktops + laptops, schools
 * excepted).
 *
 * @param count null when not communicated (NC), not answered or without census — never 0
 * @param source where the count comes from (the campaign, its date, the two answers), or why it is unknown
 */
public record WorkstationCount(@Nullable BigDecimal count, Text source) {}
