package org.mutualis.programme.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Programmes, their stages, actions, tasks and dependencies, and the task template. A programme's
 * tree is read in four queries (stages, actions, tasks, dependencies), whatever its size.
 */
@Repository
public class ProgrammeStore {

    public record ProgrammeRow(
            long id,
            long territoryId,
            String territoryName,
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            @Nullable String description,
            String createdBy,
            LocalDateTime createdAt,
            int version) {}

    public record StageRow(
            long id,
            long programmeId,
            int position,
            String title,
            @Nullable String summary) {}

    public record ActionRow(
            long id,
            long programmeId,
            long stageId,
            int position,
            @Nullable String theme,
            String title,
            int firstYear,
            int lastYear,
            @Nullable String description,
            @Nullable String gain,
            @Nullable Long campaignId,
            @Nullable Long procurementId,
            @Nullable String serviceCode,
            int version) {}

    public record TaskRow(
            long id,
            long programmeId,
            long actionId,
            int phase,
            int position,
            String kind,
            String title,
            @Nullable String description,
            @Nullable LocalDate plannedStart,
            @Nullable LocalDate plannedEnd,
            @Nullable LocalDate actualStart,
            @Nullable LocalDate actualEnd,
            @Nullable String owner,
            boolean milestone,
            String status,
            boolean statusOverride,
            @Nullable String statusBy,
            @Nullable LocalDateTime statusAt,
            @Nullable String statusReason,
            int version) {}

    public record TemplateRow(
            long id,
            int phase,
            int position,
            String kind,
            String title,
            @Nullable String description,
            int durationDays,
            boolean milestone,
            int version) {}

    private record Edge(long taskId, long predecessorId) {}

    private static final String PROGRAMME = "select p.id, p.territory_id, t.name as territory_name, p.name,"
            + " p.starts_on, p.ends_on, p.description, p.created_by, p.created_at, p.version"
            + " from programme p join territory t on t.id = p.territory_id";

    private final JdbcClient jdbc;

    ProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- programmes ---

    public Optional<ProgrammeRow> find(long id) {
        return jdbc.sql(PROGRAMME + " where p.id = :id")
                .param("id", id)
                .query(RecordRows.of(ProgrammeRow.class))
                .optional();
    }

    public List<ProgrammeRow> ofTerritory(long territoryId) {
        return jdbc.sql(PROGRAMME + " where p.territory_id = :territory_id order by p.starts_on desc, p.id desc")
                .param("territory_id", territoryId)
                .query(RecordRows.of(ProgrammeRow.class))
                .list();
    }

    public long insert(Columns programme) {
        return programme.insert(jdbc, "programme");
    }

    public boolean update(long id, int expectedVersion, Columns programme) {
        return OptimisticUpdate.of(jdbc, "programme", programme).where("id", id).expecting(expectedVersion);
    }

    /** Deletes the programme and everything in it (the dependencies first: they cross actions). */
    public void delete(long id) {
        jdbc.sql("delete from programme_task_dependency where task_id in"
                        + " (select id from programme_task where programme_id = :id)")
                .param("id", id)
                .update();
        jdbc.sql("delete from programme_task where programme_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from programme_action where programme_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from programme_stage where programme_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from programme where id = :id").param("id", id).update();
    }

    // --- stages ---

    public List<StageRow> stages(long programmeId) {
        return jdbc.sql("select id, programme_id, position, title, summary from programme_stage"
                        + " where programme_id = :programme_id order by position, id")
                .param("programme_id", programmeId)
                .query(RecordRows.of(StageRow.class))
                .list();
    }

    public Optional<StageRow> stage(long stageId) {
        return jdbc.sql("select id, programme_id, position, title, summary from programme_stage where id = :id")
                .param("id", stageId)
                .query(RecordRows.of(StageRow.class))
                .optional();
    }

    public long insertStage(Columns stage) {
        return stage.insert(jdbc, "programme_stage");
    }

    public void updateStage(long stageId, String title, @Nullable String summary) {
        jdbc.sql("update programme_stage set title = :title, summary = :summary where id = :id")
                .param("title", title)
                .param("summary", summary)
                .param("id", stageId)
                .update();
    }

    public void deleteStage(long stageId) {
        jdbc.sql("delete from programme_task_dependency where task_id in (select t.id from programme_task t"
                        + " join programme_action a on a.id = t.action_id where a.stage_id = :id)"
                        + " or predecessor_id in (select t.id from programme_task t"
                        + " join programme_action a on a.id = t.action_id where a.stage_id = :id)")
                .param("id", stageId)
                .update();
        jdbc.sql("delete from programme_stage where id = :id")
                .param("id", stageId)
                .update();
    }

    public int nextStagePosition(long programmeId) {
        return next("programme_stage", "programme_id", programmeId);
    }

    // --- actions ---

    private static final String ACTION = "select id, programme_id, stage_id, position, theme, title, first_year,"
            + " last_year, description, gain, campaign_id, procurement_id, service_code, version"
            + " from programme_action";

