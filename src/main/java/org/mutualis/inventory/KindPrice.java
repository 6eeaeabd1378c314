package org.mutualis.inventory;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A kind of machine's mean cost in the census, or why it has none.
 *
 * @param kind {@code desktop}, {@code laptop}, {@code thin_client}, {@code server}, or a kind the
 *     census does not price ({@code tablet}, {@code other}, {@code virtual})
 * @param indicator the census indicator of its cost ({@code avg_cost_desktop_eur_ht}); null for a
 *     kind the census does not price
 * @param meanHt the indicator's simple mean in the campaign's synthesis, euros HT rounded to the
 *     cent; null when unknown (never zero)
 * @param figureId the synthesis figure it is ({@code mean.avg_cost_desktop_eur_ht.simple})
 * @param gap why there is no mean cost (null when there is one)
 * @param borrowed whether the kind takes another kind's cost (thin clients: the desktops')
 */
public record KindPrice(
        String kind,
        @Nullable String indicator,
        @Nullable BigDecimal meanHt,
        @Nullable String figureId,
        @Nullable PriceGap gap,
        boolean borrowed) {}
