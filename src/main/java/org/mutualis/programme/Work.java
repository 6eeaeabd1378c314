package org.mutualis.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.Assessments;
import org.mutualis.assessment.AwardState;
import org.mutualis.assessment.PublicationSummary;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.programme.domain.WorkFacts;
import org.mutualis.programme.persistence.ProgrammeStore.ActionRow;
import org.mutualis.shared.Clocks;
import org.mutualis.shared.error.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What the work linked to a programme's actions says, the same for every reader: the campaigns
 * (closed or not, their dates), the procurements' awards, the assessments' latest publication.
 * One query per kind of work, whatever the number of actions.
 */
@Component
class Work {

    private final Campaigns campaigns;
    private final Procurements procurements;
    private final Assessments assessments;

    Work(Campaigns campaigns, Procurements procurements, Assessments assessments) {
        this.campaigns = campaigns;
        this.procurements = procurements;
        this.assessments = assessments;
    }

    /** For each action id, its facts. */
    Map<Long, WorkFacts> of(List<ActionRow> actions) {
        Map<Long, WorkFacts.CampaignFact> byCampaign = new HashMap<>();
        actions.stream()
                .map(ActionRow::campaignId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> campaign(id).ifPresent(c -> byCampaign.put(id, c)));
        List<Long> linked = actions.stream()
                .map(ActionRow::procurementId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, AwardState> awards = linked.isEmpty() ? Map.of() : assessments.awardStates(linked);
        Map<Long, PublicationSummary> publications =
                linked.isEmpty() ? Map.of() : assessments.latestPublications(linked);
        Map<Long, WorkFacts.AwardFact> byProcurement = new HashMap<>();
        Map<Long, WorkFacts.PublicationFact> published = new HashMap<>();
        for (Long id : linked) {
            Optional<ProcurementView> procurement = procurements.find(id);
            AwardState a = awards.get(id);
            if (procurement.isEmpty() || a == null) {
                continue;
            }
            byProcurement.put(
                    id,
                    new WorkFacts.AwardFact(
                            procurement.get().subject(),
                            (int) a.offersLinked(),
                            (int) a.offersAwarded(),
                            a.firstAwardedOn(),
                            a.lastAwardedOn()));
            PublicationSummary p = publications.get(id);
            if (p != null) {
                published.put(id, new WorkFacts.PublicationFact(day(p.publishedAt()), dayOrNull(p.sentAt())));
            }
        }
        Map<Long, WorkFacts> facts = new HashMap<>();
        for (ActionRow a : actions) {
            Long p = a.procurementId();
            facts.put(
                    a.id(),
                    new WorkFacts(
                            a.campaignId() == null ? null : byCampaign.get(a.campaignId()),
                            p == null ? null : byProcurement.get(p),
                            p == null ? null : published.get(p)));
        }
        return facts;
    }

    private Optional<WorkFacts.CampaignFact> campaign(long id) {
        try {
            CampaignSummary c = campaigns.get(id);
            return Optional.of(new WorkFacts.CampaignFact(c.name(), c.closed(), c.opensOn(), c.closesOn()));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, Clocks.ZONE);
    }

    private static @Nullable LocalDate dayOrNull(@Nullable Instant instant) {
        return instant == null ? null : day(instant);
    }
}
