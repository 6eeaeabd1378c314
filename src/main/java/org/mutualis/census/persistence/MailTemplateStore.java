package org.mutualis.census.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code mail_template} table: a territory's own wording of a census e-mail. */
@Repository
public class MailTemplateStore {

    public record Row(
            long territoryId, String kind, String subject, String body, String updatedBy, Instant updatedAt) {}

    private final JdbcClient jdbc;

    MailTemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> of(long territoryId) {
        return jdbc.sql("select territory_id, kind, subject, body, updated_by, updated_at from mail_template"
                        + " where territory_id = :territory_id order by kind")
                .param("territory_id", territoryId)
                .query(RecordRows.of(Row.class))
                .list();
    }

    /** Writes the territory's text of this kind, in place of the previous one. */
    public void save(long territoryId, String kind, String subject, String body, String by, Instant at) {
        int updated = jdbc.sql("update mail_template set subject = :subject, body = :body, updated_by = :updated_by,"
                        + " updated_at = :updated_at where territory_id = :territory_id and kind = :kind")
                .param("subject", subject)
                .param("body", body)
                .param("updated_by", by)
                .param("updated_at", Timestamp.from(at))
                .param("territory_id", territoryId)
                .param("kind", kind)
                .update();
        if (updated == 0) {
            Columns.of()
                    .set("territory_id", territoryId)
                    .set("kind", kind)
                    .set("subject", subject)
                    .set("body", body)
                    .set("updated_by", by)
                    .set("updated_at", Timestamp.from(at))
                    .insertRow(jdbc, "mail_template");
        }
    }

    /** Back to the default text: the territory's own is forgotten. */
    public void delete(long territoryId, String kind) {
        jdbc.sql("delete from mail_template where territory_id = :territory_id and kind = :kind")
                .param("territory_id", territoryId)
                .param("kind", kind)
                .update();
    }
}
