package org.mutualis.programme.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.programme.BodyKind;
import org.mutualis.programme.BodyRole;
import org.mutualis.programme.DecisionStatus;
import org.mutualis.programme.DecisionView;
import org.mutualis.programme.DeliberationView;
import org.mutualis.programme.GovernanceProgramme;
import org.mutualis.programme.MeetingPresence;
import org.mutualis.programme.MeetingStatus;
import org.mutualis.programme.MemberView;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The governance of a programme: bodies, members, meetings and attendance, decisions, and council
 * deliberations (read from the members of the procurements the programme's actions link to, with
 * the numbers staff enter, and the conventions' deliberations recorded by hand).
 */
@Repository
public class GovernanceStore {

    /** A body as stored. */
    public record BodyRow(
            long id,
            long programmeId,
            BodyKind kind,
            String name,
            @Nullable String theme) {}

    /** A meeting as stored, with its body's name. */
    public record MeetingRow(
            long id,
            long programmeId,
            long bodyId,
            String bodyName,
            LocalDateTime heldAt,
            @Nullable String place,
            @Nullable String agenda,
            @Nullable String minutes,
            MeetingStatus status,
            int version) {}

    /** One member's presence at one meeting. */
    public record PresenceRow(long meetingId, long memberId, MeetingPresence presence) {}

    /** An action of a programme, as a decision links to it. */
    public record ActionRow(long id, long programmeId, String title) {}

    /** A collectivité and the territory it belongs to. */
    public record CollectivityRow(long id, long territoryId, String name) {}

    private static final String MEMBER = "select m.id, m.body_id, m.user_id, m.name, m.email, m.collectivity_id,"
            + " c.name as collectivity_name, m.role from governance_member m"
            + " left join collectivity c on c.id = m.collectivity_id";

    private static final String MEETING = "select g.id, g.programme_id, g.body_id, b.name as body_name, g.held_at,"
            + " g.place, g.agenda, g.minutes, g.status, g.version from governance_meeting g"
            + " join governance_body b on b.id = g.body_id";

    private static final String DECISION = "select d.id, d.programme_id, d.body_id, b.name as body_name,"
            + " d.meeting_id, g.held_at as meeting_at, d.decided_on, d.text, d.action_id,"
            + " a.title as action_title, d.status from governance_decision d"
            + " join governance_body b on b.id = d.body_id"
            + " left join governance_meeting g on g.id = d.meeting_id"
            + " left join programme_action a on a.id = d.action_id";

    private final JdbcClient jdbc;

    GovernanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- programme, actions, collectivités, accounts (read from their own tables) ---

    public Optional<GovernanceProgramme> programme(long id) {
        return jdbc.sql("select id, territory_id, name from programme where id = :id")
                .param("id", id)
                .query(RecordRows.of(GovernanceProgramme.class))
                .optional();
    }

    public Optional<ActionRow> action(long id) {
        return jdbc.sql("select id, programme_id, title from programme_action where id = :id")
                .param("id", id)
                .query(RecordRows.of(ActionRow.class))
                .optional();
    }

    /** The programme's actions, in their stages' order, for the decision form. */
    public List<ActionRow> actions(long programmeId) {
        return jdbc.sql("select a.id, a.programme_id, a.title from programme_action a"
                        + " join programme_stage s on s.id = a.stage_id"
                        + " where a.programme_id = :programme_id order by s.position, a.position, a.id")
                .param("programme_id", programmeId)
                .query(RecordRows.of(ActionRow.class))
                .list();
    }

    public Optional<CollectivityRow> collectivity(long id) {
        return jdbc.sql("select id, territory_id, name from collectivity where id = :id")
                .param("id", id)
                .query(RecordRows.of(CollectivityRow.class))
                .optional();
    }

    /** The display name of an enabled account. */
    public Optional<String> accountName(long userId) {
        return jdbc.sql("select display_name from app_user where id = :id and enabled = true")
                .param("id", userId)
                .query(String.class)
                .optional();
    }

    // --- bodies and members ---

    public List<BodyRow> bodies(long programmeId) {
        return jdbc.sql("select id, programme_id, kind, name, theme from governance_body"
                        + " where programme_id = :programme_id order by id")
                .param("programme_id", programmeId)
                .query(RecordRows.of(BodyRow.class))
                .list();
    }

    public Optional<BodyRow> body(long id) {
        return jdbc.sql("select id, programme_id, kind, name, theme from governance_body where id = :id")
                .param("id", id)
                .query(RecordRows.of(BodyRow.class))
                .optional();
    }

    public boolean hasBodies(long programmeId) {
        return jdbc.sql("select count(*) from governance_body where programme_id = :programme_id")
                        .param("programme_id", programmeId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insertBody(long programmeId, BodyKind kind, String name, @Nullable String theme) {
        return body(kind, name, theme).set("programme_id", programmeId).insert(jdbc, "governance_body");
    }

    public void updateBody(long id, BodyKind kind, String name, @Nullable String theme) {
        jdbc.sql("update governance_body set kind = :kind, name = :name, theme = :theme where id = :id")
                .param("kind", kind.name())
                .param("name", name)
                .param("theme", theme)
                .param("id", id)
                .update();
    }

    private static Columns body(BodyKind kind, String name, @Nullable String theme) {
        return Columns.of().set("kind", kind.name()).set("name", name).set("theme", theme);
    }

    public void deleteBody(long id) {
        jdbc.sql("delete from governance_body where id = :id").param("id", id).update();
    }

    /** Every member of the programme's bodies, by body then role then name. */
    public List<MemberView> members(long programmeId) {
        return jdbc.sql(MEMBER + " join governance_body b on b.id = m.body_id where b.programme_id = :programme_id"
                        + " order by m.body_id, m.id")
                .param("programme_id", programmeId)
                .query(RecordRows.of(MemberView.class))
                .list();
    }

    public List<MemberView> membersOf(long bodyId) {
        return jdbc.sql(MEMBER + " where m.body_id = :body_id order by m.id")
                .param("body_id", bodyId)
                .query(RecordRows.of(MemberView.class))
                .list();
    }

    public Optional<MemberView> member(long id) {
        return jdbc.sql(MEMBER + " where m.id = :id")
                .param("id", id)
                .query(RecordRows.of(MemberView.class))
                .optional();
    }

    public long insertMember(
            long bodyId,
            @Nullable Long userId,
            String name,
            @Nullable String email,
            @Nullable Long collectivityId,
            BodyRole role) {
        return Columns.of()
                .set("body_id", bodyId)
                .set("user_id", userId)
                .set("name", name)
                .set("email", email)
                .set("collectivity_id", collectivityId)
                .set("role", role.name())
                .insert(jdbc, "governance_member");
    }

    public int deleteMember(long id) {
        return jdbc.sql("delete from governance_member where id = :id")
                .param("id", id)
                .update();
    }

    // --- meetings and attendance ---

    public List<MeetingRow> meetings(long programmeId) {
        return jdbc.sql(MEETING + " where g.programme_id = :programme_id order by g.held_at, g.id")
                .param("programme_id", programmeId)
                .query(RecordRows.of(MeetingRow.class))
                .list();
    }

    /** The meetings from {@code from} on, the soonest first. */
    public List<MeetingRow> upcoming(long programmeId, LocalDateTime from, int limit) {
        return jdbc.sql(MEETING + " where g.programme_id = :programme_id and g.held_at >= :from"
                        + " order by g.held_at, g.id fetch first " + Math.max(0, limit) + " rows only")
                .param("programme_id", programmeId)
                .param("from", from)
                .query(RecordRows.of(MeetingRow.class))
                .list();
    }

    public Optional<MeetingRow> meeting(long id) {
        return jdbc.sql(MEETING + " where g.id = :id")
                .param("id", id)
                .query(RecordRows.of(MeetingRow.class))
                .optional();
    }

    public List<PresenceRow> presences(long programmeId) {
        return jdbc.sql("select p.meeting_id, p.member_id, p.presence from governance_attendance p"
                        + " join governance_meeting g on g.id = p.meeting_id where g.programme_id = :programme_id")
                .param("programme_id", programmeId)
                .query(RecordRows.of(PresenceRow.class))
                .list();
    }

    public List<PresenceRow> presencesOf(long meetingId) {
        return jdbc.sql("select meeting_id, member_id, presence from governance_attendance where meeting_id = :id")
                .param("id", meetingId)
                .query(RecordRows.of(PresenceRow.class))
                .list();
    }

    public long insertMeeting(
            long programmeId,
            long bodyId,
            LocalDateTime heldAt,
            @Nullable String place,
            @Nullable String agenda,
            @Nullable String minutes,
            MeetingStatus status) {
        return meeting(heldAt, place, agenda, minutes, status)
                .set("programme_id", programmeId)
                .set("body_id", bodyId)
                .set("version", 0)
                .insert(jdbc, "governance_meeting");
    }

    /** Writes the meeting only if nobody changed it since {@code version}; false otherwise. */
    public boolean updateMeeting(
            long id,
            long version,
            LocalDateTime heldAt,
            @Nullable String place,
            @Nullable String agenda,
            @Nullable String minutes,
            MeetingStatus status) {
        return OptimisticUpdate.of(jdbc, "governance_meeting", meeting(heldAt, place, agenda, minutes, status))
                .where("id", id)
                .expecting(version);
    }

    private static Columns meeting(
            LocalDateTime heldAt,
            @Nullable String place,
            @Nullable String agenda,
            @Nullable String minutes,
            MeetingStatus status) {
        return Columns.of()
                .set("held_at", heldAt)
                .set("place", place)
                .set("agenda", agenda)
                .set("minutes", minutes)
                .set("status", status.name());
    }

    /** Replaces the meeting's attendance with these marks (members not named: not recorded). */
    public void attendance(long meetingId, Map<Long, MeetingPresence> marks) {
        jdbc.sql("delete from governance_attendance where meeting_id = :id")
                .param("id", meetingId)
                .update();
        marks.forEach((member, presence) -> Columns.of()
                .set("meeting_id", meetingId)
                .set("member_id", member)
                .set("presence", presence.name())
                .insertRow(jdbc, "governance_attendance"));
    }

    public void deleteMeeting(long id) {
        jdbc.sql("delete from governance_meeting where id = :id")
                .param("id", id)
                .update();
    }

    // --- decisions ---

    public long countDecisions(long programmeId) {
        return jdbc.sql("select count(*) from governance_decision where programme_id = :programme_id")
                .param("programme_id", programmeId)
                .query(Long.class)
                .single();
    }

    /** One page of the register, the latest decision first. */
    public List<DecisionView> decisions(long programmeId, long offset, int limit) {
        return jdbc.sql(DECISION + " where d.programme_id = :programme_id order by d.decided_on desc, d.id desc"
                        + " offset " + Math.max(0, offset) + " rows fetch next " + Math.max(0, limit) + " rows only")
                .param("programme_id", programmeId)
                .query(RecordRows.of(DecisionView.class))
                .list();
    }

    /** The whole register, in date order. */
    public List<DecisionView> decisions(long programmeId) {
        return jdbc.sql(DECISION + " where d.programme_id = :programme_id order by d.decided_on, d.id")
                .param("programme_id", programmeId)
                .query(RecordRows.of(DecisionView.class))
                .list();
    }

    public List<DecisionView> decisionsOf(long meetingId) {
        return jdbc.sql(DECISION + " where d.meeting_id = :meeting_id order by d.id")
                .param("meeting_id", meetingId)
                .query(RecordRows.of(DecisionView.class))
                .list();
    }

    public Optional<DecisionView> decision(long id) {
        return jdbc.sql(DECISION + " where d.id = :id")
                .param("id", id)
                .query(RecordRows.of(DecisionView.class))
                .optional();
    }

    public long insertDecision(
            long programmeId,
            long bodyId,
            @Nullable Long meetingId,
            LocalDate decidedOn,
            String text,
            @Nullable Long actionId,
            DecisionStatus status) {
        return decision(bodyId, meetingId, decidedOn, text, actionId, status)
                .set("programme_id", programmeId)
                .insert(jdbc, "governance_decision");
    }

    public void updateDecision(
            long id,
            long bodyId,
            @Nullable Long meetingId,
            LocalDate decidedOn,
            String text,
            @Nullable Long actionId,
            DecisionStatus status) {
        jdbc.sql("update governance_decision set body_id = :body_id, meeting_id = :meeting_id,"
                        + " decided_on = :decided_on, text = :text, action_id = :action_id, status = :status"
                        + " where id = :id")
                .param("body_id", bodyId)
                .param("meeting_id", meetingId)
                .param("decided_on", decidedOn)
                .param("text", text)
                .param("action_id", actionId)
                .param("status", status.name())
                .param("id", id)
                .update();
    }

    private static Columns decision(
            long bodyId,
            @Nullable Long meetingId,
            LocalDate decidedOn,
            String text,
            @Nullable Long actionId,
            DecisionStatus status) {
        return Columns.of()
                .set("body_id", bodyId)
                .set("meeting_id", meetingId)
                .set("decided_on", decidedOn)
                .set("text", text)
                .set("action_id", actionId)
                .set("status", status.name());
    }

    public void deleteDecision(long id) {
        jdbc.sql("delete from governance_decision where id = :id")
                .param("id", id)
                .update();
    }

    // --- council deliberations ---

    /**
     * The members of every procurement an action of the programme links to, with their
     * deliberation's date and the number staff entered: one row per procurement and collectivité.
     */
    public List<DeliberationView> procurementDeliberations(long programmeId) {
        return jdbc.sql("select cast(null as bigint) as id, m.collectivity_id, c.name as collectivity_name,"
                        + " p.id as procurement_id, p.subject, n.number, m.deliberation_on as deliberated_on"
                        + " from procurement_member m"
                        + " join procurement p on p.id = m.procurement_id"
                        + " join collectivity c on c.id = m.collectivity_id"
                        + " left join programme_deliberation_number n"
                        + " on n.procurement_id = m.procurement_id and n.collectivity_id = m.collectivity_id"
                        + " where m.procurement_id in (select a.procurement_id from programme_action a"
                        + " where a.programme_id = :programme_id and a.procurement_id is not null)"
                        + " order by p.subject, p.id, c.name, c.id")
                .param("programme_id", programmeId)
                .query(RecordRows.of(DeliberationView.class))
                .list();
    }

    /** Whether the collectivité is a member of a procurement an action of the programme links to. */
    public boolean procurementMember(long programmeId, long procurementId, long collectivityId) {
        return jdbc.sql("select count(*) from procurement_member m where m.procurement_id = :procurement_id"
                                + " and m.collectivity_id = :collectivity_id and exists (select 1 from"
                                + " programme_action a where a.programme_id = :programme_id"
                                + " and a.procurement_id = m.procurement_id)")
                        .param("procurement_id", procurementId)
                        .param("collectivity_id", collectivityId)
                        .param("programme_id", programmeId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Sets the number of a deliberation joining a procurement; null removes it. */
    public void number(long procurementId, long collectivityId, @Nullable String number) {
        jdbc.sql("delete from programme_deliberation_number"
                        + " where procurement_id = :procurement_id and collectivity_id = :collectivity_id")
                .param("procurement_id", procurementId)
                .param("collectivity_id", collectivityId)
                .update();
        if (number != null) {
            Columns.of()
                    .set("procurement_id", procurementId)
                    .set("collectivity_id", collectivityId)
                    .set("number", number)
                    .insertRow(jdbc, "programme_deliberation_number");
        }
    }

    /** The deliberations recorded by hand (conventions), in date order. */
    public List<DeliberationView> manualDeliberations(long programmeId) {
        return jdbc.sql(MANUAL + " where d.programme_id = :programme_id order by d.deliberated_on, d.id")
                .param("programme_id", programmeId)
                .query(RecordRows.of(DeliberationView.class))
                .list();
    }

    private static final String MANUAL = "select d.id, d.collectivity_id, c.name as collectivity_name,"
            + " cast(null as bigint) as procurement_id, d.subject, d.number, d.deliberated_on"
            + " from programme_deliberation d join collectivity c on c.id = d.collectivity_id";

    /** A hand-recorded deliberation and its programme. */
    public Optional<Long> deliberationProgramme(long id) {
        return jdbc.sql("select programme_id from programme_deliberation where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    public Optional<DeliberationView> deliberation(long id) {
        return jdbc.sql(MANUAL + " where d.id = :id")
                .param("id", id)
                .query(RecordRows.of(DeliberationView.class))
                .optional();
    }

    public long insertDeliberation(
            long programmeId, long collectivityId, String subject, @Nullable String number, LocalDate on) {
        return Columns.of()
                .set("programme_id", programmeId)
                .set("collectivity_id", collectivityId)
                .set("subject", subject)
                .set("number", number)
                .set("deliberated_on", on)
                .insert(jdbc, "programme_deliberation");
    }

    public void deleteDeliberation(long id) {
        jdbc.sql("delete from programme_deliberation where id = :id")
                .param("id", id)
                .update();
    }
}
