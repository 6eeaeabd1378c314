package org.mutualis.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.domain.Assessment;
import org.mutualis.census.CampaignSummary;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.savings.OfferView;

/**
 * A procurement's before/after assessment as one reader may see it.
 *
 * @param campaign the census asked for, or null when each offer takes its latest census
 * @param available the territory's offers not linked yet, for the staff to add
 * @param restricted a correspondent sees their own collectivité's lines only
 */
public record AssessmentView(
        ProcurementView procurement,
        AssessmentHeading heading,
        List<LinkedOffer> linked,
        Assessment assessment,
        @Nullable CampaignSummary campaign,
        List<CampaignSummary> campaigns,
        List<OfferView> available,
        List<org.mutualis.shared.text.Text> notes,
        boolean restricted) {

    public AssessmentView {
        linked = List.copyOf(linked);
        campaigns = List.copyOf(campaigns);
        available = List.copyOf(available);
        notes = List.copyOf(notes);
    }
}
