package org.mutualis.territory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.ListPage;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.territory.domain.Codes;
import org.mutualis.territory.domain.TerritoryRules;
import org.mutualis.territory.official.OfficialData;
import org.mutualis.territory.official.OfficialTerritory;
import org.mutualis.territory.persistence.TerritoryStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The territory module's entry point: territories, their collectivités, and imports. */
@Service
@Transactional(readOnly = true)
public class Territories {

    /** Enough to choose from; a longer list means the query should be more precise. */
    public static final int MAX_SEARCH_RESULTS = 20;

    private final TerritoryStore store;
    private final OfficialData official;
    private final Clock clock;

    Territories(TerritoryStore store, OfficialData official, Clock clock) {
        this.store = store;
        this.official = official;
        this.clock = clock;
    }

    public List<TerritorySummary> all() {
        return store.all();
    }

    /**
     * One page of the territories matching a search (words of the name, or the start of the
     * SIREN; everything when blank), in the order of {@link #all()}: two queries whatever the count.
     */
    public ListPage<TerritorySummary> page(String query, int page, int size) {
        long total = store.count(query);
        int number = ListPage.number(page, size, total);
        return new ListPage<>(store.page(query, ListPage.offset(number, size), size), number, size, total);
    }

    /** How many territories there are. */
    public long count() {
        return store.count("");
    }

    /** The first territory of {@link #all()}, without reading the others. */
    public Optional<TerritorySummary> first() {
        return store.first();
    }

    /** Collectivités by id, in one query (the names a list page shows). */
    public List<CollectivityView> collectivities(java.util.Collection<Long> ids) {
        return store.collectivities(ids);
    }

    public Optional<TerritorySummary> find(long id) {
        return store.find(id);
    }

    /** Communes from the smallest, merged communes after them, then the EPCI and other bodies. */
    public List<CollectivityView> collectivities(long territoryId) {
        return store.collectivities(territoryId);
    }

    public Optional<CollectivityView> collectivity(long id) {
        return store.collectivity(id);
    }

    /**
     * Creates a territory and its collectivités.
     *
     * @throws TerritoryException with a French message when a code, a name or a population is
     *     invalid, a code appears twice, or the EPCI already has a territory for that year
     */
    @Transactional
    public TerritorySummary create(
            String epciSiren,
            String name,
            @Nullable String epciType,
            int referenceYear,
            String source,
            List<NewCollectivity> members) {
        String siren = Codes.clean(epciSiren);
        TerritoryRules.checkEpci(siren, name, epciType, referenceYear);
        List<NewCollectivity> checked = TerritoryRules.checkMembers(siren, members);
        refuseExisting(siren, referenceYear);
        long id;
        try {
            // Stored in UTC: the column has no time zone and servers may not share one.
            id = store.insertTerritory(
                    siren,
                    name.trim(),
                    epciType,
                    referenceYear,
                    source,
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        } catch (DuplicateKeyException e) {
            throw alreadyExists(siren, referenceYear, e);
        }
        checked.forEach(c -> store.insertCollectivity(id, c));
        return new TerritorySummary(id, siren, name.trim(), epciType, referenceYear, source);
    }

    /**
     * Chooses whether the territory's members see each other's answers (docs/confidentiality.md).
     * Only the EPCI's staff may (the page and the API guard it: this module sits below identity).
     *
     * @throws NotFoundException when there is no such territory
     */
    @Transactional
    public TerritorySummary changeAnswerPolicy(long territoryId, AnswerPolicy policy) {
        if (!store.changeAnswerPolicy(territoryId, policy)) {
            throw new NotFoundException("territory.notfound");
        }
        return find(territoryId).orElseThrow(() -> new NotFoundException("territory.notfound"));
    }

    /** EPCI of the official data matching a SIREN or words of the name, at most 20. */
    public List<EpciChoice> searchEpci(String query) {
        return official.search(query, MAX_SEARCH_RESULTS);
    }

    /** One EPCI of the official data, for the confirmation step before an import. */
    public Optional<EpciChoice> officialEpci(String siren) {
        return official.choice(Codes.clean(siren));
    }

    /** The vintage of the official data: the reference year of imported territories. */
    public int officialYear() {
        return official.year();
    }

    /**
     * Creates the territory of an EPCI from the official data, for the data's year.
     *
     * @throws TerritoryException if the SIREN is unknown or the territory already exists
     */
    @Transactional
    public TerritorySummary importOfficial(String epciSiren) {
        String siren = Codes.clean(epciSiren);
        if (!Codes.isSiren(siren)) {
            throw new TerritoryException("territory.import.siren", epciSiren);
        }
        refuseExisting(siren, official.year());
        OfficialTerritory data = official.territory(siren)
                .orElseThrow(() ->
                        new TerritoryException("territory.import.unknown", siren, String.valueOf(official.year())));
        return create(
                siren,
                data.epci().name(),
                data.epci().type().isEmpty() ? null : data.epci().type(),
                data.year(),
                official.sourceLabel(),
                data.members());
    }

    private void refuseExisting(String siren, int year) {
        if (store.exists(siren, year)) {
            throw alreadyExists(siren, year, null);
        }
    }

    private static TerritoryException alreadyExists(String siren, int year, @Nullable Exception cause) {
        String code = "territory.import.exists";
        String yearText = String.valueOf(year);
        return cause == null
                ? new TerritoryException(code, siren, yearText)
                : new TerritoryException(cause, code, siren, yearText);
    }
}
