package org.mutualis.savings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An offer as typed in the form or sent to the API; amounts and dates as the form formatters read
 * them ({@code 7,35}, {@code 01/03/2012}). {@link Offers} checks every rule again.
 *
 * @param ttc whether the offered price includes VAT (absent: excluding VAT)
 * @param benefits the non-price benefits, one per line
 */
public record OfferForm(
        @Nullable Long itemId,
        @NotBlank @Size(max = 200) @Nullable String supplier,
        @Nullable String source,
        @NotNull @PositiveOrZero @Nullable BigDecimal amount,
        @Nullable Boolean ttc,
        @NotNull @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        @Nullable String benefits,
        @PositiveOrZero @Nullable BigDecimal currentPrice,
        @Nullable Boolean currentTtc) {

    public boolean offerIncludesVat() {
        return Boolean.TRUE.equals(ttc);
    }

    public boolean currentIncludesVat() {
        return Boolean.TRUE.equals(currentTtc);
    }

    public static OfferForm empty() {
        return new OfferForm(null, "", "NEGOTIATION", null, false, null, null, "", null, false);
    }

    public static OfferForm of(OfferView offer) {
        return new OfferForm(
                offer.item().id(),
                offer.supplier(),
                offer.source().name(),
                offer.price().amount(),
                offer.price().includesVat(),
                offer.validFrom(),
                offer.validUntil(),
                String.join("\n", offer.benefits()),
                offer.currentPrice() == null ? null : offer.currentPrice().amount(),
                offer.currentPrice() != null && offer.currentPrice().includesVat());
    }
}
