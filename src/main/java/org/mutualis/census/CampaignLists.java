package org.mutualis.census;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.persistence.CampaignListStore;
import org.mutualis.census.persistence.CampaignListStore.Filter;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.ListPage;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns as lists show them — the campaign list page and each role's home — read in a bounded
 * number of statements whatever the number of territories: a page of campaigns, the counts of what
 * needs action, the first names of each list and how many more there are. One transaction per call,
 * so that a page holds one pooled connection at a time.
 */
@Service
@Transactional(readOnly = true)
public class CampaignLists {

    private final CampaignListStore store;
    private final TerritoryScope scope;

    CampaignLists(CampaignListStore store, TerritoryScope scope) {
        this.store = store;
        this.scope = scope;
    }

    /**
     * One page of the campaigns this reader may see (a correspondent: their territory's only),
     * newest first.
     *
     * @param query words that must each appear in the campaign's or its territory's name
     * @param status only open or only closed campaigns; null: both
     */
    public ListPage<CampaignSummary> page(
            CurrentUser reader, String query, @Nullable CampaignStatus status, int page, int size) {
        Filter filter = new Filter(query, territoriesOf(reader), status);
        long total = store.count(filter);
        int number = ListPage.number(page, size, total);
        return new ListPage<>(store.page(filter, ListPage.offset(number, size), size), number, size, total);
    }

    /** The newest {@code limit} campaigns of one territory this reader may read. */
    public List<CampaignSummary> ofTerritory(CurrentUser reader, long territoryId, int limit) {
        scope.requireReadable(territoryId, reader);
        return store.page(new Filter("", List.of(territoryId), null), 0, limit);
    }

    /** A collectivité named in a summary. */
    public record Named(long id, String name) {}

    /**
     * An open campaign as the staff's home shows it: counts, and the first few names of each list.
     *
     * @param unanswered active collectivités without a submitted or validated response
     * @param firstUnanswered the first of them, smallest first
     * @param remindersDue invited collectivités that have not answered
     */
    public record OpenCampaign(
            CampaignSummary campaign,
            int members,
            int counted,
            int toValidate,
            List<Named> firstToValidate,
            int unanswered,
            List<Named> firstUnanswered,
            int remindersDue) {}

    /**
     * What needs action, for the EPCI's staff.
     *
     * @param campaigns the open campaigns that need action most, at most the number asked for
     * @param openCampaigns how many campaigns are open in all
     * @param toValidate responses waiting for validation in every open campaign
     */
    public record StaffOverview(
            List<OpenCampaign> campaigns, long openCampaigns, long closedCampaigns, long toValidate) {}

    /**
     * The {@code campaigns} open campaigns that need action most with the first {@code names} collectivités of each
     * list, and the totals over every campaign (staff only).
     */
    public StaffOverview staff(CurrentUser reader, int campaigns, int names) {
        if (!reader.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
        List<CampaignListStore.Work> work = store.openWork(campaigns);
        List<Long> ids = work.stream().map(w -> w.campaign().id()).toList();
        Map<Long, List<Named>> toValidate = byCampaign(store.toValidate(ids, names));
        Map<Long, List<Named>> unanswered = byCampaign(store.unanswered(ids, names));
        CampaignListStore.Totals totals = store.totals();
        return new StaffOverview(
                work.stream()
                        .map(w -> new OpenCampaign(
                                w.campaign(),
                                w.members(),
                                w.counted(),
                                w.toValidate(),
                                toValidate.getOrDefault(w.campaign().id(), List.of()),
                                w.unanswered(),
                                unanswered.getOrDefault(w.campaign().id(), List.of()),
                                w.remindersDue()))
                        .toList(),
                totals.openCampaigns(),
                totals.closedCampaigns(),
                totals.toValidate());
    }

    private static Map<Long, List<Named>> byCampaign(List<CampaignListStore.Named> rows) {
        Map<Long, List<Named>> by = new LinkedHashMap<>();
        rows.forEach(r -> by.computeIfAbsent(r.campaignId(), k -> new ArrayList<>())
                .add(new Named(r.collectivityId(), r.name())));
        return by;
    }

    /** Where one of the reader's collectivités stands in one campaign of its territory. */
    public record Standing(
            CampaignSummary campaign,
            long collectivityId,
            ResponseStatus status,
            @Nullable Instant updatedAt,
            @Nullable String statusComment) {}

    /**
     * Every campaign of the correspondent's territory (at most {@code limit}, newest first), with
     * where each of their collectivités stands: three statements, whatever the country holds.
     */
    public List<Standing> own(CurrentUser reader, int limit) {
        if (reader.collectivityIds().isEmpty()) {
            return List.of();
        }
        Set<Long> own = Set.copyOf(reader.collectivityIds());
        List<CampaignSummary> campaigns = store.page(new Filter("", territoriesOf(reader), null), 0, limit);
        Map<Long, CampaignSummary> byId =
                campaigns.stream().collect(Collectors.toMap(CampaignSummary::id, Function.identity()));
        return store.standings(own).stream()
                .filter(s -> byId.containsKey(s.campaignId()))
                .map(s -> new Standing(
                        byId.get(s.campaignId()),
                        s.collectivityId(),
                        s.status() != null
                                ? s.status()
                                : s.invited() ? ResponseStatus.INVITED : ResponseStatus.NOT_INVITED,
                        s.updatedAt(),
                        s.statusComment()))
                .toList();
    }

    /** A territory named in a list. */
    public record TerritoryName(long id, String name, int referenceYear) {}

    /** The first {@code limit} territories with a census other than {@code except}, by name, and how many there are. */
    public ListPage<TerritoryName> territoriesWithCampaigns(long except, int limit) {
        List<TerritoryName> first = store.territoriesWithCampaigns(except, limit).stream()
                .map(t -> new TerritoryName(t.id(), t.name(), t.referenceYear()))
                .toList();
        return new ListPage<>(first, 1, limit, store.countTerritoriesWithCampaigns(except));
    }

    /** The territory of the newest open campaign, else of the newest one: what an elected official sees first. */
    public Optional<Long> featuredTerritory() {
        return Optional.ofNullable(store.featuredTerritory());
    }

    /** The territories a reader's lists are limited to: null for every one, their own for a correspondent. */
    private @Nullable List<Long> territoriesOf(CurrentUser reader) {
        if (!reader.isCorrespondent()) {
            return null;
        }
        try {
            return List.of(scope.resolve(null, reader).id());
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
