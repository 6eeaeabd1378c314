package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import java.util.List;
import org.mutualis.shared.text.Text;

/**
 * The annual statement of one collectivité (état annuel des recours au service, CGCT art.
 * D5211-16): each use converted into units, × the unit cost, and the totals.
 *
 * @param lines by service, year, date, then source
 * @param services one total per service and year, by service code then year
 * @param excluded the uses left off, with their reason
 * @param total Σ of the services' amounts, euros HT, which is also Σ of the lines' amounts
 * @param notes the method: the article's rule, the rounding
 */
public record Statement(
        String collectivityCode,
        String collectivityName,
        StatementPeriod period,
        List<StatementLine> lines,
        List<ServiceTotal> services,
        List<ExcludedUse> excluded,
        BigDecimal total,
        List<Text> notes) {

    public Statement {
        lines = List.copyOf(lines);
        services = List.copyOf(services);
        excluded = List.copyOf(excluded);
        notes = List.copyOf(notes);
    }
}
