package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.mutualis.servicefinance.domain.costs.Money;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.shared.text.Text;

/**
 * Each collectivité's net balance for a year:
 *
 * <pre>
 * net = Σ savings obtained − Σ service charges
 * </pre>
 *
 * A saving not communicated (NC) makes the net unknown — never counted as 0; the known part is
 * still shown. No saving at all is a net of − charges, said so in a note (no group procurement
 * brought any saving that year).
 */
public final class NetBalances {

    private NetBalances() {}

    public static NetBalance of(
            String collectivityCode, int year, List<SavingObtained> savings, List<ServiceCharge> charges) {
        BigDecimal known = BigDecimal.ZERO.setScale(Money.MONEY_SCALE);
        List<String> unknown = new ArrayList<>();
        for (SavingObtained saving : savings) {
            BigDecimal amount = saving.amount();
            if (amount == null) {
                unknown.add(saving.source());
            } else {
                known = known.add(Money.cents(amount));
            }
        }
        BigDecimal paid = BigDecimal.ZERO.setScale(Money.MONEY_SCALE);
        for (ServiceCharge charge : charges) {
            paid = paid.add(Money.cents(charge.amount()));
        }
        List<Text> notes = new ArrayList<>();
        notes.add(Text.of("servicefinance.rules.balance.method"));
        if (savings.isEmpty()) {
            notes.add(Text.of("servicefinance.rules.balance.noSaving", String.valueOf(year)));
        }
        Text formula;
        BigDecimal net;
        if (unknown.isEmpty()) {
            net = known.subtract(paid);
            formula = Text.of(
                    "servicefinance.rules.balance.formula",
                    FrenchDecimals.euros(known),
                    FrenchDecimals.euros(paid),
                    FrenchDecimals.euros(net));
        } else {
            net = null;
            formula = Text.of(
                    "servicefinance.rules.balance.formula.unknown",
                    FrenchDecimals.euros(known),
                    unknown.size(),
                    FrenchDecimals.euros(paid));
            notes.add(Text.of("servicefinance.rules.balance.nc", String.join(", ", unknown)));
        }
        return new NetBalance(
                collectivityCode, year, savings, charges, known, unknown.size(), paid, net, formula, notes);
    }
}
