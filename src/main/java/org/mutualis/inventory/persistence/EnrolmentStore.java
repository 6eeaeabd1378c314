package org.mutualis.inventory.persistence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.mutualis.inventory.EnrolmentView;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agents' enrolments: a token's hash per collectivité. */
@Repository
public class EnrolmentStore {

    /** What the endpoint needs of an active enrolment. */
    public record ActiveEnrolment(long id, long territoryId, long collectivityId) {}

    private static final String SELECT = "select e.id, e.territory_id, e.collectivity_id, c.name as collectivity_name,"
            + " e.label, e.prefix, e.created_by, e.created_at, e.revoked_by, e.revoked_at,"
            + " (select count(*) from inv_device d where d.enrolment_id = e.id) as devices,"
            + " (select max(d.last_seen) from inv_device d where d.enrolment_id = e.id) as last_seen"
            + " from inv_enrolment e join collectivity c on c.id = e.collectivity_id";

    private final JdbcClient jdbc;

    EnrolmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long territoryId,
            long collectivityId,
            String label,
            String tokenHash,
            String prefix,
            String createdBy,
            LocalDateTime createdAt) {
        return Columns.of()
                .set("territory_id", territoryId)
                .set("collectivity_id", collectivityId)
                .set("label", label)
                .set("token_hash", tokenHash)
                .set("prefix", prefix)
                .set("created_by", createdBy)
                .set("created_at", createdAt)
                .insert(jdbc, "inv_enrolment");
    }

    public Optional<EnrolmentView> find(long id) {
        return jdbc.sql(SELECT + " where e.id = :id")
                .param("id", id)
                .query(RecordRows.of(EnrolmentView.class))
                .optional();
    }

    public List<EnrolmentView> ofTerritory(long territoryId) {
        return jdbc.sql(SELECT + " where e.territory_id = :territory order by c.name, e.created_at, e.id")
                .param("territory", territoryId)
                .query(RecordRows.of(EnrolmentView.class))
                .list();
    }

    public List<EnrolmentView> ofCollectivity(long collectivityId) {
        return jdbc.sql(SELECT + " where e.collectivity_id = :collectivity order by e.created_at, e.id")
                .param("collectivity", collectivityId)
                .query(RecordRows.of(EnrolmentView.class))
                .list();
    }

    /** The enrolment of this token's hash, when it is not revoked. */
    public Optional<ActiveEnrolment> active(String tokenHash) {
        return jdbc.sql("select id, territory_id, collectivity_id from inv_enrolment"
                        + " where token_hash = :hash and revoked_at is null")
                .param("hash", tokenHash)
                .query(RecordRows.of(ActiveEnrolment.class))
                .optional();
    }

    /** @return false when it was already revoked */
    public boolean revoke(long id, String by, LocalDateTime at) {
        return jdbc.sql(
                                "update inv_enrolment set revoked_by = :by, revoked_at = :at where id = :id and revoked_at is null")
                        .param("by", by)
                        .param("at", at)
                        .param("id", id)
                        .update()
                > 0;
    }
}
