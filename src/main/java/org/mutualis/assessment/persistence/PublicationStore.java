package org.mutualis.assessment.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The publications of procurements' assessments to their territory's communes, every one kept. */
@Repository
public class PublicationStore {

    /** One publication; {@code sentAt} is null while its e-mails are being sent. */
    public record Row(
            long id,
            long procurementId,
            Instant publishedAt,
            String publishedBy,
            @Nullable String message,
            int mailsSent,
            int mailsFailed,
            @Nullable Instant sentAt) {}

    private static final String SELECT = "select id, procurement_id, published_at, published_by, message,"
            + " mails_sent, mails_failed, sent_at from assessment_publication ";

    private final JdbcClient jdbc;

    PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long procurementId, Instant at, String by, @Nullable String message) {
        return Columns.of()
                .set("procurement_id", procurementId)
                .set("published_at", Timestamp.from(at))
                .set("published_by", by)
                .set("message", message)
                .set("mails_sent", 0)
                .set("mails_failed", 0)
                .insert(jdbc, "assessment_publication");
    }

    public void sent(long id, int sent, int failed, Instant at) {
        jdbc.sql("update assessment_publication set mails_sent = :sent, mails_failed = :failed, sent_at = :at"
                        + " where id = :id")
                .param("sent", sent)
                .param("failed", failed)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** The procurement's publications, the latest first. */
    public List<Row> of(long procurementId) {
        return jdbc.sql(SELECT + "where procurement_id = :procurement_id order by published_at desc, id desc")
                .param("procurement_id", procurementId)
                .query(RecordRows.of(Row.class))
                .list();
    }

    public Optional<Row> latest(long procurementId) {
        return of(procurementId).stream().findFirst();
    }

    /** The latest publication of each of these procurements that has one, in one query. */
    public List<Row> latest(Collection<Long> procurementIds) {
        if (procurementIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "p where p.procurement_id in (:ids) and not exists (select 1 from"
                        + " assessment_publication q where q.procurement_id = p.procurement_id and"
                        + " (q.published_at > p.published_at or (q.published_at = p.published_at and q.id > p.id)))"
                        + " order by p.published_at desc, p.id desc")
                .param("ids", List.copyOf(procurementIds))
                .query(RecordRows.of(Row.class))
                .list();
    }
}
