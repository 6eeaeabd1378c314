package org.mutualis.census;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CampaignStore {

    private static final String SELECT = """
            select c.id, c.territory_id, t.name as territory_name, c.questionnaire_theme, c.questionnaire_version,
                   c.name, c.census_date, c.band_thresholds, c.default_lifespans, c.other_default_lifespan,
                   (select count(*) from response r where r.campaign_id = c.id) as responses
            from campaign c join territory t on t.id = c.territory_id
            """;

    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CampaignSummary> all() {
        return jdbc.sql(SELECT + " order by c.census_date desc, c.id desc")
                .query(CampaignStore::map)
                .list();
    }

    Optional<CampaignSummary> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?")
                .param(id)
                .query(CampaignStore::map)
                .optional();
    }

    long insert(NewCampaign campaign) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into campaign (territory_id, questionnaire_theme, questionnaire_version, name, census_date,
                            band_thresholds, default_lifespans, other_default_lifespan, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        campaign.territoryId(),
                        campaign.theme(),
                        campaign.questionnaireVersion(),
                        campaign.name(),
                        campaign.censusDate(),
                        campaign.bands().thresholdsText(),
                        campaign.bands().lifespansText(),
                        campaign.bands().otherDefaultLifespan(),
                        Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateBands(long campaignId, BandSettings bands) {
        jdbc.sql(
                        "update campaign set band_thresholds = ?, default_lifespans = ?, other_default_lifespan = ? where id = ?")
                .params(bands.thresholdsText(), bands.lifespansText(), bands.otherDefaultLifespan(), campaignId)
                .update();
    }

    private static CampaignSummary map(ResultSet rs, int row) throws SQLException {
        BigDecimal other = rs.getBigDecimal("other_default_lifespan");
        return new CampaignSummary(
                rs.getLong("id"),
                rs.getLong("territory_id"),
                rs.getString("territory_name"),
                rs.getString("questionnaire_theme"),
                rs.getInt("questionnaire_version"),
                rs.getString("name"),
                rs.getDate("census_date").toLocalDate(),
                BandSettings.parse(rs.getString("band_thresholds"), rs.getString("default_lifespans"), other),
                rs.getInt("responses"));
    }
}
