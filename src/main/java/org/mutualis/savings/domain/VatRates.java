package org.mutualis.savings.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Dated VAT rates; a price is converted with the rate valid on the date of the offer. */
public record VatRates(List<VatRate> rates) {

    /** Converted unit prices keep 4 decimals: copy prices are stated to the ten-thousandth of a euro. */
    public static final int PRICE_SCALE = 4;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public VatRates {
        rates = rates.stream().sorted(Comparator.comparing(VatRate::validFrom)).toList();
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("at least one VAT rate is needed");
        }
    }

    /** The French standard rate: 19.6 % until 2013-12-31, 20 % since 2014-01-01. */
    public static VatRates frenchStandard() {
        return new VatRates(List.of(
                new VatRate(LocalDate.of(1995, 8, 1), new BigDecimal("19.6")),
                new VatRate(LocalDate.of(2014, 1, 1), new BigDecimal("20"))));
    }

    /** The rate valid on {@code date}; before the first known rate, the first one. */
    public VatRate rateOn(LocalDate date) {
        VatRate valid = rates.get(0);
        for (VatRate rate : rates) {
            if (!rate.validFrom().isAfter(date)) {
                valid = rate;
            }
        }
        return valid;
    }

    public Price toHt(Price price, LocalDate date) {
        if (!price.includesVat()) {
            return price;
        }
        BigDecimal amount = price.amount().divide(factor(date), PRICE_SCALE, RoundingMode.HALF_UP);
        return new Price(amount, false);
    }

    public Price toTtc(Price price, LocalDate date) {
        if (price.includesVat()) {
            return price;
        }
        BigDecimal amount = price.amount().multiply(factor(date)).setScale(PRICE_SCALE, RoundingMode.HALF_UP);
        return new Price(amount, true);
    }

    /** {@code price} on the same basis (HT or TTC) as {@code basis}. */
    public Price sameBasisAs(Price price, Price basis, LocalDate date) {
        return basis.includesVat() ? toTtc(price, date) : toHt(price, date);
    }

    private BigDecimal factor(LocalDate date) {
        return BigDecimal.ONE.add(rateOn(date).percent().divide(HUNDRED, 6, RoundingMode.HALF_UP));
    }
}
