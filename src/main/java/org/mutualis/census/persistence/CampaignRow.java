package org.mutualis.census.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignStatus;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.ThemeVersion;
import org.springframework.jdbc.core.RowMapper;

/**
 * A row of {@code campaign} with its territory's name and its count of responses, as the campaign
 * look-up ({@link CampaignStore}) and the lists ({@link CampaignListStore}) read it.
 */
record CampaignRow(
        long id,
        long territoryId,
        String territoryName,
        String name,
        LocalDate censusDate,
        @Nullable LocalDate opensOn,
        @Nullable LocalDate closesOn,
        CampaignStatus status,
        String bandThresholds,
        String defaultLifespans,
        BigDecimal otherDefaultLifespan,
        int responses) {

    /**
     * Read by column name: {@code query(CampaignRow.class)} would first look each component up under
     * its Java name, which H2 answers with an exception (logged to its trace file) per column and row.
     */
    static final RowMapper<CampaignRow> BY_NAME = (rs, n) -> new CampaignRow(
            rs.getLong("id"),
            rs.getLong("territory_id"),
            rs.getString("territory_name"),
            rs.getString("name"),
            rs.getObject("census_date", LocalDate.class),
            rs.getObject("opens_on", LocalDate.class),
            rs.getObject("closes_on", LocalDate.class),
            CampaignStatus.valueOf(rs.getString("status")),
            rs.getString("band_thresholds"),
            rs.getString("default_lifespans"),
            rs.getBigDecimal("other_default_lifespan"),
            rs.getInt("responses"));

    CampaignSummary summary(List<ThemeVersion> themes) {
        return new CampaignSummary(
                id,
                territoryId,
                territoryName,
                themes,
                name,
                censusDate,
                opensOn,
                closesOn,
                status,
                BandSettings.parse(bandThresholds, defaultLifespans, otherDefaultLifespan),
                responses);
    }
}
