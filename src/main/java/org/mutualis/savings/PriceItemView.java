package org.mutualis.savings;

import org.jspecify.annotations.Nullable;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.savings.domain.PriceItem;
import org.mutualis.savings.domain.PriceUnit;

/**
 * An item of the catalogue and where the census gives its current price and volume.
 *
 * @param volumeIndicator census indicator giving the volume (lines, copies per month, devices)
 * @param priceIndicator census indicator giving the unit price
 * @param costIndicator census indicator giving a total cost, divided by the volume
 */
public record PriceItemView(
        long id,
        String code,
        ItemTheme theme,
        String label,
        PriceUnit unit,
        boolean pricesTtc,
        @Nullable String volumeIndicator,
        @Nullable String priceIndicator,
        @Nullable String costIndicator) {

    public PriceItem toCore() {
        return new PriceItem(theme, label, unit);
    }
}
