package org.mutualis.servicedesk.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboards' counts, each one grouped query over a centre's tickets of a period (the
 * indexes on (centre_id, …) serve them), portable between H2 and PostgreSQL.
 */
@Repository
public class DashboardStore {

    public record StatusCount(String status, long count) {}

    public record DueBuckets(long overdue, long dueToday, long dueThisWeek, long later, long paused, long noDue) {}

    public record CommuneRow(long collectivityId, String name, long opened, long solved, long minutes) {}

    public record CategoryRow(
            @Nullable Long categoryId, @Nullable String label, long opened, long solved) {}

    public record PriorityRow(
            String priority,
            long solved,
            long resolveCounted,
            long resolvedOnTime,
            long takeChargeCounted,
            long takenOnTime) {}

    public record ScoreRow(int score, long count) {}

    public record MonthRow(int monthNumber, long count) {}

    public record MonthRateRow(int monthNumber, long counted, long onTime) {}

    public record MonthScoreRow(int monthNumber, long answers, long total) {}

    public record SessionRow(
            long id, LocalDate firstDay, LocalDate lastDay, LocalTime startsAt, LocalTime endsAt, long present) {}

    private static final String DONE = "('SOLVED', 'CLOSED')";

    private final JdbcClient jdbc;

    DashboardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The years the centre has tickets in (opened), most recent first. */
    public List<Integer> years(long centreId) {
        return jdbc.sql("select distinct extract(year from opened_at) as y from desk_ticket where centre_id = :centre"
                        + " order by y desc")
                .param("centre", centreId)
                .query((rs, n) -> rs.getInt(1))
                .list();
    }

    public List<StatusCount> openByStatus(long centreId) {
        return jdbc.sql("select status, count(*) as count from desk_ticket where centre_id = :centre"
                        + " and status not in " + DONE + " group by status")
                .param("centre", centreId)
                .query(RecordRows.of(StatusCount.class))
                .list();
    }

    public DueBuckets openByDue(long centreId, LocalDateTime now, LocalDateTime endOfToday, LocalDateTime endOfWeek) {
        return jdbc.sql("select"
                        + " coalesce(sum(case when not sla_paused and resolve_due < :now then 1 else 0 end), 0) as overdue,"
                        + " coalesce(sum(case when not sla_paused and resolve_due >= :now and resolve_due < :today"
                        + " then 1 else 0 end), 0) as due_today,"
                        + " coalesce(sum(case when not sla_paused and resolve_due >= :today and resolve_due < :week"
                        + " then 1 else 0 end), 0) as due_this_week,"
                        + " coalesce(sum(case when not sla_paused and resolve_due >= :week then 1 else 0 end), 0) as later,"
                        + " coalesce(sum(case when sla_paused then 1 else 0 end), 0) as paused,"
                        + " coalesce(sum(case when not sla_paused and resolve_due is null then 1 else 0 end), 0) as no_due"
                        + " from desk_ticket where centre_id = :centre and status not in " + DONE)
                .param("centre", centreId)
                .param("now", now)
                .param("today", endOfToday)
                .param("week", endOfWeek)
                .query(RecordRows.of(DueBuckets.class))
                .single();
    }

    /** Per collectivité: tickets opened in the period, those of them solved, minutes spent on them. */
    public List<CommuneRow> communes(long centreId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("select t.collectivity_id, c.name, count(*) as opened,"
                        + " sum(case when t.status in " + DONE + " then 1 else 0 end) as solved,"
                        + " coalesce(sum(m.minutes), 0) as minutes"
                        + " from desk_ticket t join collectivity c on c.id = t.collectivity_id"
                        + " left join (select f.ticket_id, sum(f.minutes) as minutes from desk_followup f"
                        + " join desk_ticket x on x.id = f.ticket_id"
                        + " where x.centre_id = :centre and x.opened_at >= :from and x.opened_at < :to"
                        + " group by f.ticket_id) m on m.ticket_id = t.id"
                        + " where t.centre_id = :centre and t.opened_at >= :from and t.opened_at < :to"
                        + " group by t.collectivity_id, c.name order by opened desc, c.name")
                .param("centre", centreId)
                .param("from", from)
                .param("to", to)
                .query(RecordRows.of(CommuneRow.class))
                .list();
    }

