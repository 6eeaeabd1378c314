package org.mutualis.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.Procurements;
import org.mutualis.programme.domain.Phase;
import org.mutualis.programme.domain.StatusRules;
import org.mutualis.programme.domain.StudyProgramme;
import org.mutualis.programme.domain.TaskGraph;
import org.mutualis.programme.domain.TaskKind;
import org.mutualis.programme.domain.TaskPlanner;
import org.mutualis.programme.domain.TaskState;
import org.mutualis.programme.domain.TaskStatus;
import org.mutualis.programme.domain.WorkFacts;
import org.mutualis.programme.persistence.ProgrammeStore;
import org.mutualis.programme.persistence.ProgrammeStore.ActionRow;
import org.mutualis.programme.persistence.ProgrammeStore.ProgrammeRow;
import org.mutualis.programme.persistence.ProgrammeStore.StageRow;
import org.mutualis.programme.persistence.ProgrammeStore.TaskRow;
import org.mutualis.programme.persistence.ProgrammeStore.TemplateRow;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.shared.Clocks;
import org.mutualis.shared.Columns;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes of mutualisation: the EPCI's staff create and change them; elected officials read
 * them all; a correspondent reads those of their own territory. Each task's status follows the
 * work its action is linked to (a campaign closed, an award entered, an assessment complete, its
 * publication sent) unless a staff member overrides it, with a reason.
 */
@Service
@Transactional(readOnly = true)
public class Programmes {

    private final ProgrammeStore store;
    private final Work work;
    private final TerritoryScope scope;
    private final Territories territories;
    private final Campaigns campaigns;
    private final Procurements procurements;
    private final Clock clock;

    Programmes(
            ProgrammeStore store,
            Work work,
            TerritoryScope scope,
            Territories territories,
            Campaigns campaigns,
            Procurements procurements,
            Clock clock) {
        this.store = store;
        this.work = work;
        this.scope = scope;
        this.territories = territories;
        this.campaigns = campaigns;
        this.procurements = procurements;
        this.clock = clock;
    }

    // --- reading ---

    /** The programmes of a territory (a correspondent's own), the latest first, with their progress. */
    public ProgrammeList list(@Nullable Long territoryId, CurrentUser user) {
        TerritorySummary territory = scope.resolve(territoryId, user);
        List<ProgrammeList.Entry> entries = new ArrayList<>();
        for (ProgrammeRow row : store.ofTerritory(territory.id())) {
            ProgrammeView view = tree(row, user);
            entries.add(new ProgrammeList.Entry(
                    view.programme(), (int) view.actions().count(), view.progress()));
        }
        return new ProgrammeList(territory, entries);
    }

    /** @throws NotFoundException when it does not exist or this reader may not see it */
    public ProgrammeView view(long id, CurrentUser user) {
        return tree(readable(id, user), user);
    }

    /** The task template every new action copies. */
    public List<TemplateTaskView> template() {
        return store.template().stream().map(Programmes::templateView).toList();
    }

    /** Whether this reader may change programmes. */
    public boolean canEdit(CurrentUser user) {
        return user.isStaff();
    }

    /** The campaigns an action of this programme may be linked to: those of its territory. */
    public List<CampaignSummary> linkableCampaigns(long id, CurrentUser user) {
        ProgrammeRow p = editable(id, user);
        return campaigns.all(user).stream()
                .filter(c -> c.territoryId() == p.territoryId())
                .toList();
    }

    /** The procurements an action of this programme may be linked to: those of its territory. */
    public List<org.mutualis.procurement.ProcurementView> linkableProcurements(long id, CurrentUser user) {
        ProgrammeRow p = editable(id, user);
        return procurements.list(p.territoryId(), null, user).procurements();
    }

    // --- programmes ---

    @Transactional
    public ProgrammeSummary create(ProgrammeForm form, CurrentUser user) {
        requireStaff(user);
        TerritorySummary territory = territories
                .find(form.territoryId())
                .orElseThrow(
                        () -> new NotFoundException("scope.territory.notfound.id", String.valueOf(form.territoryId())));
        checkDates(form.startsOn(), form.endsOn(), "startsOn", "endsOn");
        long id = store.insert(programmeColumns(form)
                .set("territory_id", territory.id())
                .set("created_by", user.username())
                .set("created_at", LocalDateTime.now(clock))
                .set("version", 0));
        if (form.fromStudy()) {
            instantiateStudy(id, form.startsOn());
        }
        return summary(store.find(id).orElseThrow());
    }

