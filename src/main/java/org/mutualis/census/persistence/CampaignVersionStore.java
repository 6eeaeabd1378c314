package org.mutualis.census.persistence;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mutualis.census.CampaignDataVersion;
import org.mutualis.census.ThemeVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a campaign's synthesis rests on, read in one query ({@link CampaignDataVersion}): the
 * campaign with its territory's name and its themes (one row per theme), and fingerprints of its
 * territory's collectivités, its exclusions and its responses, counted and summed by the database
 * — none of their rows is read. Every view of a synthesis reads it, whatever the territory's size.
 */
@Repository
public class CampaignVersionStore {

    /**
     * The responses, exclusions and collectivités of the campaign each aggregated once: ids only
     * grow, so a count and a sum of ids move with any row added or removed; a response's version
     * and time move with every answer saved and every status changed. Collectivités are written
     * once with their territory and never changed: their count and ids are their fingerprint,
     * read through the index on their territory (a join on the campaign made H2 scan them all).
     */
    private static final String SELECT = """
            select c.id, c.territory_id, t.name as territory_name, c.name, c.census_date, c.opens_on, c.closes_on,
                   c.status, c.band_thresholds, c.default_lifespans, c.other_default_lifespan,
                   r.n as responses, r.ids as response_ids, r.versions as response_versions,
                   r.last_write as response_last_write,
                   e.n as exclusions, e.ids as exclusion_ids,
                   k.n as collectivities, k.ids as collectivity_ids,
                   th.campaign_id as theme_campaign, th.theme, th.version
            from campaign c
            join territory t on t.id = c.territory_id
            cross join (select count(*) as n, coalesce(sum(id), 0) as ids, coalesce(sum(version), 0) as versions,
                               max(updated_at) as last_write
                        from response where campaign_id = :id) r
            cross join (select count(*) as n, coalesce(sum(id), 0) as ids from exclusion where campaign_id = :id) e
            cross join (select count(*) as n, coalesce(sum(k.id), 0) as ids from collectivity k
                        where k.territory_id = (select kc.territory_id from campaign kc where kc.id = :id)) k
            left join campaign_theme th on th.campaign_id = c.id
            where c.id = :id
            order by th.position
            """;

    private final JdbcClient jdbc;

    CampaignVersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(CampaignRow campaign, String fingerprint, int collectivities, ThemeVersion theme) {}

    public Optional<CampaignDataVersion> find(long campaignId) {
        List<Row> rows = jdbc.sql(SELECT)
                .param("id", campaignId)
                .query((rs, n) -> {
                    Timestamp last = rs.getTimestamp("response_last_write");
                    String fingerprint = "k" + rs.getLong("collectivities") + ":" + rs.getLong("collectivity_ids")
                            + "|e" + rs.getLong("exclusions") + ":" + rs.getLong("exclusion_ids")
                            + "|r" + rs.getLong("responses") + ":" + rs.getLong("response_ids") + ":"
                            + rs.getLong("response_versions") + ":" + (last == null ? "" : last.toInstant());
                    rs.getLong("theme_campaign");
                    ThemeVersion theme =
                            rs.wasNull() ? null : new ThemeVersion(rs.getString("theme"), rs.getInt("version"));
                    return new Row(CampaignRow.BY_NAME.mapRow(rs, n), fingerprint, rs.getInt("collectivities"), theme);
                })
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<ThemeVersion> themes = new ArrayList<>();
        rows.stream().map(Row::theme).filter(t -> t != null).forEach(themes::add);
        Row first = rows.get(0);
        return Optional.of(
                new CampaignDataVersion(first.campaign().summary(themes), first.collectivities(), first.fingerprint()));
    }
}
