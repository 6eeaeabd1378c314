package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.Text;

/**
 * What pooling costs and saves one collectivité in one year: savings obtained − service charges.
 *
 * @param knownSavings Σ of the savings whose amount is known
 * @param unknownSavings how many savings are not communicated (NC)
 * @param charges Σ of the service charges, or null when they cannot be known (the year's
 *     statements cannot be drawn: a service used has no unit cost yet)
 * @param net {@code knownSavings − charges}, or null (« inconnu ») when a saving is NC or the
 *     charges are unknown: unknown is not zero
 * @param formula the computation with its numbers
 * @param notes the method, and the savings left unknown by name
 */
public record NetBalance(
        String collectivityCode,
        int year,
        List<SavingObtained> savings,
        List<ServiceCharge> serviceCharges,
        BigDecimal knownSavings,
        int unknownSavings,
        @Nullable BigDecimal charges,
        @Nullable BigDecimal net,
        Text formula,
        List<Text> notes) {

    public NetBalance {
        savings = List.copyOf(savings);
        serviceCharges = List.copyOf(serviceCharges);
        notes = List.copyOf(notes);
    }

    /** Whether the charges are known (the year's statements could be drawn). */
    public boolean chargesKnown() {
        return charges != null;
    }

    /** Whether every saving and the charges are known, so that the net balance is. */
    public boolean known() {
        return net != null;
    }
}
