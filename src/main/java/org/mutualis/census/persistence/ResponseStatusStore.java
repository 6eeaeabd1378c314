package org.mutualis.census.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.ResponseStatus;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.territory.CollectivityView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where the collectivités of a campaign's territory stand, read by the database a page or a count at
 * a time: the follow-up's counts per stratum and status in one grouped statement, and its list of
 * collectivités without a counted response a page at a time (a count and one page of rows), so that
 * they cost the same with a territory of 29 collectivités or of the whole country.
 *
 * <p>A collectivité without a stored response is {@code INVITED} when an invitation was sent to it,
 * {@code NOT_INVITED} otherwise, as {@code Campaigns.statuses} says.
 */
@Repository
public class ResponseStatusStore {

    /** The status of a collectivité {@code k} in the campaign, response {@code r}, invitation {@code i}. */
    private static final String STATUS =
            "coalesce(r.status, case when i.id is null then 'NOT_INVITED' else 'INVITED' end)";

    private static final String JOINS = " from collectivity k"
            + " left join response r on r.campaign_id = :campaign and r.collectivity_id = k.id"
            + " left join campaign_invitation i on i.campaign_id = :campaign and i.collectivity_id = k.id"
            + " where k.territory_id = :territory";

    /** Not counted by the synthesis: neither submitted nor validated. */
    private static final String NOT_COUNTED = " and (r.status is null or r.status not in ('SUBMITTED', 'VALIDATED'))";

    /** The territory's order: communes first (smallest first, merged ones after), then the EPCI, then others. */
    private static final String ORDER = " order by case k.kind when 'COMMUNE' then 0 when 'EPCI' then 1 else 2 end,"
            + " case when k.population is null then 1 else 0 end, k.population, k.code";

    /**
     * Letters with a diacritic (and upper-case letters beyond ASCII) and what they read as once
     * folded, for SQL's {@code translate}: the same folding as {@link #fold} for the letters of
     * French names — Latin-1's and Œ, Ÿ — on H2 and PostgreSQL alike (whose {@code lower} may
     * leave non-ASCII letters as they are). Kept short: {@code translate} looks every character of
     * every name up in it, and a national list holds 36,864 names.
     */
    static final String ACCENTED;

    static final String FOLDED;

    static {
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        StringBuilder letters = new StringBuilder("\u0152\u0178");
        for (char c = 0xC0; c <= 0xFF; c++) {
            letters.append(c);
        }
        for (char c : letters.toString().toCharArray()) {
            String folded = fold(String.valueOf(c));
            if (folded.length() == 1 && folded.charAt(0) != c) {
                from.append(c);
                to.append(folded);
            }
        }
        ACCENTED = from.toString();
        FOLDED = to.toString();
    }

    private final JdbcClient jdbc;

    ResponseStatusStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How many active collectivités of one kind and population band stand in one status.
     *
     * @param band for communes, how many of the thresholds their population reaches (0 without a
     *     known population); 0 for the others
     */
    public record StatusCount(CollectivityKind kind, int band, ResponseStatus status, int count) {}

