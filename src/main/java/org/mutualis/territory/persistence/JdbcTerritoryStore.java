package org.mutualis.territory.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.NewCollectivity;
import org.mutualis.territory.TerritorySummary;
import org.mutualis.territory.domain.CollectivityStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * {@link TerritoryStore} with {@link JdbcClient}: the rows are read as the public records
 * directly, simpler than an aggregate for data written once and read many times.
 */
@Repository
class JdbcTerritoryStore implements TerritoryStore {

    private static final String TERRITORY_COLUMNS =
            "select id, epci_siren, name, epci_type, reference_year, source from territory";
    private static final String COLLECTIVITY_COLUMNS = "select id, territory_id, code, siren, name, kind,"
            + " population, population_year, status, merged_into_code from collectivity";

    /** Communes first (smallest first, merged ones without population after), then the EPCI, then others. */
    private static final String COLLECTIVITY_ORDER = " order by case kind when 'COMMUNE' then 0 when 'EPCI' then 1"
            + " else 2 end, case when population is null then 1 else 0 end, population, code";

    private final JdbcClient jdbc;

    JdbcTerritoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(String epciSiren, int referenceYear) {
        return jdbc.sql("select count(*) from territory where epci_siren = ? and reference_year = ?")
                        .params(epciSiren, referenceYear)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Override
    public long insertTerritory(
            String epciSiren,
            String name,
            @Nullable String epciType,
            int referenceYear,
            @Nullable String source,
            LocalDateTime createdAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into territory (epci_siren, name, epci_type, reference_year, source, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(epciSiren, name, epciType, referenceYear, source, Timestamp.valueOf(createdAt))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }

    @Override
    public void insertCollectivity(long territoryId, NewCollectivity c) {
        CollectivityStatus status = c.mergedIntoCode() == null ? CollectivityStatus.ACTIVE : CollectivityStatus.MERGED;
        jdbc.sql("insert into collectivity (territory_id, code, siren, name, kind, population, population_year,"
                        + " status, merged_into_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        territoryId,
                        c.code(),
                        c.siren(),
                        c.name(),
                        c.kind().name(),
                        c.population(),
                        c.populationYear(),
                        status.name(),
                        c.mergedIntoCode())
                .update();
    }

    @Override
    public List<TerritorySummary> all() {
        return jdbc.sql(TERRITORY_COLUMNS + " order by name, reference_year desc, id")
                .query(JdbcTerritoryStore::territory)
                .list();
    }

    @Override
    public Optional<TerritorySummary> find(long id) {
        return jdbc.sql(TERRITORY_COLUMNS + " where id = ?")
                .param(id)
                .query(JdbcTerritoryStore::territory)
                .optional();
    }

    @Override
    public List<CollectivityView> collectivities(long territoryId) {
        return jdbc.sql(COLLECTIVITY_COLUMNS + " where territory_id = ?" + COLLECTIVITY_ORDER)
                .param(territoryId)
                .query(JdbcTerritoryStore::collectivity)
                .list();
    }

    @Override
    public Optional<CollectivityView> collectivity(long id) {
        return jdbc.sql(COLLECTIVITY_COLUMNS + " where id = ?")
                .param(id)
                .query(JdbcTerritoryStore::collectivity)
                .optional();
    }

    private static TerritorySummary territory(ResultSet rs, int row) throws SQLException {
        return new TerritorySummary(
                rs.getLong("id"),
                rs.getString("epci_siren"),
                rs.getString("name"),
                rs.getString("epci_type"),
                rs.getInt("reference_year"),
                rs.getString("source"));
    }

    private static CollectivityView collectivity(ResultSet rs, int row) throws SQLException {
        return new CollectivityView(
                rs.getLong("id"),
                rs.getLong("territory_id"),
                rs.getString("code"),
                rs.getString("siren"),
                rs.getString("name"),
                CollectivityKind.valueOf(rs.getString("kind")),
                rs.getObject("population", Integer.class),
                rs.getObject("population_year", Integer.class),
                CollectivityStatus.valueOf(rs.getString("status")) == CollectivityStatus.MERGED,
                rs.getString("merged_into_code"));
    }
}
