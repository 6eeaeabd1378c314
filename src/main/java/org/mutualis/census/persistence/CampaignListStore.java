package org.mutualis.census.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignStatus;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.ResponseStatus;
import org.mutualis.census.ThemeVersion;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side of the campaign lists (the campaign list page, each role's home): one page of
 * campaigns or their counts in a bounded number of statements, whatever the number of territories
 * and campaigns. Every count is computed by the database, in the statement that reads the page.
 */
@Repository
public class CampaignListStore {

    private static final String COLUMNS = """
            select c.id, c.territory_id, t.name as territory_name, c.name, c.census_date, c.opens_on, c.closes_on,
                   c.status, c.band_thresholds, c.default_lifespans, c.other_default_lifespan,
                   (select count(*) from response r where r.campaign_id = c.id) as responses
            """;

    /** Active (not merged) collectivités of the campaign's territory: the members a rate counts. */
    private static final String MEMBERS =
            "(select count(*) from collectivity k where k.territory_id = c.territory_id" + " and k.status <> 'MERGED')";

    /** Responses of active collectivités in the given statuses. */
    private static String responses(String statuses) {
        return "(select count(*) from response r join collectivity k on k.id = r.collectivity_id"
                + " where r.campaign_id = c.id and k.status <> 'MERGED' and r.status in (" + statuses + "))";
    }

    /** Invited collectivités whose response is neither submitted nor validated: the next reminder's. */
    private static final String REMINDERS_DUE = "(select count(*) from campaign_invitation i"
            + " left join response r on r.campaign_id = i.campaign_id and r.collectivity_id = i.collectivity_id"
            + " where i.campaign_id = c.id and (r.status is null or r.status not in ('SUBMITTED', 'VALIDATED')))";

    private static final String ORDER = " order by c.census_date desc, c.id desc";

    private static final RowMapper<WorkRow> WORK_ROW = (rs, n) -> new WorkRow(
            CampaignRow.BY_NAME.mapRow(rs, n),
            rs.getInt("members"),
            rs.getInt("counted"),
            rs.getInt("to_validate"),
            rs.getInt("reminders_due"));

    private final JdbcClient jdbc;

    CampaignListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which campaigns a list shows.
     *
     * @param query words that must each appear in the campaign's or its territory's name; blank: all
     * @param territoryIds only these territories' campaigns; null: every territory
     * @param status only campaigns in this status; null: both
     */
    public record Filter(
            String query,
            @Nullable Collection<Long> territoryIds,
            @Nullable CampaignStatus status) {}

    public long count(Filter filter) {
        Where where = Where.of(filter);
        if (where.none()) {
            return 0;
        }
        return jdbc.sql("select count(*) from campaign c join territory t on t.id = c.territory_id" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** One page of the campaigns matching the filter, newest first, with their themes. */
    public List<CampaignSummary> page(Filter filter, long offset, int limit) {
        Where where = Where.of(filter);
        if (where.none()) {
            return List.of();
        }
        List<CampaignRow> rows = jdbc.sql(COLUMNS + " from campaign c join territory t on t.id = c.territory_id"
                        + where.sql() + ORDER + " offset :offset rows fetch next :limit rows only")
                .params(where.params())
                .param("offset", offset)
                .param("limit", limit)
                .query(CampaignRow.BY_NAME)
                .list();
        return withThemes(rows);
    }

    /** An open campaign's counts, as the staff's home shows them. */
    public record Work(
            CampaignSummary campaign, int members, int counted, int toValidate, int unanswered, int remindersDue) {}

    /**
     * The first open campaigns with the counts of what needs action in each: those with responses
     * to validate first (most first), then by nearest deadline, then newest.
     */
    public List<Work> openWork(int limit) {
        List<WorkRow> rows = jdbc.sql(COLUMNS + ", " + MEMBERS + " as members, "
                        + responses("'SUBMITTED', 'VALIDATED'") + " as counted, "
                        + responses("'SUBMITTED'") + " as to_validate, "
                        + REMINDERS_DUE + " as reminders_due"
                        + " from campaign c join territory t on t.id = c.territory_id where c.status = 'OPEN'"
                        // What needs action first: responses to validate, then the nearest deadline.
                        + " order by to_validate desc, case when c.closes_on is null then 1 else 0 end, c.closes_on,"
                        + " c.census_date desc, c.id desc fetch first :limit rows only")
                .param("limit", limit)
                .query(WORK_ROW)
                .list();
        Map<Long, List<ThemeVersion>> themes =
                themes(rows.stream().map(WorkRow::id).toList());
        return rows.stream()
                .map(r -> new Work(
                        r.summary(themes),
                        r.members(),
                        r.counted(),
                        r.toValidate(),
                        r.members() - r.counted(),
                        r.remindersDue()))
                .toList();
    }

    /** Counts over every campaign: open ones, closed ones, and responses waiting for validation. */
    public record Totals(long openCampaigns, long closedCampaigns, long toValidate) {}

    public Totals totals() {
        return jdbc.sql(
                        "select (select count(*) from campaign where status = 'OPEN') as open_campaigns,"
                                + " (select count(*) from campaign where status = 'CLOSED') as closed_campaigns,"
                                + " (select count(*) from response r join campaign c on c.id = r.campaign_id"
                                + " join collectivity k on k.id = r.collectivity_id"
                                + " where c.status = 'OPEN' and r.status = 'SUBMITTED' and k.status <> 'MERGED') as to_validate")
                .query((rs, n) -> new Totals(
                        rs.getLong("open_campaigns"), rs.getLong("closed_campaigns"), rs.getLong("to_validate")))
                .single();
    }

    /** A collectivité named in a summary (to validate, late), with its campaign. */
    public record Named(long campaignId, long collectivityId, String name) {}

    /**
     * For each campaign, the first {@code perCampaign} active collectivités whose response waits for
     * validation (submitted), smallest first as the territory lists them.
     */
    public List<Named> toValidate(Collection<Long> campaignIds, int perCampaign) {
        return firstPerCampaign(
                campaignIds,
                perCampaign,
                " join response r on r.campaign_id = c.id and r.collectivity_id = k.id and r.status = 'SUBMITTED'",
                "");
    }

    /** For each campaign, the first {@code perCampaign} active collectivités without a counted response. */
    public List<Named> unanswered(Collection<Long> campaignIds, int perCampaign) {
        return firstPerCampaign(
                campaignIds,
                perCampaign,
                " left join response r on r.campaign_id = c.id and r.collectivity_id = k.id",
                " and (r.status is null or r.status not in ('SUBMITTED', 'VALIDATED'))");
    }

    private List<Named> firstPerCampaign(Collection<Long> campaignIds, int perCampaign, String join, String where) {
        if (campaignIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select campaign_id, collectivity_id, name from (select c.id as campaign_id,"
                        + " k.id as collectivity_id, k.name, row_number() over (partition by c.id order by"
                        + " case k.kind when 'COMMUNE' then 0 when 'EPCI' then 1 else 2 end,"
                        + " case when k.population is null then 1 else 0 end, k.population, k.code) as place"
                        + " from campaign c join collectivity k on k.territory_id = c.territory_id" + join
                        + " where c.id in (:ids) and k.status <> 'MERGED'" + where + ") ranked"
                        + " where place <= :per order by campaign_id, place")
                .param("ids", List.copyOf(campaignIds))
                .param("per", perCampaign)
                .query((rs, n) ->
                        new Named(rs.getLong("campaign_id"), rs.getLong("collectivity_id"), rs.getString("name")))
                .list();
    }

    /** Where one collectivité stands in one campaign: its stored response's header, if any. */
    public record Standing(
            long campaignId,
            long collectivityId,
            @Nullable ResponseStatus status,
            @Nullable Instant updatedAt,
            @Nullable String statusComment,
            boolean invited) {}

    /** Every campaign of these collectivités' territories, each with where each collectivité stands. */
    public List<Standing> standings(Collection<Long> collectivityIds) {
        if (collectivityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select c.id as campaign_id, k.id as collectivity_id, r.status, r.updated_at, r.status_comment,"
                        + " case when i.id is null then false else true end as invited"
                        + " from campaign c join collectivity k on k.territory_id = c.territory_id"
                        + " left join response r on r.campaign_id = c.id and r.collectivity_id = k.id"
                        + " left join campaign_invitation i on i.campaign_id = c.id and i.collectivity_id = k.id"
                        + " where k.id in (:ids)"
                        + ORDER + ", k.id")
                .param("ids", List.copyOf(collectivityIds))
                .query((rs, n) -> new Standing(
                        rs.getLong("campaign_id"),
                        rs.getLong("collectivity_id"),
                        rs.getString("status") == null ? null : ResponseStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("updated_at") == null
                                ? null
                                : rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("status_comment"),
                        rs.getBoolean("invited")))
                .list();
    }

    /**
     * Territories other than {@code except} that have a campaign, by name: the first {@code limit}
     * (the elected official's « other territories »).
     */
    public record TerritoryName(long id, String name, int referenceYear) {}

    public List<TerritoryName> territoriesWithCampaigns(long except, int limit) {
        return jdbc.sql("select t.id, t.name, t.reference_year from territory t where t.id <> :except"
                        + " and exists (select 1 from campaign c where c.territory_id = t.id)"
                        + " order by t.name, t.reference_year desc, t.id fetch first :limit rows only")
                .param("except", except)
                .param("limit", limit)
                .query((rs, n) ->
                        new TerritoryName(rs.getLong("id"), rs.getString("name"), rs.getInt("reference_year")))
                .list();
    }

    public long countTerritoriesWithCampaigns(long except) {
        return jdbc.sql("select count(*) from territory t where t.id <> :except"
                        + " and exists (select 1 from campaign c where c.territory_id = t.id)")
                .param("except", except)
                .query(Long.class)
                .single();
    }

    /** The territory whose campaign an elected official sees first: the newest open one's, else the newest's. */
    public @Nullable Long featuredTerritory() {
        return jdbc.sql("select c.territory_id from campaign c order by case when c.status = 'OPEN' then 0 else 1 end,"
                        + " c.census_date desc, c.id desc fetch first 1 rows only")
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private List<CampaignSummary> withThemes(List<CampaignRow> rows) {
        Map<Long, List<ThemeVersion>> themes =
                themes(rows.stream().map(CampaignRow::id).toList());
        return rows.stream()
                .map(r -> r.summary(themes.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** The themes of these campaigns only, in one statement. */
    private Map<Long, List<ThemeVersion>> themes(List<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select campaign_id, theme, version from campaign_theme where campaign_id in (:ids)"
                        + " order by campaign_id, position")
                .param("ids", campaignIds)
                .query(CampaignThemeRow.BY_NAME)
                .list()
                .stream()
                .collect(groupingBy(
                        CampaignThemeRow::campaignId,
                        LinkedHashMap::new,
                        mapping(CampaignThemeRow::themeVersion, toList())));
    }

    /** The search and filters as SQL: every word in the campaign's or the territory's name. */
    private record Where(String sql, Map<String, Object> params, boolean none) {

        static Where of(Filter filter) {
            StringBuilder sql = new StringBuilder();
            Map<String, Object> params = new LinkedHashMap<>();
            if (filter.territoryIds() != null) {
                if (filter.territoryIds().isEmpty()) {
                    return new Where("", Map.of(), true);
                }
                sql.append(" and c.territory_id in (:territories)");
                params.put("territories", List.copyOf(filter.territoryIds()));
            }
            if (filter.status() != null) {
                sql.append(" and c.status = :status");
                params.put("status", filter.status().name());
            }
            int i = 0;
            for (String word : filter.query().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                sql.append(" and (lower(c.name) like :w")
                        .append(i)
                        .append(" escape '!' or lower(t.name) like :w")
                        .append(i)
                        .append(" escape '!')");
                params.put(
                        "w" + i,
                        "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
                i++;
            }
            return new Where(sql.isEmpty() ? "" : " where" + sql.substring(4), params, false);
        }
    }

    private record WorkRow(CampaignRow row, int members, int counted, int toValidate, int remindersDue) {

        long id() {
            return row.id();
        }

        CampaignSummary summary(Map<Long, List<ThemeVersion>> themes) {
            return row.summary(themes.getOrDefault(row.id(), List.of()));
        }
    }
}
