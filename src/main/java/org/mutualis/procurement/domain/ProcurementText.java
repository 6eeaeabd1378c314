package org.mutualis.procurement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** French formatting of amounts and dates in the rules' messages, with plain spaces so messages compare simply. */
final class ProcurementText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProcurementText() {}

    static String euros(BigDecimal amountHt) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        BigDecimal scaled = amountHt.setScale(2, RoundingMode.HALF_UP);
        String pattern = scaled.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00";
        return new DecimalFormat(pattern, symbols).format(scaled) + " € HT";
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
