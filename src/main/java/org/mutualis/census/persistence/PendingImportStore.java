package org.mutualis.census.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code pending_import} table: an uploaded file waiting for its import to be confirmed after
 * the preview, by a token given to the one user who uploaded it.
 */
@Repository
public class PendingImportStore {

    public record Row(
            String token,
            long campaignId,
            String username,
            String fileName,
            byte[] content,
            String fingerprint,
            Instant createdAt) {}

    private final JdbcClient jdbc;

    PendingImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row row) {
        Columns.of()
                .set("token", row.token())
                .set("campaign_id", row.campaignId())
                .set("username", row.username())
                .set("file_name", row.fileName())
                .set("content", row.content())
                .set("fingerprint", row.fingerprint())
                .set("created_at", Timestamp.from(row.createdAt()))
                .insertRow(jdbc, "pending_import");
    }

    public Optional<Row> find(String token, String username) {
        return jdbc.sql("select token, campaign_id, username, file_name, content, fingerprint, created_at"
                        + " from pending_import where token = :token and username = :username")
                .param("token", token)
                .param("username", username)
                .query(RecordRows.of(Row.class))
                .optional();
    }

    public void delete(String token) {
        jdbc.sql("delete from pending_import where token = :token")
                .param("token", token)
                .update();
    }

    /** Forgets every file uploaded before {@code before}, and all but the user's last {@code keep}. */
    public void prune(Instant before, String username, int keep) {
        jdbc.sql("delete from pending_import where created_at < :before")
                .param("before", Timestamp.from(before))
                .update();
        List<String> tokens = jdbc.sql(
                        "select token from pending_import where username = :username order by created_at desc, token")
                .param("username", username)
                .query(String.class)
                .list();
        for (String token : tokens.subList(Math.min(keep, tokens.size()), tokens.size())) {
            delete(token);
        }
    }
}
