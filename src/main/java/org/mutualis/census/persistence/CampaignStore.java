package org.mutualis.census.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignStatus;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.NewCampaign;
import org.mutualis.census.ThemeVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CampaignStore {

    private static final String SELECT = """
            select c.id, c.territory_id, t.name as territory_name, c.name, c.census_date, c.opens_on, c.closes_on,
                   c.status, c.band_thresholds, c.default_lifespans, c.other_default_lifespan,
                   (select count(*) from response r where r.campaign_id = c.id) as responses
            from campaign c join territory t on t.id = c.territory_id
            """;

    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CampaignSummary> all() {
        return withThemes(jdbc.sql(SELECT + " order by c.census_date desc, c.id desc")
                .query(CampaignStore::map)
                .list());
    }

    public Optional<CampaignSummary> find(long id) {
        return withThemes(jdbc.sql(SELECT + " where c.id = ?")
                        .param(id)
                        .query(CampaignStore::map)
                        .list())
                .stream()
                .findFirst();
    }

    public long insert(NewCampaign campaign) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into campaign (territory_id, name, census_date, opens_on, closes_on, status,
                            band_thresholds, default_lifespans, other_default_lifespan, created_at)
                        values (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)""")
                .params(
                        campaign.territoryId(),
                        campaign.name(),
                        Date.valueOf(campaign.censusDate()),
                        campaign.opensOn() == null ? null : Date.valueOf(campaign.opensOn()),
                        campaign.closesOn() == null ? null : Date.valueOf(campaign.closesOn()),
                        campaign.bands().thresholdsText(),
                        campaign.bands().lifespansText(),
                        campaign.bands().otherDefaultLifespan(),
                        Timestamp.from(Instant.now()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        int position = 1;
        for (ThemeVersion theme : campaign.themes()) {
            jdbc.sql("insert into campaign_theme (campaign_id, position, theme, version) values (?, ?, ?, ?)")
                    .params(id, position++, theme.theme(), theme.version())
                    .update();
        }
        return id;
    }

    public void updateBands(long campaignId, BandSettings bands) {
        jdbc.sql(
                        "update campaign set band_thresholds = ?, default_lifespans = ?, other_default_lifespan = ? where id = ?")
                .params(bands.thresholdsText(), bands.lifespansText(), bands.otherDefaultLifespan(), campaignId)
                .update();
    }

    public void updateStatus(long campaignId, CampaignStatus status) {
        jdbc.sql("update campaign set status = ? where id = ?")
                .params(status.name(), campaignId)
                .update();
    }

    private List<CampaignSummary> withThemes(List<CampaignSummary> campaigns) {
        if (campaigns.isEmpty()) {
            return campaigns;
        }
        Map<Long, List<ThemeVersion>> themes = new HashMap<>();
        jdbc.sql("select campaign_id, theme, version from campaign_theme order by campaign_id, position")
                .query(rs -> {
                    themes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ThemeVersion(rs.getString(2), rs.getInt(3)));
                });
        return campaigns.stream()
                .map(c -> new CampaignSummary(
                        c.id(),
                        c.territoryId(),
                        c.territoryName(),
                        themes.getOrDefault(c.id(), List.of()),
                        c.name(),
                        c.censusDate(),
                        c.opensOn(),
                        c.closesOn(),
                        c.status(),
                        c.bands(),
                        c.responses()))
                .toList();
    }

    private static CampaignSummary map(ResultSet rs, int row) throws SQLException {
        BigDecimal other = rs.getBigDecimal("other_default_lifespan");
        return new CampaignSummary(
                rs.getLong("id"),
                rs.getLong("territory_id"),
                rs.getString("territory_name"),
                List.of(),
                rs.getString("name"),
                rs.getDate("census_date").toLocalDate(),
                date(rs.getDate("opens_on")),
                date(rs.getDate("closes_on")),
                CampaignStatus.valueOf(rs.getString("status")),
                BandSettings.parse(rs.getString("band_thresholds"), rs.getString("default_lifespans"), other),
                rs.getInt("responses"));
    }

    private static java.time.@Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