    /** @throws ConflictException when it changed since {@code expectedVersion}; nothing is overwritten */
    @Transactional
    public ProgrammeSummary update(long id, ProgrammeForm form, long expectedVersion, CurrentUser user) {
        ProgrammeRow current = editable(id, user);
        checkDates(form.startsOn(), form.endsOn(), "startsOn", "endsOn");
        if (current.version() != expectedVersion || !store.update(id, (int) expectedVersion, programmeColumns(form))) {
            throw new ConflictException("programme.conflict", current.name());
        }
        return summary(store.find(id).orElseThrow());
    }

    @Transactional
    public void delete(long id, CurrentUser user) {
        editable(id, user);
        store.delete(id);
    }

    private static Columns programmeColumns(ProgrammeForm form) {
        return Columns.of()
                .set("name", form.name().strip())
                .set("starts_on", form.startsOn())
                .set("ends_on", form.endsOn())
                .set("description", blankToNull(form.description()));
    }

    private void instantiateStudy(long programmeId, LocalDate programmeStart) {
        List<TemplateRow> template = store.template();
        for (StudyProgramme.StageTemplate stage : StudyProgramme.stages()) {
            long stageId = store.insertStage(Columns.of()
                    .set("programme_id", programmeId)
                    .set("position", store.nextStagePosition(programmeId))
                    .set("title", stage.title())
                    .set("summary", stage.summary()));
            for (StudyProgramme.ActionTemplate a : stage.actions()) {
                long actionId = store.insertAction(Columns.of()
                        .set("programme_id", programmeId)
                        .set("stage_id", stageId)
                        .set("position", store.nextActionPosition(stageId))
                        .set("theme", a.theme() == null ? null : a.theme().name())
                        .set("title", a.title())
                        .set("first_year", a.firstYear())
                        .set("last_year", a.lastYear())
                        .set("description", a.description())
                        .set("gain", a.gain())
                        .set("version", 0));
                copyTemplate(programmeId, actionId, template, actionStart(a.firstYear(), programmeStart, null));
            }
        }
    }

    private static LocalDate actionStart(int firstYear, LocalDate programmeStart, @Nullable LocalDate asked) {
        if (asked != null) {
            return asked;
        }
        LocalDate january = LocalDate.of(firstYear, 1, 1);
        return january.isBefore(programmeStart) ? programmeStart : january;
    }

    /** Copies the template's tasks into the action, planned one after the other, each after the previous. */
    private void copyTemplate(long programmeId, long actionId, List<TemplateRow> template, LocalDate start) {
        List<TaskPlanner.Dates> dates = TaskPlanner.plan(
                template.stream()
                        .map(t -> new TaskPlanner.Step(t.durationDays()))
                        .toList(),
                start);
        Long previous = null;
        for (int i = 0; i < template.size(); i++) {
            TemplateRow t = template.get(i);
            long taskId = store.insertTask(Columns.of()
                    .set("programme_id", programmeId)
                    .set("action_id", actionId)
                    .set("phase", t.phase())
                    .set("position", t.position())
                    .set("kind", t.kind())
                    .set("title", t.title())
                    .set("description", t.description())
                    .set("planned_start", dates.get(i).start())
                    .set("planned_end", dates.get(i).end())
                    .set("milestone", t.milestone())
                    .set("status", TaskStatus.TODO.name())
                    .set("version", 0));
            if (previous != null) {
                store.replacePredecessors(taskId, List.of(previous));
            }
            previous = taskId;
        }
    }

    // --- stages ---

    @Transactional
    public long addStage(long id, StageForm form, CurrentUser user) {
        editable(id, user);
        return store.insertStage(Columns.of()
                .set("programme_id", id)
                .set("position", store.nextStagePosition(id))
                .set("title", form.title().strip())
                .set("summary", blankToNull(form.summary())));
    }

    @Transactional
    public void updateStage(long id, long stageId, StageForm form, CurrentUser user) {
        editable(id, user);
        stageOf(id, stageId);
        store.updateStage(stageId, form.title().strip(), blankToNull(form.summary()));
    }

    @Transactional
    public void deleteStage(long id, long stageId, CurrentUser user) {
        editable(id, user);
        stageOf(id, stageId);
        store.deleteStage(stageId);
    }

    /** @throws NotFoundException when the stage is not one of this programme's */
    public StageRowView stage(long id, long stageId, CurrentUser user) {
        readable(id, user);
        StageRow s = stageOf(id, stageId);
        return new StageRowView(s.id(), s.title(), s.summary());
    }

