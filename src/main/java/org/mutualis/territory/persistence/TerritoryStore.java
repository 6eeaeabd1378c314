package org.mutualis.territory.persistence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.territory.AnswerPolicy;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.NewCollectivity;
import org.mutualis.territory.TerritorySummary;

/**
 * The {@code territory} and {@code collectivity} tables. An interface so that the repository
 * itself stays package-private while the module's service, in the parent package, can use it.
 */
public interface TerritoryStore {

    boolean exists(String epciSiren, int referenceYear);

    long insertTerritory(
            String epciSiren,
            String name,
            @Nullable String epciType,
            int referenceYear,
            @Nullable String source,
            LocalDateTime createdAt);

    /** Stored as MERGED when {@code mergedIntoCode} is set, ACTIVE otherwise. */
    void insertCollectivity(long territoryId, NewCollectivity collectivity);

    /** @return false when there is no such territory */
    boolean changeAnswerPolicy(long territoryId, AnswerPolicy policy);

    List<TerritorySummary> all();

    /** How many territories match the search (words of the name, or the SIREN); all when blank. */
    long count(String query);

    /** One page of {@link #all()} restricted to the search, in the same order. */
    List<TerritorySummary> page(String query, long offset, int limit);

    /** The first territory in the list's order, without reading the others. */
    Optional<TerritorySummary> first();

    /** Collectivités by id, in any order (the names a list page shows). */
    List<CollectivityView> collectivities(java.util.Collection<Long> ids);

    Optional<TerritorySummary> find(long id);

    /** Communes from the smallest, those without population (merged) after, then the EPCI, then others. */
    List<CollectivityView> collectivities(long territoryId);

    Optional<CollectivityView> collectivity(long id);
}