    /**
     * The active (not merged) collectivités of the territory counted per kind, population band and
     * status, in one grouped statement.
     *
     * @param thresholds the campaign's population thresholds, increasing
     * @param only these collectivités only; null for the whole territory
     */
    public List<StatusCount> counts(
            long campaignId, long territoryId, List<Integer> thresholds, @Nullable Collection<Long> only) {
        if (only != null && only.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("campaign", campaignId);
        params.put("territory", territoryId);
        StringBuilder band = new StringBuilder("case when k.kind <> 'COMMUNE' or k.population is null then 0");
        for (int t = 0; t < thresholds.size(); t++) {
            band.append(" when k.population < :t").append(t).append(" then ").append(t);
            params.put("t" + t, thresholds.get(t));
        }
        band.append(" else ").append(thresholds.size()).append(" end");
        String where = " and k.status <> 'MERGED'";
        if (only != null) {
            where += " and k.id in (:only)";
            params.put("only", List.copyOf(only));
        }
        return jdbc.sql("select kind, band, status, count(*) as n from (select k.kind as kind, " + band + " as band, "
                        + STATUS + " as status" + JOINS + where + ") s group by kind, band, status")
                .params(params)
                .query((rs, n) -> new StatusCount(
                        CollectivityKind.valueOf(rs.getString("kind")),
                        rs.getInt("band"),
                        ResponseStatus.valueOf(rs.getString("status")),
                        rs.getInt("n")))
                .list();
    }

    /**
     * Which collectivités without a counted response a list shows.
     *
     * @param query what the name must contain, case and accents ignored; blank: every name
     * @param status only this status; null: every status not counted
     * @param only these collectivités only; null for the whole territory
     */
    public record Filter(
            String query,
            @Nullable ResponseStatus status,
            @Nullable Collection<Long> only) {}

    /** A collectivité and the header of its response, if it has one. */
    public record Standing(
            CollectivityView collectivity,
            ResponseStatus status,
            long version,
            @Nullable String comment,
            @Nullable Instant updatedAt,
            @Nullable String updatedBy,
            @Nullable String statusComment) {}

    /** How many collectivités of the territory, merged ones too, match the filter without a counted response. */
    public long countNotCounted(long campaignId, long territoryId, Filter filter) {
        Where where = Where.of(filter);
        if (where.none()) {
            return 0;
        }
        return jdbc.sql("select count(*)" + JOINS + NOT_COUNTED + where.sql())
                .param("campaign", campaignId)
                .param("territory", territoryId)
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** One page of them, in the territory's order. */
    public List<Standing> notCounted(long campaignId, long territoryId, Filter filter, long offset, int limit) {
        Where where = Where.of(filter);
        if (where.none()) {
            return List.of();
        }
        return jdbc.sql("select k.id, k.territory_id, k.code, k.siren, k.name, k.kind, k.population,"
                        + " k.population_year, k.status as collectivity_status, k.merged_into_code, "
                        + STATUS + " as status, r.version, r.comment, r.updated_at, r.updated_by, r.status_comment"
                        + JOINS + NOT_COUNTED + where.sql() + ORDER
                        + " offset :offset rows fetch next :limit rows only")
                .param("campaign", campaignId)
                .param("territory", territoryId)
                .params(where.params())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> standing(rs))
                .list();
    }

    private static Standing standing(ResultSet rs) throws SQLException {
        CollectivityView collectivity = new CollectivityView(
                rs.getLong("id"),
                rs.getLong("territory_id"),
                rs.getString("code"),
                rs.getString("siren"),
                rs.getString("name"),
                CollectivityKind.valueOf(rs.getString("kind")),
                rs.getObject("population", Integer.class),
                rs.getObject("population_year", Integer.class),
                "MERGED".equals(rs.getString("collectivity_status")),
                rs.getString("merged_into_code"));
        var updatedAt = rs.getTimestamp("updated_at");
        return new Standing(
                collectivity,
                ResponseStatus.valueOf(rs.getString("status")),
                rs.getLong("version"),
                rs.getString("comment"),
                updatedAt == null ? null : updatedAt.toInstant(),
                rs.getString("updated_by"),
                rs.getString("status_comment"));
    }

    /** Case and accents left out: « Lannéanou » reads as « lanneanou ». */
    public static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** The search and the status as SQL. */
    private record Where(String sql, Map<String, Object> params, boolean none) {

        static Where of(Filter filter) {
            StringBuilder sql = new StringBuilder();
            Map<String, Object> params = new LinkedHashMap<>();
            if (filter.only() != null) {
                if (filter.only().isEmpty()) {
                    return new Where("", Map.of(), true);
                }
                sql.append(" and k.id in (:only)");
                params.put("only", List.copyOf(filter.only()));
            }
            ResponseStatus status = filter.status();
            if (status != null) {
                switch (status) {
                    case SUBMITTED, VALIDATED -> {
                        return new Where("", Map.of(), true);
                    }
                    case NOT_INVITED -> sql.append(" and r.id is null and i.id is null");
                    case INVITED -> sql.append(" and r.id is null and i.id is not null");
                    default -> {
                        sql.append(" and r.status = :status");
                        params.put("status", status.name());
                    }
                }
            }
            String typed = fold(filter.query().strip());
            if (!typed.isEmpty()) {
                sql.append(" and lower(translate(k.name, :accented, :folded)) like :name escape '!'");
                params.put("accented", ACCENTED);
                params.put("folded", FOLDED);
                params.put(
                        "name",
                        "%" + typed.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            return new Where(sql.toString(), params, false);
        }
    }
}
