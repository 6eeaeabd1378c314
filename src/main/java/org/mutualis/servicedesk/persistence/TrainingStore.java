package org.mutualis.servicedesk.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Training sessions, their registrations and attendance, and the training needs of the collectivités. */
@Repository
public class TrainingStore {

    public record SessionRow(
            long id,
            long centreId,
            String topic,
            @Nullable String description,
            LocalDate firstDay,
            LocalDate lastDay,
            LocalTime startsAt,
            LocalTime endsAt,
            String place,
            String trainer,
            int capacity,
            String status,
            int version,
            long confirmed,
            long waiting) {}

    /** What a session is written with. */
    public record SessionValues(
            String topic,
            @Nullable String description,
            LocalDate firstDay,
            LocalDate lastDay,
            LocalTime startsAt,
            LocalTime endsAt,
            String place,
            String trainer,
            int capacity,
            String status) {}

    public record RegistrationRow(
            long id,
            long sessionId,
            long collectivityId,
            String collectivityName,
            String personName,
            String nameKey,
            @Nullable String job,
            @Nullable String email,
            @Nullable String contact,
            LocalDateTime registeredAt,
            String status,
            @Nullable String presence) {}

    public record NeedRow(
            long id,
            long centreId,
            long collectivityId,
            String collectivityName,
            String topic,
            String topicKey,
            int people,
            @Nullable String comment,
            LocalDateTime submittedAt,
            @Nullable Long sessionId,
            @Nullable String sessionTopic,
            @Nullable LocalDateTime answeredAt) {}

    /** A present registration with its session's days and hours, for the training days attended. */
    public record AttendedRow(
            long collectivityId,
            String collectivityName,
            LocalDate firstDay,
            LocalDate lastDay,
            LocalTime startsAt,
            LocalTime endsAt) {}

    private static final String SESSION = "select s.id, s.centre_id, s.topic, s.description, s.first_day, s.last_day,"
            + " s.starts_at, s.ends_at, s.place, s.trainer, s.capacity, s.status, s.version,"
            + " (select count(*) from training_registration r where r.session_id = s.id and r.status = 'CONFIRMED')"
            + " as confirmed,"
            + " (select count(*) from training_registration r where r.session_id = s.id and r.status = 'WAITING')"
            + " as waiting"
            + " from training_session s";

    private static final String REGISTRATION = "select r.id, r.session_id, r.collectivity_id,"
            + " c.name as collectivity_name, r.person_name, r.name_key, r.job, r.email, r.contact, r.registered_at,"
            + " r.status, r.presence from training_registration r join collectivity c on c.id = r.collectivity_id";

    private static final String NEED = "select n.id, n.centre_id, n.collectivity_id, c.name as collectivity_name,"
            + " n.topic, n.topic_key, n.people, n.comment, n.submitted_at, n.session_id, s.topic as session_topic,"
            + " n.answered_at from training_need n join collectivity c on c.id = n.collectivity_id"
            + " left join training_session s on s.id = n.session_id";

    private final JdbcClient jdbc;

    TrainingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- sessions ---

    public Optional<SessionRow> session(long id) {
        return jdbc.sql(SESSION + " where s.id = :id")
                .param("id", id)
                .query(RecordRows.of(SessionRow.class))
                .optional();
    }

