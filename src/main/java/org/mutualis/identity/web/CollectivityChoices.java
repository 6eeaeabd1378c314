package org.mutualis.identity.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Component;

/**
 * The collectivités a correspondent can be attached to, for the account form's select: those of one
 * territory at a time (the one chosen, else the first), so that the page reads the same few rows
 * with one territory or the whole country; the territory is chosen in a list when there are few,
 * else searched for.
 */
@Component
class CollectivityChoices {

    /** Up to this many territories, the territory is chosen in one list; beyond, it is searched for. */
    static final int TERRITORY_CHOICES = 30;

    record Option(long id, String label) {}

    record Group(String territory, List<Option> options) {}

    /**
     * @param territory the territory whose collectivités the select offers; null when there is none
     * @param territories the territories to choose from (all when few, else those found by the search)
     * @param territoryCount how many territories there are
     */
    record Choices(
            @Nullable TerritorySummary territory,
            List<Group> groups,
            List<TerritorySummary> territories,
            long territoryCount) {

        public boolean many() {
            return territoryCount > TERRITORY_CHOICES;
        }
    }

    private final Territories territories;

    CollectivityChoices(Territories territories) {
        this.territories = territories;
    }

    Choices choices(@Nullable Long territoryId, String territoryQuery) {
        long count = territories.count();
        Optional<TerritorySummary> chosen = territoryId == null
                ? territories.first()
                : territories.find(territoryId).or(territories::first);
        List<Group> groups = chosen.map(t -> List.of(new Group(
                        t.name() + " (" + t.referenceYear() + ")",
                        territories.collectivities(t.id()).stream()
                                .map(c -> new Option(c.id(), c.name() + " — " + c.code()))
                                .toList())))
                .orElse(List.of());
        List<TerritorySummary> offered;
        if (count <= TERRITORY_CHOICES) {
            offered = territories.page("", 1, TERRITORY_CHOICES).items();
        } else if (!territoryQuery.isBlank()) {
            offered = territories
                    .page(territoryQuery.strip(), 1, TERRITORY_CHOICES)
                    .items();
        } else {
            offered = List.of();
        }
        return new Choices(chosen.orElse(null), groups, offered, count);
    }

    /** Collectivité names by id, for the accounts of one page of the list: one query. */
    Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        territories.collectivities(ids).forEach(c -> names.put(c.id(), c.name() + " — " + c.code()));
        return names;
    }
}
