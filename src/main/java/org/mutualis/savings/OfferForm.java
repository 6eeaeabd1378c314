package org.mutualis.savings;

import org.jspecify.annotations.Nullable;

/**
 * An offer as typed in the form or sent to the API; amounts and dates are text so that a wrong
 * entry comes back with its message instead of being lost.
 *
 * @param ttc whether the offered price includes VAT (absent: excluding VAT)
 * @param benefits the non-price benefits, one per line
 */
public record OfferForm(
        @Nullable Long itemId,
        @Nullable String supplier,
        @Nullable String source,
        @Nullable String amount,
        @Nullable Boolean ttc,
        @Nullable String validFrom,
        @Nullable String validUntil,
        @Nullable String benefits,
        @Nullable String currentPrice,
        @Nullable Boolean currentTtc) {

    public boolean offerIncludesVat() {
        return Boolean.TRUE.equals(ttc);
    }

    public boolean currentIncludesVat() {
        return Boolean.TRUE.equals(currentTtc);
    }

    public static OfferForm empty() {
        return new OfferForm(null, "", "NEGOTIATION", "", false, "", "", "", "", false);
    }

    public static OfferForm of(OfferView offer) {
        return new OfferForm(
                offer.item().id(),
                offer.supplier(),
                offer.source().name(),
                offer.price().amount().stripTrailingZeros().toPlainString(),
                offer.price().includesVat(),
                offer.validFrom().toString(),
                offer.validUntil() == null ? "" : offer.validUntil().toString(),
                String.join("\n", offer.benefits()),
                offer.currentPrice() == null
                        ? ""
                        : offer.currentPrice().amount().stripTrailingZeros().toPlainString(),
                offer.currentPrice() != null && offer.currentPrice().includesVat());
    }
}
