package org.mutualis.census.persistence;

import org.mutualis.census.ThemeVersion;
import org.springframework.jdbc.core.RowMapper;

/** A row of {@code campaign_theme}: which version of which theme a campaign runs. */
record CampaignThemeRow(long campaignId, String theme, int version) {

    static final RowMapper<CampaignThemeRow> BY_NAME =
            (rs, n) -> new CampaignThemeRow(rs.getLong("campaign_id"), rs.getString("theme"), rs.getInt("version"));

    ThemeVersion themeVersion() {
        return new ThemeVersion(theme, version);
    }
}
