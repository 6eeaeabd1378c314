package org.mutualis.programme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.programme.domain.WorkFacts;
import org.mutualis.programme.persistence.ProgrammeStore.ActionRow;
import org.mutualis.programme.persistence.WorkStore;
import org.mutualis.shared.error.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What the work linked to a programme's actions says: the campaigns (closed or not, their dates),
 * the procurements' awards, the assessments' publication. The same for every reader.
 */
@Component
class Work {

    private final Campaigns campaigns;
    private final WorkStore store;

    Work(Campaigns campaigns, WorkStore store) {
        this.campaigns = campaigns;
        this.store = store;
    }

    /** For each action id, its facts. */
    Map<Long, WorkFacts> of(List<ActionRow> actions) {
        Map<Long, WorkFacts.CampaignFact> byCampaign = new HashMap<>();
        actions.stream()
                .map(ActionRow::campaignId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> campaign(id).ifPresent(c -> byCampaign.put(id, c)));
        Map<Long, WorkFacts.AwardFact> byProcurement = new HashMap<>();
        List<Long> procurements = actions.stream()
                .map(ActionRow::procurementId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        for (WorkStore.AwardRow a : store.awards(procurements)) {
            byProcurement.put(
                    a.id(),
                    new WorkFacts.AwardFact(
                            a.subject(), a.offersLinked(), a.offersAwarded(), a.firstAwardedOn(), a.lastAwardedOn()));
        }
        Map<Long, WorkFacts> facts = new HashMap<>();
        for (ActionRow a : actions) {
            facts.put(
                    a.id(),
                    new WorkFacts(
                            a.campaignId() == null ? null : byCampaign.get(a.campaignId()),
                            a.procurementId() == null ? null : byProcurement.get(a.procurementId()),
                            null));
        }
        return facts;
    }

    private java.util.Optional<WorkFacts.CampaignFact> campaign(long id) {
        try {
            CampaignSummary c = campaigns.get(id);
            return java.util.Optional.of(new WorkFacts.CampaignFact(c.name(), c.closed(), c.opensOn(), c.closesOn()));
        } catch (NotFoundException gone) {
            return java.util.Optional.empty();
        }
    }
}