    /** A stage's own fields, to edit them. */
    public record StageRowView(
            long id, String title, @Nullable String summary) {}

    private StageRow stageOf(long id, long stageId) {
        return store.stage(stageId)
                .filter(s -> s.programmeId() == id)
                .orElseThrow(() -> new NotFoundException("programme.stage.notfound"));
    }

    // --- actions ---

    /** Adds an action and copies the template's tasks into it. */
    @Transactional
    public long addAction(long id, ActionForm form, CurrentUser user) {
        ProgrammeRow p = editable(id, user);
        checkAction(p, form, user);
        long actionId = store.insertAction(actionColumns(form)
                .set("programme_id", id)
                .set("position", store.nextActionPosition(form.stageId()))
                .set("version", 0));
        copyTemplate(id, actionId, store.template(), actionStart(form.firstYear(), p.startsOn(), form.startOn()));
        return actionId;
    }

    @Transactional
    public void updateAction(long id, long actionId, ActionForm form, long expectedVersion, CurrentUser user) {
        ProgrammeRow p = editable(id, user);
        ActionRow current = actionOf(id, actionId);
        checkAction(p, form, user);
        if (current.version() != expectedVersion
                || !store.updateAction(actionId, (int) expectedVersion, actionColumns(form))) {
            throw new ConflictException("programme.action.conflict", current.title());
        }
    }

    @Transactional
    public void deleteAction(long id, long actionId, CurrentUser user) {
        editable(id, user);
        actionOf(id, actionId);
        store.deleteAction(actionId);
    }

    private static Columns actionColumns(ActionForm form) {
        return Columns.of()
                .set("stage_id", form.stageId())
                .set("theme", form.theme() == null ? null : form.theme().name())
                .set("title", form.title().strip())
                .set("first_year", form.firstYear())
                .set("last_year", form.lastYear())
                .set("description", blankToNull(form.description()))
                .set("gain", blankToNull(form.gain()))
                .set("campaign_id", form.campaignId())
                .set("procurement_id", form.procurementId())
                .set("service_code", blankToNull(form.serviceCode()));
    }

