package org.mutualis.territory.persistence;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.shared.Columns;
import org.mutualis.territory.AnswerPolicy;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.NewCollectivity;
import org.mutualis.territory.TerritorySummary;
import org.mutualis.territory.domain.CollectivityStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link TerritoryStore} with {@link JdbcClient}: the rows are read as the public records
 * directly, simpler than an aggregate for data written once and read many times.
 */
@Repository
class JdbcTerritoryStore implements TerritoryStore {

    /** The columns of {@link TerritorySummary}, by name. */
    private static final String TERRITORY_COLUMNS =
            "select id, epci_siren, name, epci_type, reference_year, source, answer_policy from territory";
    /** The columns of {@link CollectivityView}, by name. */
    private static final String COLLECTIVITY_COLUMNS = "select id, territory_id, code, siren, name, kind,"
            + " population, population_year, case when status = 'MERGED' then true else false end as merged,"
            + " merged_into_code from collectivity";

    /** Communes first (smallest first, merged ones without population after), then the EPCI, then others. */
    private static final String COLLECTIVITY_ORDER = " order by case kind when 'COMMUNE' then 0 when 'EPCI' then 1"
            + " else 2 end, case when population is null then 1 else 0 end, population, code";

    /**
     * Rows read by column name: {@code query(TerritorySummary.class)} would first look each
     * component up under its Java name, which H2 answers with an exception (logged to its trace
     * file) for every column of every row.
     */
    private static final RowMapper<TerritorySummary> TERRITORY = (rs, n) -> new TerritorySummary(
            rs.getLong("id"),
            rs.getString("epci_siren"),
            rs.getString("name"),
            rs.getString("epci_type"),
            rs.getInt("reference_year"),
            rs.getString("source"),
            AnswerPolicy.valueOf(rs.getString("answer_policy")));

    private static final RowMapper<CollectivityView> COLLECTIVITY = (rs, n) -> new CollectivityView(
            rs.getLong("id"),
            rs.getLong("territory_id"),
            rs.getString("code"),
            rs.getString("siren"),
            rs.getString("name"),
            CollectivityKind.valueOf(rs.getString("kind")),
            rs.getObject("population", Integer.class),
            rs.getObject("population_year", Integer.class),
            rs.getBoolean("merged"),
            rs.getString("merged_into_code"));

    private final JdbcClient jdbc;

    JdbcTerritoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(String epciSiren, int referenceYear) {
        return jdbc.sql("select count(*) from territory where epci_siren = :epci_siren"
                                + " and reference_year = :reference_year")
                        .param("epci_siren", epciSiren)
                        .param("reference_year", referenceYear)
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
        return Columns.of()
                .set("epci_siren", epciSiren)
                .set("name", name)
                .set("epci_type", epciType)
                .set("reference_year", referenceYear)
                .set("source", source)
                .set("created_at", Timestamp.valueOf(createdAt))
                .insert(jdbc, "territory");
    }

    @Override
    public void insertCollectivity(long territoryId, NewCollectivity c) {
        CollectivityStatus status = c.mergedIntoCode() == null ? CollectivityStatus.ACTIVE : CollectivityStatus.MERGED;
        Columns.of()
                .set("territory_id", territoryId)
                .set("code", c.code())
                .set("siren", c.siren())
                .set("name", c.name())
                .set("kind", c.kind().name())
                .set("population", c.population())
                .set("population_year", c.populationYear())
                .set("status", status.name())
                .set("merged_into_code", c.mergedIntoCode())
                .insertRow(jdbc, "collectivity");
    }

    @Override
    public boolean changeAnswerPolicy(long territoryId, AnswerPolicy policy) {
        return jdbc.sql("update territory set answer_policy = :policy where id = :id")
                        .param("policy", policy.name())
                        .param("id", territoryId)
                        .update()
                > 0;
    }

    @Override
    public List<TerritorySummary> all() {
        return jdbc.sql(TERRITORY_COLUMNS + " order by name, reference_year desc, id")
                .query(TERRITORY)
                .list();
    }

    @Override
    public long count(String query) {
        Search search = Search.of(query);
        return jdbc.sql("select count(*) from territory" + search.where())
                .params(search.params())
                .query(Long.class)
                .single();
    }

    @Override
    public List<TerritorySummary> page(String query, long offset, int limit) {
        Search search = Search.of(query);
        return jdbc.sql(TERRITORY_COLUMNS + search.where()
                        + " order by name, reference_year desc, id offset :offset rows fetch next :limit rows only")
                .params(search.params())
                .param("offset", offset)
                .param("limit", limit)
                .query(TERRITORY)
                .list();
    }

    @Override
    public Optional<TerritorySummary> first() {
        return jdbc.sql(TERRITORY_COLUMNS + " order by name, reference_year desc, id fetch first 1 rows only")
                .query(TERRITORY)
                .optional();
    }

    @Override
    public List<CollectivityView> collectivities(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLLECTIVITY_COLUMNS + " where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query(COLLECTIVITY)
                .list();
    }

    /**
     * A list search: every word must appear in the name (case ignored), or the whole query is the
     * start of the SIREN. {@code %} and {@code _} typed by the reader are taken literally.
     */
    private static final String ACCENTED = "àâäáãéèêëíìîïóòôöõúùûüýÿç";

    private static final String PLAIN = "aaaaaeeeeiiiiooooouuuuyyc";

    private record Search(String where, java.util.Map<String, Object> params) {

        static Search of(String query) {
            String q = query.strip();
            if (q.isEmpty()) {
                return new Search("", java.util.Map.of());
            }
            java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
            StringBuilder words = new StringBuilder();
            int i = 0;
            for (String word : q.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                words.append(i == 0 ? "" : " and ")
                        .append(PLAIN_NAME)
                        .append(" like :w")
                        .append(i)
                        .append(" escape '!'");
                params.put("w" + i, "%" + literal(plain(word)) + "%");
                i++;
            }
            params.put("siren", literal(q.replace(" ", "")) + "%");
            return new Search(" where ((" + words + ") or epci_siren like :siren escape '!')", params);
        }

        /** The name in lower case without accents, in SQL that H2 and PostgreSQL share. */
        private static final String PLAIN_NAME = "translate(lower(name), '" + ACCENTED
                + ACCENTED.toUpperCase(java.util.Locale.ROOT) + "', '" + PLAIN + PLAIN + "')";

        private static String plain(String word) {
            return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
        }

        private static String literal(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }

    @Override
    public Optional<TerritorySummary> find(long id) {
        return jdbc.sql(TERRITORY_COLUMNS + " where id = :id")
                .param("id", id)
                .query(TERRITORY)
                .optional();
    }

    @Override
    public List<CollectivityView> collectivities(long territoryId) {
        return jdbc.sql(COLLECTIVITY_COLUMNS + " where territory_id = :territory_id" + COLLECTIVITY_ORDER)
                .param("territory_id", territoryId)
                .query(COLLECTIVITY)
                .list();
    }

    @Override
    public Optional<CollectivityView> collectivity(long id) {
        return jdbc.sql(COLLECTIVITY_COLUMNS + " where id = :id")
                .param("id", id)
                .query(COLLECTIVITY)
                .optional();
    }
}