    public List<ActionRow> actions(long programmeId) {
        return jdbc.sql(ACTION + " where programme_id = :programme_id order by position, id")
                .param("programme_id", programmeId)
                .query(RecordRows.of(ActionRow.class))
                .list();
    }

    public Optional<ActionRow> action(long actionId) {
        return jdbc.sql(ACTION + " where id = :id")
                .param("id", actionId)
                .query(RecordRows.of(ActionRow.class))
                .optional();
    }

    public long insertAction(Columns action) {
        return action.insert(jdbc, "programme_action");
    }

    public boolean updateAction(long actionId, int expectedVersion, Columns action) {
        return OptimisticUpdate.of(jdbc, "programme_action", action)
                .where("id", actionId)
                .expecting(expectedVersion);
    }

    public void deleteAction(long actionId) {
        jdbc.sql("delete from programme_task_dependency where task_id in"
                        + " (select id from programme_task where action_id = :id)"
                        + " or predecessor_id in (select id from programme_task where action_id = :id)")
                .param("id", actionId)
                .update();
        jdbc.sql("delete from programme_action where id = :id")
                .param("id", actionId)
                .update();
    }

    public int nextActionPosition(long stageId) {
        return next("programme_action", "stage_id", stageId);
    }

    // --- tasks ---

    private static final String TASK = "select id, programme_id, action_id, phase, position, kind, title, description,"
            + " planned_start, planned_end, actual_start, actual_end, owner, milestone, status, status_override,"
            + " status_by, status_at, status_reason, version from programme_task";

    public List<TaskRow> tasks(long programmeId) {
        return jdbc.sql(TASK + " where programme_id = :programme_id order by action_id, phase, position, id")
                .param("programme_id", programmeId)
                .query(RecordRows.of(TaskRow.class))
                .list();
    }

    public Optional<TaskRow> task(long taskId) {
        return jdbc.sql(TASK + " where id = :id")
                .param("id", taskId)
                .query(RecordRows.of(TaskRow.class))
                .optional();
    }

    public long insertTask(Columns task) {
        return task.insert(jdbc, "programme_task");
    }

    public boolean updateTask(long taskId, int expectedVersion, Columns task) {
        return OptimisticUpdate.of(jdbc, "programme_task", task)
                .where("id", taskId)
                .expecting(expectedVersion);
    }

    public void deleteTask(long taskId) {
        jdbc.sql("delete from programme_task_dependency where task_id = :id or predecessor_id = :id")
                .param("id", taskId)
                .update();
        jdbc.sql("delete from programme_task where id = :id")
                .param("id", taskId)
                .update();
    }

    public int nextTaskPosition(long actionId, int phase) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from programme_task"
                        + " where action_id = :action_id and phase = :phase")
                .param("action_id", actionId)
                .param("phase", phase)
                .query(Integer.class)
                .single();
    }

    /** For each task of the programme that has predecessors, their ids. */
    public Map<Long, Set<Long>> dependencies(long programmeId) {
        Map<Long, Set<Long>> edges = new LinkedHashMap<>();
        jdbc.sql("select d.task_id, d.predecessor_id from programme_task_dependency d"
                        + " join programme_task t on t.id = d.task_id where t.programme_id = :programme_id"
                        + " order by d.task_id, d.predecessor_id")
                .param("programme_id", programmeId)
                .query(RecordRows.of(Edge.class))
                .list()
                .forEach(e ->
                        edges.computeIfAbsent(e.taskId(), k -> new HashSet<>()).add(e.predecessorId()));
        return edges;
    }

    public void replacePredecessors(long taskId, Collection<Long> predecessors) {
        jdbc.sql("delete from programme_task_dependency where task_id = :id")
                .param("id", taskId)
                .update();
        for (Long p : predecessors) {
            Columns.of().set("task_id", taskId).set("predecessor_id", p).insertRow(jdbc, "programme_task_dependency");
        }
    }

    // --- template ---

    private static final String TEMPLATE =
            "select id, phase, position, kind, title, description, duration_days, milestone, version"
                    + " from programme_task_template";

    public List<TemplateRow> template() {
        return jdbc.sql(TEMPLATE + " order by phase, position, id")
                .query(RecordRows.of(TemplateRow.class))
                .list();
    }

    public Optional<TemplateRow> templateTask(long id) {
        return jdbc.sql(TEMPLATE + " where id = :id")
                .param("id", id)
                .query(RecordRows.of(TemplateRow.class))
                .optional();
    }

    public long insertTemplate(Columns row) {
        return row.insert(jdbc, "programme_task_template");
    }

    public boolean updateTemplate(long id, int expectedVersion, Columns row) {
        return OptimisticUpdate.of(jdbc, "programme_task_template", row)
                .where("id", id)
                .expecting(expectedVersion);
    }

    public void deleteTemplate(long id) {
        jdbc.sql("delete from programme_task_template where id = :id")
                .param("id", id)
                .update();
    }

    private int next(String table, String column, long value) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from " + table + " where " + column + " = :value")
                .param("value", value)
                .query(Integer.class)
                .single();
    }
}
