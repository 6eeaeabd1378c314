package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import java.util.List;
import org.mutualis.shared.text.Text;

/**
 * The alternatives side by side, for the steering committee.
 *
 * @param totalCost the cost shared by population and by workstations
 * @param members by collectivité code
 * @param totals one per alternative, in the order of {@link Alternative}
 * @param notes what a reader must know: the total shared, members left out of an alternative and why
 */
public record AlternativesComparison(
        int year,
        BigDecimal totalCost,
        List<MemberAlternatives> members,
        List<AlternativeTotal> totals,
        List<Text> notes) {

    public AlternativesComparison {
        members = List.copyOf(members);
        totals = List.copyOf(totals);
        notes = List.copyOf(notes);
    }
}