    /** Locks the session's row until the transaction ends: its seats are decided one change at a time. */
    public boolean lock(long id) {
        return !jdbc.sql("select id from training_session where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .list()
                .isEmpty();
    }

    /** Sessions whose last day is today or later ({@code upcoming}), or before today. */
    public long countSessions(long centreId, boolean upcoming, LocalDate today) {
        return jdbc.sql("select count(*) from training_session where centre_id = :centre and last_day "
                        + (upcoming ? ">=" : "<") + " :today")
                .param("centre", centreId)
                .param("today", today)
                .query(Long.class)
                .single();
    }

    public List<SessionRow> sessions(long centreId, boolean upcoming, LocalDate today, long offset, int limit) {
        return jdbc.sql(SESSION + " where s.centre_id = :centre and s.last_day " + (upcoming ? ">=" : "<")
                        + " :today order by s.first_day " + (upcoming ? "asc" : "desc") + ", s.starts_at "
                        + (upcoming ? "asc" : "desc") + ", s.id offset :offset rows fetch next :limit rows only")
                .param("centre", centreId)
                .param("today", today)
                .param("offset", offset)
                .param("limit", limit)
                .query(RecordRows.of(SessionRow.class))
                .list();
    }

    /** Every session of the centre, the latest first (the needs' answers), at most {@code limit}. */
    public List<SessionRow> recentSessions(long centreId, int limit) {
        return jdbc.sql(SESSION + " where s.centre_id = :centre order by s.first_day desc, s.id desc"
                        + " fetch first :limit rows only")
                .param("centre", centreId)
                .param("limit", limit)
                .query(RecordRows.of(SessionRow.class))
                .list();
    }

    public long insertSession(long centreId, SessionValues values) {
        return columns(values).set("centre_id", centreId).insert(jdbc, "training_session");
    }

    /** @return false when the version is stale */
    public boolean updateSession(long id, SessionValues values, long version) {
        return OptimisticUpdate.of(jdbc, "training_session", columns(values))
                .where("id", id)
                .expecting(version);
    }

    /** Marks a planned session held once its attendance is taken. */
    public void markHeld(long id) {
        jdbc.sql("update training_session set status = 'HELD', version = version + 1"
                        + " where id = :id and status = 'PLANNED'")
                .param("id", id)
                .update();
    }

    private static Columns columns(SessionValues v) {
        return Columns.of()
                .set("topic", v.topic())
                .set("description", v.description())
                .set("first_day", v.firstDay())
                .set("last_day", v.lastDay())
                .set("starts_at", v.startsAt())
                .set("ends_at", v.endsAt())
                .set("place", v.place())
                .set("trainer", v.trainer())
                .set("capacity", v.capacity())
                .set("status", v.status());
    }

    // --- registrations ---

    /** The session's registrations in order of registration. */
    public List<RegistrationRow> registrations(long sessionId) {
        return jdbc.sql(REGISTRATION + " where r.session_id = :session order by r.id")
                .param("session", sessionId)
                .query(RecordRows.of(RegistrationRow.class))
                .list();
    }

    public Optional<RegistrationRow> registration(long id) {
        return jdbc.sql(REGISTRATION + " where r.id = :id")
                .param("id", id)
                .query(RecordRows.of(RegistrationRow.class))
                .optional();
    }

    public long insertRegistration(
            long sessionId,
            long collectivityId,
            String personName,
            String nameKey,
            @Nullable String job,
            @Nullable String email,
            @Nullable Long registeredBy,
            @Nullable String contact,
            LocalDateTime at,
            String status) {
        return Columns.of()
                .set("session_id", sessionId)
                .set("collectivity_id", collectivityId)
                .set("person_name", personName)
                .set("name_key", nameKey)
                .set("job", job)
                .set("email", email)
                .set("registered_by", registeredBy)
                .set("contact", contact)
                .set("registered_at", at)
                .set("status", status)
                .insert(jdbc, "training_registration");
    }

    public void setStatus(long id, String status, @Nullable LocalDateTime cancelledAt) {
        jdbc.sql("update training_registration set status = :status,"
                        + " cancelled_at = coalesce(:cancelled, cancelled_at) where id = :id")
                .param("status", status)
                .param("cancelled", cancelledAt, java.sql.Types.TIMESTAMP)
                .param("id", id)
                .update();
    }

    public void setPresence(long id, @Nullable String presence) {
        jdbc.sql("update training_registration set presence = :presence where id = :id")
                .param("presence", presence, java.sql.Types.VARCHAR)
                .param("id", id)
                .update();
    }

    /** One present registration of a collectivité: its session's id, topic, days and hours. */
    public record AttendedSessionRow(
            long sessionId,
            String topic,
            LocalDate firstDay,
            LocalDate lastDay,
            LocalTime startsAt,
            LocalTime endsAt) {}

    /**
     * The present registrations of one collectivité at the centre's sessions held (not cancelled)
     * whose first day is in the period, by day then session.
     */
    public List<AttendedSessionRow> attendedBy(long centreId, long collectivityId, LocalDate from, LocalDate to) {
        return jdbc.sql("select s.id as session_id, s.topic, s.first_day, s.last_day, s.starts_at, s.ends_at"
                        + " from training_registration r join training_session s on s.id = r.session_id"
                        + " where s.centre_id = :centre and r.collectivity_id = :collectivity"
                        + " and s.status <> 'CANCELLED' and r.status = 'CONFIRMED' and r.presence = 'PRESENT'"
                        + " and s.first_day between :from and :to order by s.first_day, s.id, r.id")
                .param("centre", centreId)
                .param("collectivity", collectivityId)
                .param("from", from)
                .param("to", to)
                .query(RecordRows.of(AttendedSessionRow.class))
                .list();
    }

    /** Present registrations of the centre's sessions held (not cancelled) with a day in the period. */
    public List<AttendedRow> attended(long centreId, LocalDate from, LocalDate to) {
        return jdbc.sql("select r.collectivity_id, c.name as collectivity_name, s.first_day, s.last_day,"
                        + " s.starts_at, s.ends_at from training_registration r"
                        + " join training_session s on s.id = r.session_id"
                        + " join collectivity c on c.id = r.collectivity_id"
                        + " where s.centre_id = :centre and s.status <> 'CANCELLED' and r.status = 'CONFIRMED'"
                        + " and r.presence = 'PRESENT' and s.first_day between :from and :to"
                        + " order by c.name, r.collectivity_id")
                .param("centre", centreId)
                .param("from", from)
                .param("to", to)
                .query(RecordRows.of(AttendedRow.class))
                .list();
    }

    // --- needs ---

    /** The centre's needs, the latest first; only those of these collectivités when given. */
    public List<NeedRow> needs(long centreId, @Nullable List<Long> collectivities) {
        if (collectivities != null && collectivities.isEmpty()) {
            return List.of();
        }
        var statement = jdbc.sql(NEED + " where n.centre_id = :centre"
                        + (collectivities == null ? "" : " and n.collectivity_id in (:collectivities)")
                        + " order by n.submitted_at desc, n.id desc")
                .param("centre", centreId);
        if (collectivities != null) {
            statement = statement.param("collectivities", collectivities);
        }
        return statement.query(RecordRows.of(NeedRow.class)).list();
    }

    public Optional<NeedRow> need(long id) {
        return jdbc.sql(NEED + " where n.id = :id")
                .param("id", id)
                .query(RecordRows.of(NeedRow.class))
                .optional();
    }

    public long insertNeed(
            long centreId,
            long collectivityId,
            String topic,
            String topicKey,
            int people,
            @Nullable String comment,
            @Nullable Long submittedBy,
            LocalDateTime at) {
        return Columns.of()
                .set("centre_id", centreId)
                .set("collectivity_id", collectivityId)
                .set("topic", topic)
                .set("topic_key", topicKey)
                .set("people", people)
                .set("comment", comment)
                .set("submitted_by", submittedBy)
                .set("submitted_at", at)
                .insert(jdbc, "training_need");
    }

    public void answerNeed(long id, @Nullable Long sessionId, @Nullable LocalDateTime at) {
        jdbc.sql("update training_need set session_id = :session, answered_at = :at where id = :id")
                .param("session", sessionId, java.sql.Types.BIGINT)
                .param("at", at, java.sql.Types.TIMESTAMP)
                .param("id", id)
                .update();
    }
}
