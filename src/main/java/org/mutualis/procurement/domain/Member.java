package org.mutualis.procurement.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A collectivité taking part in a procurement.
 *
 * @param code the collectivité's code (INSEE code for a commune, SIREN for the EPCI)
 * @param contractEndsOn end of its current contract for this theme, from the census; null when it is
 *     not under contract
 * @param joinedOn date it joined (adhesion); null for a founding member, there from the convention
 * @param deliberationOn date of its deliberation approving the convention constitutive of a
 *     groupement de commandes; null when not yet voted or not needed
 */
public record Member(
        String code,
        @Nullable LocalDate contractEndsOn,
        @Nullable LocalDate joinedOn,
        @Nullable LocalDate deliberationOn) {

    public Member {
        Objects.requireNonNull(code, "code");
    }

    /** A founding member not under contract. */
    public static Member notUnderContract(String code) {
        return new Member(code, null, null, null);
    }

    /**
     * The earliest date this member can start under the new contract: the day after its current
     * contract ends, and never before the procurement starts.
     */
    public LocalDate earliestStart(LocalDate procurementStart) {
        if (contractEndsOn == null || contractEndsOn.isBefore(procurementStart)) {
            return procurementStart;
        }
        return contractEndsOn.plusDays(1);
    }
}
