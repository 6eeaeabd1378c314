package org.mutualis.servicefinance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One line of a convention's subscriptions: the catalogue's service, whether it is subscribed (the
 * page's check box; left out by the API: subscribed) and its forecast use in units (required when
 * subscribed, more than zero).
 */
public record SubscriptionLine(
        @Nullable Long serviceId,
        @Nullable Boolean subscribed,
        @Nullable BigDecimal forecastUnits) {

    /** Whether the line subscribes to its service. */
    public boolean chosen() {
        return subscribed == null || subscribed;
    }
}