    public List<CategoryRow> categories(long centreId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("select t.category_id, k.label, count(*) as opened,"
                        + " sum(case when t.status in " + DONE + " then 1 else 0 end) as solved"
                        + " from desk_ticket t left join desk_category k on k.id = t.category_id"
                        + " where t.centre_id = :centre and t.opened_at >= :from and t.opened_at < :to"
                        + " group by t.category_id, k.label order by opened desc, k.label")
                .param("centre", centreId)
                .param("from", from)
                .param("to", to)
                .query(RecordRows.of(CategoryRow.class))
                .list();
    }

    /** Per priority, the tickets solved in the period and how many were on time. */
    public List<PriorityRow> compliance(long centreId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("select priority, count(*) as solved,"
                        + " sum(case when resolve_due is not null then 1 else 0 end) as resolve_counted,"
                        + " sum(case when resolve_due is not null and solved_at <= resolve_due then 1 else 0 end)"
                        + " as resolved_on_time,"
                        + " sum(case when take_charge_due is not null and taken_at is not null then 1 else 0 end)"
                        + " as take_charge_counted,"
                        + " sum(case when take_charge_due is not null and taken_at is not null"
                        + " and taken_at <= take_charge_due then 1 else 0 end) as taken_on_time"
                        + " from desk_ticket where centre_id = :centre and solved_at >= :from and solved_at < :to"
                        + " group by priority")
                .param("centre", centreId)
                .param("from", from)
                .param("to", to)
                .query(RecordRows.of(PriorityRow.class))
                .list();
    }

    public List<ScoreRow> satisfaction(long centreId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("select satisfaction as score, count(*) as count from desk_ticket"
                        + " where centre_id = :centre and solved_at >= :from and solved_at < :to"
                        + " and satisfaction is not null group by satisfaction")
                .param("centre", centreId)
                .param("from", from)
                .param("to", to)
                .query(RecordRows.of(ScoreRow.class))
                .list();
    }

    public List<MonthRow> openedByMonth(long centreId, LocalDateTime from, LocalDateTime to) {
        return byMonth("opened_at", centreId, from, to);
    }

    public List<MonthRow> solvedByMonth(long centreId, LocalDateTime from, LocalDateTime to) {
        return byMonth("solved_at", centreId, from, to);
    }

    private List<MonthRow> byMonth(String column, long centreId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("select extract(month from " + column + ") as month_number, count(*) as count from desk_ticket"
                        + " where centre_id = :centre and " + column + " >= :from and " + column + " < :to"
                        + " group by extract(month from " + column + ")")
                .param("centre", centreId)
                .param("from", from)
                .param("to", to)
                .query(RecordRows.of(MonthRow.class))
                .list();
    }

    public List<MonthRateRow> resolveRateByMonth(long centreId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("select extract(month from solved_at) as month_number,"
                        + " sum(case when resolve_due is not null then 1 else 0 end) as counted,"
                        + " sum(case when resolve_due is not null and solved_at <= resolve_due then 1 else 0 end)"
                        + " as on_time"
                        + " from desk_ticket where centre_id = :centre and solved_at >= :from and solved_at < :to"
                        + " group by extract(month from solved_at)")
                .param("centre", centreId)
                .param("from", from)
                .param("to", to)
                .query(RecordRows.of(MonthRateRow.class))
                .list();
    }

    public List<MonthScoreRow> satisfactionByMonth(long centreId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("select extract(month from solved_at) as month_number, count(*) as answers,"
                        + " sum(satisfaction) as total from desk_ticket"
                        + " where centre_id = :centre and solved_at >= :from and solved_at < :to"
                        + " and satisfaction is not null group by extract(month from solved_at)")
                .param("centre", centreId)
                .param("from", from)
                .param("to", to)
                .query(RecordRows.of(MonthScoreRow.class))
                .list();
    }

    /** The sessions held in the period with the number of people present. */
    public List<SessionRow> sessionsHeld(long centreId, LocalDate from, LocalDate to) {
        return jdbc.sql("select s.id, s.first_day, s.last_day, s.starts_at, s.ends_at,"
                        + " (select count(*) from training_registration r where r.session_id = s.id"
                        + " and r.presence = 'PRESENT') as present"
                        + " from training_session s where s.centre_id = :centre and s.status = 'HELD'"
                        + " and s.first_day >= :from and s.first_day < :to order by s.first_day, s.id")
                .param("centre", centreId)
                .param("from", from)
                .param("to", to)
                .query(RecordRows.of(SessionRow.class))
                .list();
    }
}
