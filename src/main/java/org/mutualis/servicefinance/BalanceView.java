package org.mutualis.servicefinance;

import java.util.List;
import org.mutualis.servicefinance.domain.sharing.NetBalance;
import org.mutualis.shared.text.Text;

/**
 * One collectivité's net balance for a year as its page and its PDF show it.
 *
 * @param balance savings obtained − service charges, with its formula and notes
 * @param savings each saving with its procurement and how it was placed in the year
 * @param chargesUnknown why the charges are unknown (the services used without a unit cost for the
 *     year); empty when they are known
 * @param statementDrawn whether the collectivité has a statement for the year (it used the service)
 */
public record BalanceView(
        long territoryId,
        String territoryName,
        long collectivityId,
        String collectivityCode,
        String collectivityName,
        int year,
        NetBalance balance,
        List<SavingLine> savings,
        List<Text> chargesUnknown,
        boolean statementDrawn) {

    public BalanceView {
        savings = List.copyOf(savings);
        chargesUnknown = List.copyOf(chargesUnknown);
    }

    /** Whether the charges are known. */
    public boolean chargesKnown() {
        return chargesUnknown.isEmpty();
    }
}
