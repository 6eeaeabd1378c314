package org.mutualis.savings.domain;

import java.math.BigDecimal;

/**
 * A collectivité's current price and volume for an item. The volume is what the item's unit counts:
 * lines or subscriptions for a monthly price, copies per month for a per-copy price, units bought
 * for a one-off price, licences for a yearly fee.
 */
public record CollectivityVolume(
        String collectivityCode,
        String collectivityName,
        int population,
        Price currentPrice,
        BigDecimal volume,
        VolumeSource volumeSource) {

    public CollectivityVolume {
        if (volume.signum() < 0) {
            throw new IllegalArgumentException("a volume cannot be negative");
        }
    }
}
