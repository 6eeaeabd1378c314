package org.mutualis.savings.domain;

import java.math.BigDecimal;

/**
 * A unit price that always says whether it includes VAT (TTC) or not (HT), so that HT and TTC are
 * never mixed silently.
 */
public record Price(BigDecimal amount, boolean includesVat) {

    public static Price ht(String amount) {
        return new Price(new BigDecimal(amount), false);
    }

    public static Price ttc(String amount) {
        return new Price(new BigDecimal(amount), true);
    }

    /** {@code HT} or {@code TTC}, as written next to an amount. */
    public String basis() {
        return includesVat ? "TTC" : "HT";
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " € " + basis();
    }
}
