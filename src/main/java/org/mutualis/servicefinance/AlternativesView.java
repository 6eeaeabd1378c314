package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.domain.sharing.AlternativesComparison;
import org.mutualis.shared.text.Text;

/**
 * The ways of financing the service compared for a territory and year, for the steering committee.
 *
 * @param totalCost the cost to share by population and workstations as asked; null: the D5211-16
 *     reimbursements' total
 * @param everyone whether every commune of the territory is compared, or only the collectivités
 *     with a convention in force in the year (or units recorded)
 * @param comparison null when it cannot be drawn (see {@code blockers})
 * @param blockers why the comparison cannot be drawn (a service used without a unit cost for the year)
 * @param notices what is unknown in it and why, besides the engine's notes (no size class set, a
 *     population not known…)
 * @param members what each member is compared on, by collectivité code
 * @param classes the subscription's size classes counted for the year
 */
public record AlternativesView(
        long territoryId,
        String territoryName,
        int year,
        @Nullable BigDecimal totalCost,
        boolean everyone,
        @Nullable AlternativesComparison comparison,
        List<Text> blockers,
        List<Text> notices,
        List<MemberFacts> members,
        int classes) {

    public AlternativesView {
        blockers = List.copyOf(blockers);
        notices = List.copyOf(notices);
        members = List.copyOf(members);
    }

    /**
     * A member's population (as the territory holds it) and workstations (latest census), each null
     * when not known, with where the workstations come from.
     */
    public record MemberFacts(
            String collectivityCode,
            String name,
            @Nullable Integer population,
            @Nullable Integer workstations,
            Text workstationsSource) {}

    public @Nullable MemberFacts facts(String collectivityCode) {
        return members.stream()
                .filter(m -> m.collectivityCode().equals(collectivityCode))
                .findFirst()
                .orElse(null);
    }
}
