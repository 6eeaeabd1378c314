package org.mutualis.servicedesk.persistence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The messages the mailbox reader has taken (V25 {@code desk_mail_message}): one row per
 * Message-ID, written before the message is flagged as seen. Times are UTC.
 */
@Repository
public class MailMessageStore {

    public record MailMessageRow(
            long id,
            String messageId,
            long centreId,
            @Nullable String sender,
            @Nullable String subject,
            LocalDateTime receivedAt,
            LocalDateTime processedAt,
            String outcome,
            @Nullable Long ticketId,
            @Nullable String reason,
            @Nullable String detail) {}

    private static final String SELECT = "select id, message_id, centre_id, sender, subject, received_at,"
            + " processed_at, outcome, ticket_id, reason, detail from desk_mail_message";

    private final JdbcClient jdbc;

    MailMessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String messageId) {
        return jdbc.sql("select count(*) from desk_mail_message where message_id = :id")
                        .param("id", messageId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Records a message; the unique Message-ID makes a second insert of the same message fail
     * ({@code DuplicateKeyException}), which rolls back whatever its transaction did.
     */
    public long insert(
            String messageId,
            long centreId,
            @Nullable String sender,
            @Nullable String subject,
            LocalDateTime receivedAt,
            LocalDateTime processedAt,
            String outcome,
            @Nullable Long ticketId,
            @Nullable String reason,
            @Nullable String detail) {
        return Columns.of()
                .set("message_id", messageId)
                .set("centre_id", centreId)
                .set("sender", cut(sender, 320))
                .set("subject", cut(subject, 500))
                .set("received_at", receivedAt)
                .set("processed_at", processedAt)
                .set("outcome", outcome)
                .set("ticket_id", ticketId)
                .set("reason", cut(reason, 100))
                .set("detail", cut(detail, 1000))
                .insert(jdbc, "desk_mail_message");
    }

    /** The outcome of a message recorded first as taken, once its ticket is written. */
    public void complete(long id, String outcome, @Nullable Long ticketId) {
        jdbc.sql("update desk_mail_message set outcome = :outcome, ticket_id = :ticket where id = :id")
                .param("outcome", outcome)
                .param("ticket", ticketId)
                .param("id", id)
                .update();
    }

    public Optional<MailMessageRow> byMessageId(String messageId) {
        return jdbc.sql(SELECT + " where message_id = :id")
                .param("id", messageId)
                .query(RecordRows.of(MailMessageRow.class))
                .optional();
    }

    /** A centre's messages with one of these outcomes, newest first. */
    public List<MailMessageRow> ofCentre(long centreId, List<String> outcomes, int limit) {
        return jdbc.sql(SELECT + " where centre_id = :centre and outcome in (:outcomes)"
                        + " order by received_at desc, id desc fetch first :limit rows only")
                .param("centre", centreId)
                .param("outcomes", outcomes)
                .param("limit", limit)
                .query(RecordRows.of(MailMessageRow.class))
                .list();
    }

    /** How many of a centre's messages had this outcome. */
    public long count(long centreId, String outcome) {
        return jdbc.sql("select count(*) from desk_mail_message where centre_id = :centre and outcome = :outcome")
                .param("centre", centreId)
                .param("outcome", outcome)
                .query(Long.class)
                .single();
    }

    /** The centre whose mailbox is this address (case ignored), if one says so. */
    public Optional<Long> centreOfMailbox(String address) {
        return jdbc
                .sql("select id from desk_centre where lower(mailbox) = :mailbox order by id")
                .param("mailbox", address.strip().toLowerCase(Locale.ROOT))
                .query(Long.class)
                .list()
                .stream()
                .findFirst();
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
