package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mutualis.servicefinance.domain.costs.LegalRule;
import org.mutualis.servicefinance.domain.costs.Money;
import org.mutualis.servicefinance.domain.costs.ServiceUnitCost;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.shared.text.Text;

/**
 * Each collectivité's reimbursement of one service for one year, such that the territory neither
 * loses nor gains a cent:
 *
 * <pre>
 * exact(c) = unit cost × units(c)
 * total    = unit cost × Σ units, rounded half up to the cent
 * amount(c) = exact(c) rounded down to the cent, + 1 cent for the largest fractions lost until
 *             Σ amount = total (ties: the smaller collectivité code first)
 * </pre>
 *
 * The same collectivité listed twice has its units added up.
 */
public final class TerritoryReimbursements {

    public static final String REFUSED = "servicefinance.rules.reimbursements.refused";

    private TerritoryReimbursements() {}

    public static Reimbursements of(ServiceUnitCost unitCost, List<RecordedUnits> recorded) {
        List<Problem> problems = new ArrayList<>();
        Map<String, BigDecimal> units = new TreeMap<>();
        for (int i = 0; i < recorded.size(); i++) {
            RecordedUnits row = recorded.get(i);
            if (row.units().signum() < 0) {
                problems.add(Problem.of(
                        "units[" + i + "].units",
                        "servicefinance.rules.use.negativeUnits",
                        row.units().toPlainString()));
            }
            units.merge(row.collectivityCode(), row.units(), BigDecimal::add);
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, REFUSED, unitCost.serviceCode());
        }
        BigDecimal rate = unitCost.value();
        List<Share<String>> exacts = new ArrayList<>();
        BigDecimal totalUnits = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> entry : units.entrySet()) {
            exacts.add(new Share<>(entry.getKey(), rate.multiply(entry.getValue())));
            totalUnits = totalUnits.add(entry.getValue());
        }
        List<Reimbursement> parts = new ArrayList<>();
        for (Allocated<String> part : LargestRemainder.roundKeepingSum(exacts)) {
            parts.add(new Reimbursement(part.key(), units.get(part.key()), part.exact(), part.amount()));
        }
        BigDecimal exactTotal = rate.multiply(totalUnits);
        BigDecimal total = Money.cents(exactTotal);
        Text formula = Text.of(
                "servicefinance.rules.formula.reimbursements",
                FrenchDecimals.format(rate),
                FrenchDecimals.format(totalUnits),
                FrenchDecimals.format(exactTotal),
                FrenchDecimals.euros(total));
        return new Reimbursements(
                unitCost,
                totalUnits,
                exactTotal,
                total,
                parts,
                formula,
                List.of(LegalRule.REIMBURSEMENT.text(), Text.of("servicefinance.rules.note.roundKeepingSum")));
    }
}
