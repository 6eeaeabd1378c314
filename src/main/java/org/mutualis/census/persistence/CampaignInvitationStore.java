package org.mutualis.census.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
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

    /** The columns of {@link Row}, by name. */
    private static final String SELECT = "select id, campaign_id, collectivity_id, email, invited_at, invited_by,"
            + " last_reminded_at, reminders from campaign_invitation ";

    private final JdbcClient jdbc;

    CampaignInvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an invitation, replacing the collectivité's previous one: reminders start over. */
    public void save(long campaignId, long collectivityId, String email, String by, Instant at) {
        int updated = jdbc.sql("update campaign_invitation set email = :email, invited_at = :invited_at,"
                        + " invited_by = :invited_by, last_reminded_at = null, reminders = 0"
                        + " where campaign_id = :campaign_id and collectivity_id = :collectivity_id")
                .param("email", email)
                .param("invited_at", Timestamp.from(at))
                .param("invited_by", by)
                .param("campaign_id", campaignId)
                .param("collectivity_id", collectivityId)
                .update();
        if (updated == 0) {
            Columns.of()
                    .set("campaign_id", campaignId)
                    .set("collectivity_id", collectivityId)
                    .set("email", email)
                    .set("invited_at", Timestamp.from(at))
                    .set("invited_by", by)
                    .set("reminders", 0)
                    .insertRow(jdbc, "campaign_invitation");
        }
    }

    public void reminded(long id, Instant at) {
        jdbc.sql("update campaign_invitation set last_reminded_at = :at, reminders = reminders + 1 where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    public List<Row> of(long campaignId) {
        return jdbc.sql(SELECT + "where campaign_id = :campaign_id order by id")
                .param("campaign_id", campaignId)
                .query(RecordRows.of(Row.class))
                .list();
    }

    /** Every invitation of these collectivités, to any campaign, the oldest first. */
    public List<Row> oldestFirst(java.util.Collection<Long> collectivityIds) {
        if (collectivityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where collectivity_id in (:ids) order by invited_at, id")
                .param("ids", List.copyOf(collectivityIds))
                .query(RecordRows.of(Row.class))
                .list();
    }

    public Optional<Row> find(long campaignId, long collectivityId) {
        return jdbc.sql(SELECT + "where campaign_id = :campaign_id and collectivity_id = :collectivity_id")
                .param("campaign_id", campaignId)
                .param("collectivity_id", collectivityId)
                .query(RecordRows.of(Row.class))
                .optional();
    }
}
