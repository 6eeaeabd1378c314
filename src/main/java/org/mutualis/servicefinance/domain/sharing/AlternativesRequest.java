package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the alternatives are compared on, for one year.
 *
 * @param units the year's reimbursements under D5211-16, one per service ({@link TerritoryReimbursements}):
 *     a member's cost under {@link Alternative#UNITS} is the sum of its parts
 * @param totalCost the cost to share by population and by workstations, euros HT; null to share
 *     the same total as the D5211-16 reimbursements (so that the alternatives differ only in who pays)
 * @param classes the subscription's size classes (they must not overlap, and must take every member)
 */
public record AlternativesRequest(
        int year,
        List<Member> members,
        List<Reimbursements> units,
        @Nullable BigDecimal totalCost,
        List<SubscriptionClass> classes) {

    public AlternativesRequest {
        members = List.copyOf(members);
        units = List.copyOf(units);
        classes = List.copyOf(classes);
    }
}
