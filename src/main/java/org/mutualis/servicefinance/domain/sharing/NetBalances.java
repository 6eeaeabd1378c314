package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
 * brought any saving that year). Charges that cannot be known (the year's statements cannot be
 * drawn: a service used has no unit cost yet) are given as a null list: the charges and the net are
 * then unknown too, never 0, and a note says so.
 */
public final class NetBalances {

    private NetBalances() {}

    /**
     * @param charges what the collectivité pays the service centre for the year; null when it
     *     cannot be known (the year's statements cannot be drawn)
     */
    public static NetBalance of(
            String collectivityCode, int year, List<SavingObtained> savings, @Nullable List<ServiceCharge> charges) {
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
        List<Text> notes = new ArrayList<>();
        notes.add(Text.of("servicefinance.rules.balance.method"));
        if (savings.isEmpty()) {
            notes.add(Text.of("servicefinance.rules.balance.noSaving", String.valueOf(year)));
        }
        if (charges == null) {
            notes.add(Text.of("servicefinance.rules.balance.chargesUnknown", String.valueOf(year)));
            if (!unknown.isEmpty()) {
                notes.add(Text.of("servicefinance.rules.balance.nc", String.join(", ", unknown)));
            }
            return new NetBalance(
                    collectivityCode,
                    year,
                    savings,
                    List.of(),
                    known,
                    unknown.size(),
                    null,
                    null,
                    Text.of(
                            "servicefinance.rules.balance.formula.chargesUnknown",
                            FrenchDecimals.euros(known),
                            unknown.size()),
                    notes);
        }
        BigDecimal paid = BigDecimal.ZERO.setScale(Money.MONEY_SCALE);
        for (ServiceCharge charge : charges) {
            paid = paid.add(Money.cents(charge.amount()));
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
