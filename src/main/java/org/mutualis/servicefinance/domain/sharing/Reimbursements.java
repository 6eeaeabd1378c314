package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import java.util.List;
import org.mutualis.servicefinance.domain.costs.ServiceUnitCost;
import org.mutualis.shared.text.Text;

/**
 * The reimbursements of one service over the territory for one year.
 *
 * @param totalUnits Σ units recorded
 * @param exactTotal unit cost × total units, unrounded
 * @param total {@code exactTotal} rounded half up to the cent, which the parts sum to exactly
 * @param parts by collectivité code
 */
public record Reimbursements(
        ServiceUnitCost unitCost,
        BigDecimal totalUnits,
        BigDecimal exactTotal,
        BigDecimal total,
        List<Reimbursement> parts,
        Text formula,
        List<Text> notes) {

    public Reimbursements {
        parts = List.copyOf(parts);
        notes = List.copyOf(notes);
    }

    /** One collectivité's amount, zero when it recorded no unit. */
    public BigDecimal amountOf(String collectivityCode) {
        return parts.stream()
                .filter(p -> p.collectivityCode().equals(collectivityCode))
                .map(Reimbursement::amount)
                .findFirst()
                .orElse(BigDecimal.ZERO.setScale(2));
    }
}
