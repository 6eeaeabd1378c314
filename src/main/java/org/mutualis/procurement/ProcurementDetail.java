package org.mutualis.procurement;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A procurement with what the rules say about it.
 *
 * @param requiredProcedure the sentence (a message code) saying which procedure the estimate calls for, and
 *     why; null when no threshold is known on its date
 * @param memberStarts each member's earliest start under the contract; empty without a start date
 * @param phases phase 1 (not under contract) and phase 2 (at expiry); empty without a start date
 */
public record ProcurementDetail(
        ProcurementView procurement,
        org.mutualis.shared.text.@Nullable Text requiredProcedure,
        List<MemberStart> memberStarts,
        List<Phase> phases) {

    public ProcurementDetail {
        memberStarts = List.copyOf(memberStarts);
        phases = List.copyOf(phases);
    }

    public record MemberStart(
            long collectivityId,
            String code,
            String name,
            @Nullable LocalDate contractEndsOn,
            LocalDate earliestStart) {}

    public record Phase(
            int number,
            org.mutualis.shared.text.Text label,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            List<MemberStart> members) {}

    /** The earliest start of a member, if the procurement has a start date. */
    public @Nullable LocalDate earliestStart(long collectivityId) {
        return memberStarts.stream()
                .filter(m -> m.collectivityId() == collectivityId)
                .map(MemberStart::earliestStart)
                .findFirst()
                .orElse(null);
    }
}