    private void checkAction(ProgrammeRow p, ActionForm form, CurrentUser user) {
        List<Problem> problems = new ArrayList<>();
        if (store.stage(form.stageId()).filter(s -> s.programmeId() == p.id()).isEmpty()) {
            problems.add(Problem.of("stageId", "programme.action.stage.unknown"));
        }
        if (form.lastYear() < form.firstYear()) {
            problems.add(Problem.of("lastYear", "programme.action.years.order", form.firstYear(), form.lastYear()));
        }
        if (form.campaignId() != null
                && campaigns.all(user).stream()
                        .noneMatch(c -> c.id() == form.campaignId() && c.territoryId() == p.territoryId())) {
            problems.add(Problem.of("campaignId", "programme.action.campaign.unknown"));
        }
        if (form.procurementId() != null
                && procurements.list(p.territoryId(), null, user).procurements().stream()
                        .noneMatch(pr -> pr.id() == form.procurementId())) {
            problems.add(Problem.of("procurementId", "programme.action.procurement.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, "programme.action.invalid");
        }
    }

    private ActionRow actionOf(long id, long actionId) {
        return store.action(actionId)
                .filter(a -> a.programmeId() == id)
                .orElseThrow(() -> new NotFoundException("programme.action.notfound"));
    }

    // --- tasks ---

    @Transactional
    public long addTask(long id, long actionId, TaskForm form, CurrentUser user) {
        editable(id, user);
        actionOf(id, actionId);
        checkTaskDates(form);
        long taskId = store.insertTask(taskColumns(form)
                .set("programme_id", id)
                .set("action_id", actionId)
                .set("position", store.nextTaskPosition(actionId, form.phase()))
                .set("kind", TaskKind.CUSTOM.name())
                .set("status", TaskStatus.TODO.name())
                .set("version", 0));
        dependOn(id, taskId, form);
        return taskId;
    }

    /**
     * @throws RejectedException for dates out of order, an unknown predecessor, a cycle (naming its
     *     tasks) or a start before a predecessor's end; nothing is saved
     * @throws ConflictException when the task changed since {@code expectedVersion}
     */
    @Transactional
    public void updateTask(long id, long taskId, TaskForm form, long expectedVersion, CurrentUser user) {
        editable(id, user);
        TaskRow current = taskOf(id, taskId);
        checkTaskDates(form);
        Columns columns = taskColumns(form);
        if (TaskKind.valueOf(current.kind()).phase() != null && current.phase() != form.phase()) {
            throw new RejectedException(
                    List.of(Problem.of("phase", "programme.task.phase.fixed")), "programme.task.invalid");
        }
        if (current.version() != expectedVersion || !store.updateTask(taskId, (int) expectedVersion, columns)) {
            throw new ConflictException("programme.task.conflict", current.title());
        }
        dependOn(id, taskId, form);
    }

    /**
     * Sets a task's status by hand. On a task that follows the work, it overrides it and needs a
     * reason; {@code followWork} hands the task back to the work.
     */
    @Transactional
    public void setStatus(long id, long taskId, TaskStatusForm form, long expectedVersion, CurrentUser user) {
        editable(id, user);
        TaskRow current = taskOf(id, taskId);
        boolean follows = TaskKind.valueOf(current.kind()).follows() != org.mutualis.programme.domain.Artefact.NONE;
        Columns columns = Columns.of();
        if (form.followWork()) {
            columns.set("status_override", false)
                    .set("status_by", user.username())
                    .set("status_at", LocalDateTime.now(clock))
                    .set("status_reason", null);
        } else {
            List<Problem> problems = new ArrayList<>();
            if (form.status() == null) {
                problems.add(Problem.of(
                        "status", "form.required", org.mutualis.shared.text.Text.of("taskStatusForm.status")));
            }
            String reason = blankToNull(form.reason());
            if (follows && reason == null) {
                problems.add(Problem.of("reason", "programme.task.override.reason"));
            }
            if (!problems.isEmpty()) {
                throw new RejectedException(problems, "programme.task.invalid");
            }
            columns.set("status", form.status().name())
                    .set("status_override", follows)
                    .set("status_by", user.username())
                    .set("status_at", LocalDateTime.now(clock))
                    .set("status_reason", reason);
        }
        if (current.version() != expectedVersion || !store.updateTask(taskId, (int) expectedVersion, columns)) {
            throw new ConflictException("programme.task.conflict", current.title());
        }
    }

    @Transactional
    public void deleteTask(long id, long taskId, CurrentUser user) {
        editable(id, user);
        taskOf(id, taskId);
        store.deleteTask(taskId);
    }

    private static Columns taskColumns(TaskForm form) {
        return Columns.of()
                .set("phase", form.phase())
                .set("title", form.title().strip())
                .set("description", blankToNull(form.description()))
                .set("planned_start", form.plannedStart())
                .set("planned_end", form.plannedEnd())
                .set("actual_start", form.actualStart())
                .set("actual_end", form.actualEnd())
                .set("owner", blankToNull(form.owner()))
                .set("milestone", form.milestone());
    }

    private static void checkTaskDates(TaskForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form.plannedStart() != null
                && form.plannedEnd() != null
                && form.plannedEnd().isBefore(form.plannedStart())) {
            problems.add(Problem.of(
                    "plannedEnd", "programme.task.dates.order", day(form.plannedStart()), day(form.plannedEnd())));
        }
        if (form.actualStart() != null
                && form.actualEnd() != null
                && form.actualEnd().isBefore(form.actualStart())) {
            problems.add(Problem.of(
                    "actualEnd", "programme.task.dates.order", day(form.actualStart()), day(form.actualEnd())));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, "programme.task.invalid");
        }
    }

