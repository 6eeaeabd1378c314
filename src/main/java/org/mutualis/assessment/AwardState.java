package org.mutualis.assessment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How far a procurement's awards have gone, for other modules (no reader needed).
 *
 * @param offersLinked the offers the procurement is expected to obtain
 * @param offersAwarded those with a price awarded
 * @param firstAwardedOn the earliest award date, null while none is awarded
 * @param lastAwardedOn the latest award date, null while none is awarded
 */
public record AwardState(
        long procurementId,
        long offersLinked,
        long offersAwarded,
        @Nullable LocalDate firstAwardedOn,
        @Nullable LocalDate lastAwardedOn) {

    /** A procurement with no offer linked. */
    public static AwardState none(long procurementId) {
        return new AwardState(procurementId, 0, 0, null, null);
    }

    /** Whether at least one offer is awarded: the assessment can be published. */
    public boolean anyAwarded() {
        return offersAwarded > 0;
    }

    /** Whether every linked offer is awarded (and there is at least one). */
    public boolean complete() {
        return offersLinked > 0 && offersAwarded == offersLinked;
    }
}
