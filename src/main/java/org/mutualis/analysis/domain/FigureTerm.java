package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One input of a figure: a collectivité's value and the weight it carried (null when the method
 * uses no weight). For a renewal, {@code divisor} is the lifespan used.
 */
public record FigureTerm(
        String collectivityCode,
        String collectivityName,
        String stratumCode,
        @Nullable BigDecimal weight,
        BigDecimal value,
        @Nullable BigDecimal divisor) {}
