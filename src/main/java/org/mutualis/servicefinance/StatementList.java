package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.error.Problem;

/**
 * The territory's annual statements of a year, one row per collectivité this person may read.
 *
 * @param total Σ of every statement, the territory's reimbursements (null for a correspondent, who
 *     reads only their own row, and when the statements cannot be drawn)
 * @param refused why the statements cannot be drawn yet (a used service has no unit cost); empty
 *     when they can
 */
public record StatementList(
        long territoryId,
        String territoryName,
        int year,
        List<Row> rows,
        @Nullable BigDecimal total,
        List<Problem> refused) {

    public StatementList {
        rows = List.copyOf(rows);
        refused = List.copyOf(refused);
    }

    /**
     * One collectivité's statement in the list.
     *
     * @param total its total, euros HT; null when it made no use of the service in the year
     * @param services how many services it used
     */
    public record Row(
            long collectivityId,
            String code,
            String name,
            @Nullable BigDecimal total,
            int services) {}
}
