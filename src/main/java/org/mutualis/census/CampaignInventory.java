package org.mutualis.census;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mutualis.census.persistence.AnswerSourceStore;
import org.mutualis.census.persistence.ResponseStore;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.CollectivityView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Census from inventory (issue 15): a campaign takes the inventory's counts at its census date as
 * the answers of the collectivités that have inventoried devices; their correspondents see them
 * pre-filled, confirm them by giving the response, or correct them with a reason. The synthesis
 * then tells the inventoried part of each total from the declared and extrapolated ones.
 *
 * <p>Taking the inventory never overrides a person: a response already given is left alone, and
 * an answer its correspondent typed or corrected is kept (its source records what the inventory
 * counts, which the form shows beside it). Taking it again refreshes the answers still equal to
 * the inventory's earlier count.
 */
@Service
@Transactional(readOnly = true)
public class CampaignInventory {

    private final Campaigns campaigns;
    private final ResponseStore responses;
    private final AnswerSourceStore sources;
    private final ObjectProvider<InventorySnapshots> snapshots;

    CampaignInventory(
            Campaigns campaigns,
            ResponseStore responses,
            AnswerSourceStore sources,
            ObjectProvider<InventorySnapshots> snapshots) {
        this.campaigns = campaigns;
        this.responses = responses;
        this.sources = sources;
        this.snapshots = snapshots;
    }

    /** Whether this Mutualis has an inventory to take counts from. */
    public boolean available() {
        return snapshots.getIfAvailable() != null;
    }

    /** The campaign whose responses a staff member is about to pre-fill (the confirmation page). */
    public CampaignSummary toTake(long campaignId, CurrentUser user) {
        CampaignSummary campaign = campaigns.get(campaignId, user);
        Campaigns.requireStaff(user);
        return campaign;
    }

    /**
     * Pre-fills the campaign's responses with the inventory's counts at its census date (the EPCI's
     * staff, while the campaign is open).
     */
    @Transactional
    public InventoryTaking take(long campaignId, CurrentUser user) {
        CampaignSummary campaign = toTake(campaignId, user);
        Campaigns.requireOpen(campaigns.get(campaignId));
        InventorySnapshots inventory = snapshots.getIfAvailable();
        if (inventory == null) {
            throw new RejectedException("census.inventory.none");
        }
        Set<String> asked = new HashSet<>();
        campaigns.questionnaire(campaignId).questions().forEach(q -> asked.add(q.code()));
        Map<Long, InventorySnapshot> counted = inventory.at(campaign.territoryId(), campaign.censusDate(), asked);
        int collectivities = 0;
        int set = 0;
        int kept = 0;
        List<String> given = new ArrayList<>();
        for (Map.Entry<Long, InventorySnapshot> entry : counted.entrySet()) {
            CollectivityView collectivity = campaigns.collectivityOf(campaignId, entry.getKey());
            InventorySnapshot snapshot = entry.getValue();
            Optional<ResponseStore.Header> header = responses.header(campaignId, collectivity.id());
            if (header.isPresent() && header.get().status().counts()) {
                given.add(collectivity.name());
                continue;
            }
            Map<String, AnswerValue> before =
                    header.map(h -> responses.answersOf(h.id())).orElse(Map.of());
            Map<String, AnswerSource> earlier =
                    header.map(h -> sources.of(h.id())).orElse(Map.of());
            Map<String, AnswerValue> after = new LinkedHashMap<>(before);
            Map<String, String> reasons = new LinkedHashMap<>();
            String reason = "inventaire au " + snapshot.takenAt().toLocalDate() + " (" + snapshot.devices() + ")";
            for (Map.Entry<String, BigDecimal> count : snapshot.values().entrySet()) {
                AnswerValue current = before.get(count.getKey());
                AnswerSource source = earlier.get(count.getKey());
                if (current == null || (source != null && source.confirmedBy(current))) {
                    after.put(count.getKey(), new AnswerValue.Numeric(count.getValue()));
                    reasons.put(count.getKey(), reason);
                    set++;
                } else {
                    kept++;
                }
            }
            long responseId = campaigns.write(
                    campaignId,
                    collectivity,
                    after,
                    header.map(ResponseStore.Header::comment).orElse(null),
                    header.map(ResponseStore.Header::version).orElse(0L),
                    user.username(),
                    header.map(ResponseStore.Header::status).orElse(ResponseStatus.IN_PROGRESS),
                    reasons);
            snapshot.values()
                    .forEach((code, value) -> sources.put(
                            responseId, code, new AnswerSource(value, snapshot.takenAt(), snapshot.devices())));
            collectivities++;
        }
        int territory = campaigns.visibleCollectivities(campaignId, user).size();
        return new InventoryTaking(collectivities, set, kept, given, territory - counted.size());
    }

    /**
     * By question code, what the inventory counted for this collectivité's answers (empty when
     * none was taken from it): what the form shows beside each answer.
     */
    public Map<String, AnswerSource> sources(long campaignId, long collectivityId, CurrentUser user) {
        campaigns.response(campaignId, collectivityId, user);
        return responses
                .header(campaignId, collectivityId)
                .map(h -> sources.of(h.id()))
                .orElse(Map.of());
    }
}
