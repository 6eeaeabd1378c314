package org.mutualis.census.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code campaign_invitation} table: one row per invited collectivité of a campaign. */
@Repository
public class CampaignInvitationStore {

    public record Row(
            long id,
            long campaignId,
            long collectivityId,
            String email,
            Instant invitedAt,
            String invitedBy,
            @Nullable Instant lastRemindedAt,
            int reminders) {}

    private static final String SELECT = "select id, campaign_id, collectivity_id, email, invited_at, invited_by,"
            + " last_reminded_at, reminders from campaign_invitation ";

    private final JdbcClient jdbc;

    CampaignInvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an invitation, replacing the collectivité's previous one: reminders start over. */
    public void save(long campaignId, long collectivityId, String email, String by, Instant at) {
        int updated = jdbc.sql("update campaign_invitation set email = ?, invited_at = ?, invited_by = ?,"
                        + " last_reminded_at = null, reminders = 0 where campaign_id = ? and collectivity_id = ?")
                .params(email, Timestamp.from(at), by, campaignId, collectivityId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into campaign_invitation (campaign_id, collectivity_id, email, invited_at, invited_by,"
                            + " reminders) values (?, ?, ?, ?, ?, 0)")
                    .params(campaignId, collectivityId, email, Timestamp.from(at), by)
                    .update();
        }
    }

    public void reminded(long id, Instant at) {
        jdbc.sql("update campaign_invitation set last_reminded_at = ?, reminders = reminders + 1 where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    public List<Row> of(long campaignId) {
        return jdbc.sql(SELECT + "where campaign_id = ? order by id")
                .param(campaignId)
                .query(CampaignInvitationStore::map)
                .list();
    }

    public Optional<Row> find(long campaignId, long collectivityId) {
        return jdbc.sql(SELECT + "where campaign_id = ? and collectivity_id = ?")
                .params(campaignId, collectivityId)
                .query(CampaignInvitationStore::map)
                .optional();
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        Timestamp reminded = rs.getTimestamp("last_reminded_at");
        return new Row(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getLong("collectivity_id"),
                rs.getString("email"),
                rs.getTimestamp("invited_at").toInstant(),
                rs.getString("invited_by"),
                reminded == null ? null : reminded.toInstant(),
                rs.getInt("reminders"));
    }
}