    /** Replaces the task's predecessors after checking them against the whole programme. */
    private void dependOn(long id, long taskId, TaskForm form) {
        Set<Long> asked = new LinkedHashSet<>(form.predecessorIds());
        Map<Long, TaskRow> tasks = store.tasks(id).stream().collect(Collectors.toMap(TaskRow::id, t -> t));
        List<Problem> problems = new ArrayList<>();
        for (Long p : asked) {
            if (!tasks.containsKey(p)) {
                problems.add(Problem.of("predecessors", "programme.task.predecessor.unknown", p));
            } else if (p == taskId) {
                problems.add(Problem.of("predecessors", "programme.task.predecessor.self"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, "programme.task.invalid");
        }
        Map<Long, Set<Long>> edges = store.dependencies(id);
        edges.put(taskId, asked);
        TaskGraph graph = new TaskGraph(edges);
        Optional<List<Long>> cycle = graph.cycle();
        if (cycle.isPresent()) {
            String path = cycle.get().stream()
                    .map(t -> "« " + tasks.get(t).title() + " »")
                    .collect(Collectors.joining(" → "));
            throw new RejectedException(
                    List.of(Problem.of("predecessors", "programme.task.cycle", path)), "programme.task.invalid");
        }
        Map<Long, TaskGraph.Planned> planned = new HashMap<>();
        tasks.values()
                .forEach(t -> planned.put(t.id(), new TaskGraph.Planned(t.id(), t.plannedStart(), t.plannedEnd())));
        planned.put(taskId, new TaskGraph.Planned(taskId, form.plannedStart(), form.plannedEnd()));
        List<TaskGraph.OutOfOrder> late = graph.outOfOrder(planned).stream()
                .filter(o -> o.successor() == taskId || o.predecessor() == taskId)
                .toList();
        if (!late.isEmpty()) {
            TaskGraph.OutOfOrder o = late.get(0);
            throw new RejectedException(
                    List.of(Problem.of(
                            o.successor() == taskId ? "plannedStart" : "plannedEnd",
                            "programme.task.dependency.order",
                            tasks.get(o.predecessor()).title(),
                            day(planned.get(o.predecessor()).end()),
                            o.successor() == taskId
                                    ? form.title().strip()
                                    : tasks.get(o.successor()).title(),
                            day(planned.get(o.successor()).start()))),
                    "programme.task.invalid");
        }
        store.replacePredecessors(taskId, asked);
    }

    private TaskRow taskOf(long id, long taskId) {
        return store.task(taskId)
                .filter(t -> t.programmeId() == id)
                .orElseThrow(() -> new NotFoundException("programme.task.notfound"));
    }

    // --- template ---

    @Transactional
    public long addTemplateTask(TemplateTaskForm form, CurrentUser user) {
        requireStaff(user);
        return store.insertTemplate(templateColumns(form)
                .set("position", nextTemplatePosition(form.phase()))
                .set("kind", TaskKind.CUSTOM.name())
                .set("version", 0));
    }

    @Transactional
    public void updateTemplateTask(long templateId, TemplateTaskForm form, long expectedVersion, CurrentUser user) {
        requireStaff(user);
        TemplateRow current =
                store.templateTask(templateId).orElseThrow(() -> new NotFoundException("programme.template.notfound"));
        if (TaskKind.valueOf(current.kind()).phase() != null && current.phase() != form.phase()) {
            throw new RejectedException(
                    List.of(Problem.of("phase", "programme.task.phase.fixed")), "programme.task.invalid");
        }
        if (current.version() != expectedVersion
                || !store.updateTemplate(templateId, (int) expectedVersion, templateColumns(form))) {
            throw new ConflictException("programme.template.conflict", current.title());
        }
    }

    @Transactional
    public void deleteTemplateTask(long templateId, CurrentUser user) {
        requireStaff(user);
        store.templateTask(templateId).orElseThrow(() -> new NotFoundException("programme.template.notfound"));
        store.deleteTemplate(templateId);
    }

    public TemplateTaskView templateTask(long templateId, CurrentUser user) {
        requireStaff(user);
        return store.templateTask(templateId)
                .map(Programmes::templateView)
                .orElseThrow(() -> new NotFoundException("programme.template.notfound"));
    }

    private int nextTemplatePosition(int phase) {
        return store.template().stream()
                        .filter(t -> t.phase() == phase)
                        .mapToInt(TemplateRow::position)
                        .max()
                        .orElse(0)
                + 1;
    }

    private static Columns templateColumns(TemplateTaskForm form) {
        return Columns.of()
                .set("phase", form.phase())
                .set("title", form.title().strip())
                .set("description", blankToNull(form.description()))
                .set("duration_days", form.durationDays())
                .set("milestone", form.milestone());
    }

    private static TemplateTaskView templateView(TemplateRow t) {
        return new TemplateTaskView(
                t.id(),
                Phase.of(t.phase()),
                t.position(),
                TaskKind.valueOf(t.kind()),
                t.title(),
                t.description(),
                t.durationDays(),
                t.milestone(),
                t.version());
    }

    // --- the tree ---

    private ProgrammeView tree(ProgrammeRow p, CurrentUser user) {
        LocalDate today = today();
        List<StageRow> stages = store.stages(p.id());
        List<ActionRow> actions = store.actions(p.id());
        List<TaskRow> tasks = store.tasks(p.id());
        Map<Long, Set<Long>> dependencies = store.dependencies(p.id());
        Map<Long, WorkFacts> facts = work.of(actions);
        Map<Long, List<TaskView>> tasksByAction = new HashMap<>();
        for (TaskRow t : tasks) {
            tasksByAction
                    .computeIfAbsent(t.actionId(), k -> new ArrayList<>())
                    .add(taskView(t, facts.getOrDefault(t.actionId(), WorkFacts.NONE), dependencies, today));
        }
        Map<Long, List<ActionView>> actionsByStage = new HashMap<>();
        for (ActionRow a : actions) {
            List<TaskView> own = tasksByAction.getOrDefault(a.id(), List.of());
            WorkFacts f = facts.getOrDefault(a.id(), WorkFacts.NONE);
            actionsByStage
                    .computeIfAbsent(a.stageId(), k -> new ArrayList<>())
                    .add(new ActionView(
                            a.id(),
                            a.stageId(),
                            a.position(),
                            a.theme() == null ? null : ItemTheme.valueOf(a.theme()),
                            a.title(),
                            a.firstYear(),
                            a.lastYear(),
                            a.description(),
                            a.gain(),
                            a.campaignId(),
                            f.campaign() == null ? null : f.campaign().name(),
                            a.procurementId(),
                            f.award() == null ? null : f.award().subject(),
                            a.serviceCode(),
                            a.version(),
                            own,
                            Progress.of(own)));
        }
        List<StageView> stageViews = new ArrayList<>();
        Progress total = Progress.NONE;
        for (StageRow s : stages) {
            List<ActionView> own = actionsByStage.getOrDefault(s.id(), List.of());
            Progress progress = own.stream().map(ActionView::progress).reduce(Progress.NONE, Progress::plus);
            total = total.plus(progress);
            stageViews.add(new StageView(s.id(), s.position(), s.title(), s.summary(), own, progress));
        }
        return new ProgrammeView(summary(p), stageViews, total, today, canEdit(user));
    }

    private static TaskView taskView(TaskRow t, WorkFacts facts, Map<Long, Set<Long>> dependencies, LocalDate today) {
        TaskKind kind = TaskKind.valueOf(t.kind());
        TaskState state = StatusRules.state(
                TaskStatus.valueOf(t.status()),
                t.actualStart(),
                t.actualEnd(),
                t.statusOverride(),
                StatusRules.derive(kind, facts),
                t.plannedEnd(),
                today);
        List<Long> predecessors =
                dependencies.getOrDefault(t.id(), Set.of()).stream().sorted().toList();
        return new TaskView(
                t.id(),
                t.actionId(),
                Phase.of(t.phase()),
                t.position(),
                kind,
                t.title(),
                t.description(),
                t.plannedStart(),
                t.plannedEnd(),
                t.owner(),
                t.milestone(),
                state,
                reason(state),
                t.statusBy(),
                t.statusAt(),
                t.statusReason(),
                predecessors,
                t.version());
    }

    /** Why a task that follows the work stands where it does, in words; null when it does not follow it. */
    private static org.mutualis.shared.text.@Nullable Text reason(TaskState state) {
        if (state.derivation() == null) {
            return null;
        }
        Object[] args = state.derivation().args().stream()
                .map(a -> a instanceof LocalDate d ? org.mutualis.shared.text.FrenchDates.format(d) : a)
                .toArray();
        return org.mutualis.shared.text.Text.of(
                "programme.reason." + state.derivation().reason().name(), args);
    }

    private static ProgrammeSummary summary(ProgrammeRow p) {
        return new ProgrammeSummary(
                p.id(),
                p.territoryId(),
                p.territoryName(),
                p.name(),
                p.startsOn(),
                p.endsOn(),
                p.description(),
                p.version());
    }

    // --- access ---

    private ProgrammeRow readable(long id, CurrentUser user) {
        return store.find(id)
                .filter(p -> scope.readable(p.territoryId(), user))
                .orElseThrow(() -> new NotFoundException("programme.notfound"));
    }

    private ProgrammeRow editable(long id, CurrentUser user) {
        ProgrammeRow p = readable(id, user);
        requireStaff(user);
        return p;
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new ForbiddenException("programme.staffOnly");
        }
    }

    private static void checkDates(LocalDate start, LocalDate end, String startField, String endField) {
        if (end.isBefore(start)) {
            throw new RejectedException(
                    List.of(Problem.of(endField, "programme.dates.order", day(start), day(end))), "programme.invalid");
        }
    }

    private static String day(@Nullable LocalDate date) {
        return date == null ? "" : org.mutualis.shared.text.FrenchDates.format(date);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Clocks.ZONE);
    }
}
