package org.mutualis.servicefinance.domain.costs;

import java.math.BigDecimal;
import java.util.List;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;

/**
 * The unit cost a statement bills: one service, one year, euros HT per unit (four decimals, the
 * value communicated to the beneficiaries). A stored unit cost is read back as this, without
 * computing it again.
 */
public record ServiceUnitCost(String serviceCode, int year, BigDecimal value) {

    public ServiceUnitCost {
        if (value.signum() < 0) {
            throw new RejectedException(
                    List.of(Problem.of("value", "servicefinance.rules.unitCost.negative", value.toPlainString())),
                    "servicefinance.rules.unitCost.refused");
        }
        value = value.setScale(Money.UNIT_COST_SCALE, Money.ROUNDING);
    }
}
