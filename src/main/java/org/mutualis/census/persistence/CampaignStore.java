package org.mutualis.census.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignStatus;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.NewCampaign;
import org.mutualis.census.ThemeVersion;
import org.mutualis.shared.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CampaignStore {

    /** The columns of {@link CampaignRow}, by name. */
    private static final String SELECT = """
            select c.id, c.territory_id, t.name as territory_name, c.name, c.census_date, c.opens_on, c.closes_on,
                   c.status, c.band_thresholds, c.default_lifespans, c.other_default_lifespan,
                   (select count(*) from response r where r.campaign_id = c.id) as responses
            from campaign c join territory t on t.id = c.territory_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    CampaignStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<CampaignSummary> all() {
        return withThemes(jdbc.sql(SELECT + " order by c.census_date desc, c.id desc")
                .query(CampaignRow.BY_NAME)
                .list());
    }

    public Optional<CampaignSummary> find(long id) {
        // Only this campaign's themes: reading every campaign's made each look-up grow with the country.
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(CampaignRow.BY_NAME).list().stream()
                .findFirst()
                .map(c -> c.summary(jdbc
                        .sql("select campaign_id, theme, version from campaign_theme where campaign_id = :id"
                                + " order by position")
                        .param("id", id)
                        .query(CampaignThemeRow.BY_NAME)
                        .list()
                        .stream()
                        .map(CampaignThemeRow::themeVersion)
                        .toList()));
    }

    public long insert(NewCampaign campaign) {
        long id = Columns.of()
                .set("territory_id", campaign.territoryId())
                .set("name", campaign.name())
                .set("census_date", campaign.censusDate())
                .set("opens_on", campaign.opensOn())
                .set("closes_on", campaign.closesOn())
                .set("status", CampaignStatus.OPEN.name())
                .set("band_thresholds", campaign.bands().thresholdsText())
                .set("default_lifespans", campaign.bands().lifespansText())
                .set("other_default_lifespan", campaign.bands().otherDefaultLifespan())
                .set("created_at", Timestamp.from(clock.instant()))
                .insert(jdbc, "campaign");
        int position = 1;
        for (ThemeVersion theme : campaign.themes()) {
            Columns.of()
                    .set("campaign_id", id)
                    .set("position", position++)
                    .set("theme", theme.theme())
                    .set("version", theme.version())
                    .insertRow(jdbc, "campaign_theme");
        }
        return id;
    }

    public void updateBands(long campaignId, BandSettings bands) {
        jdbc.sql("update campaign set band_thresholds = :band_thresholds, default_lifespans = :default_lifespans,"
                        + " other_default_lifespan = :other_default_lifespan where id = :id")
                .param("band_thresholds", bands.thresholdsText())
                .param("default_lifespans", bands.lifespansText())
                .param("other_default_lifespan", bands.otherDefaultLifespan())
                .param("id", campaignId)
                .update();
    }

    public void updateStatus(long campaignId, CampaignStatus status) {
        jdbc.sql("update campaign set status = :status where id = :id")
                .param("status", status.name())
                .param("id", campaignId)
                .update();
    }

    private List<CampaignSummary> withThemes(List<CampaignRow> campaigns) {
        if (campaigns.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ThemeVersion>> themes = jdbc
                .sql("select campaign_id, theme, version from campaign_theme order by campaign_id, position")
                .query(CampaignThemeRow.BY_NAME)
                .list()
                .stream()
                .collect(groupingBy(CampaignThemeRow::campaignId, mapping(CampaignThemeRow::themeVersion, toList())));
        return campaigns.stream()
                .map(c -> c.summary(themes.getOrDefault(c.id(), List.of())))
                .toList();
    }

    /** A row of {@code campaign_theme}, by column name. */
}
