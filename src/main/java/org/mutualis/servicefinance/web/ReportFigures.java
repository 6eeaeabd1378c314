package org.mutualis.servicefinance.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.documents.StatementWords;
import org.mutualis.shared.text.FrenchDecimals;

/** The report page's figures written the French way; « — » for what cannot be measured or drawn. */
public final class ReportFigures {

    ReportFigures() {}

    public String euros(@Nullable BigDecimal amount) {
        return amount == null ? "—" : StatementWords.euros(amount);
    }

    public String unitCost(@Nullable BigDecimal value) {
        return value == null ? "—" : StatementWords.unitCost(value);
    }

    public String units(@Nullable BigDecimal units) {
        return units == null ? "—" : StatementWords.units(units);
    }

    public String percent(@Nullable BigDecimal rate) {
        return rate == null ? "—" : FrenchDecimals.format(rate) + " %";
    }
}
