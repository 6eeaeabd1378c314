package org.mutualis.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Numbers as a French (or English) reader writes them: 1 259,67 / 1,259.67; NC stays NC. */
@Component
public class NumberDisplay {

    /** At most {@code decimals} decimals, none when the value is whole. */
    public String format(@Nullable BigDecimal value, int decimals) {
        if (value == null) {
            return "—";
        }
        Locale locale = LocaleContextHolder.getLocale();
        DecimalFormat format = new DecimalFormat(
                decimals > 0 ? "#,##0." + "#".repeat(decimals) : "#,##0",
                DecimalFormatSymbols.getInstance(locale.getLanguage().equals("en") ? Locale.UK : Locale.FRANCE));
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setParseBigDecimal(true);
        return format.format(value.setScale(Math.max(decimals, 0), RoundingMode.HALF_UP))
                .replace('\u202f', ' ');
    }

    /** Money: always two decimals and the euro sign, e.g. 680,10 €. */
    public String euros(@Nullable BigDecimal value) {
        if (value == null) {
            return "—";
        }
        Locale locale = LocaleContextHolder.getLocale();
        DecimalFormat format = new DecimalFormat(
                "#,##0.00",
                DecimalFormatSymbols.getInstance(locale.getLanguage().equals("en") ? Locale.UK : Locale.FRANCE));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value).replace('\u202f', ' ') + " €";
    }

    /** A unit price: two decimals at least, four at most (a copy costs 0,0043 €), and the euro sign. */
    public String price(@Nullable BigDecimal value) {
        if (value == null) {
            return "—";
        }
        Locale locale = LocaleContextHolder.getLocale();
        DecimalFormat format = new DecimalFormat(
                "#,##0.00##",
                DecimalFormatSymbols.getInstance(locale.getLanguage().equals("en") ? Locale.UK : Locale.FRANCE));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value).replace('\u202f', ' ') + " €";
    }

    public String percent(@Nullable BigDecimal value) {
        return value == null ? "—" : format(value, 1) + " %";
    }
}
