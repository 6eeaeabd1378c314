package org.mutualis.programme.domain.gantt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A made-up programme for tests and the benchmark, the same at every call: stages of actions, each action's
 * phases 0, 1 and 2, each phase's tasks chained (each task starts after the one before it in its action, the
 * last task of a phase is a milestone), some late, some cancelled, a link on every task.
 */
public final class SyntheticProgramme {

    /** The programme's first day. */
    public static final LocalDate START = LocalDate.of(2027, 1, 4);
    /** Its "today". */
    public static final LocalDate TODAY = LocalDate.of(2027, 9, 15);

    private SyntheticProgramme() {}

    /** 2,000 rows: 4 stages, 40 actions, 120 phases and 1,836 tasks (milestones among them). */
    public static GanttChart twoThousandRows() {
        return of(4, 10, 1836);
    }

    /**
     * A programme of {@code stages × actionsPerStage} actions, three phases each, and {@code tasks} tasks spread
     * over the phases (at least one task a phase).
     */
    public static GanttChart of(int stages, int actionsPerStage, int tasks) {
        int phases = stages * actionsPerStage * 3;
        List<GanttRow> rows = new ArrayList<>(stages + stages * actionsPerStage + phases + tasks);
        int task = 0;
        int phaseIndex = 0;
        for (int s = 0; s < stages; s++) {
            int stageRow = rows.size();
            rows.add(null);
            LocalDate stageFirst = null;
            LocalDate stageLast = null;
            for (int a = 0; a < actionsPerStage; a++) {
                int action = s * actionsPerStage + a;
                int actionRow = rows.size();
                rows.add(null);
                LocalDate day = START.plusDays(action * 9L);
                LocalDate actionFirst = day;
                String previous = null;
                for (int p = 0; p < 3; p++) {
                    int phaseRow = rows.size();
                    rows.add(null);
                    LocalDate phaseFirst = day;
                    int count = Math.max(1, tasks / phases + (phaseIndex < tasks % phases ? 1 : 0));
                    phaseIndex++;
                    for (int t = 0; t < count; t++) {
                        boolean milestone = t == count - 1;
                        LocalDate end = milestone ? day : day.plusDays((task * 7L + a) % 5 + 1);
                        task++;
                        GanttStatus status = end.isBefore(TODAY)
                                ? (task % 9 == 0 ? GanttStatus.IN_PROGRESS : GanttStatus.DONE)
                                : (day.isAfter(TODAY) ? GanttStatus.TODO : GanttStatus.IN_PROGRESS);
                        if (task % 50 == 0) {
                            status = GanttStatus.CANCELLED;
                        }
                        boolean late =
                                end.isBefore(TODAY) && status != GanttStatus.DONE && status != GanttStatus.CANCELLED;
                        String id = "t" + task;
                        rows.add(new GanttRow(
                                id,
                                GanttLevel.TASK,
                                "Tâche " + task + " : "
                                        + (milestone ? "valider la phase " + p : "préparer le lot " + t),
                                day,
                                end,
                                status,
                                late,
                                milestone,
                                previous == null ? List.of() : List.of(previous),
                                "/programme/tasks/" + task));
                        previous = id;
                        day = end.plusDays(1);
                    }
                    rows.set(
                            phaseRow,
                            summary(
                                    "p" + action + "-" + p,
                                    GanttLevel.PHASE,
                                    "Phase " + p,
                                    phaseFirst,
                                    day.minusDays(1)));
                }
                LocalDate actionLast = day.minusDays(1);
                rows.set(
                        actionRow,
                        summary("a" + action, GanttLevel.ACTION, "Action " + (action + 1), actionFirst, actionLast));
                stageFirst = stageFirst == null ? actionFirst : stageFirst;
                stageLast = stageLast == null || actionLast.isAfter(stageLast) ? actionLast : stageLast;
            }
            rows.set(stageRow, summary("s" + s, GanttLevel.STAGE, "Étape " + (s + 1), stageFirst, stageLast));
        }
        return new GanttChart("Programme de mutualisation", TODAY, rows);
    }

    private static GanttRow summary(String id, GanttLevel level, String label, LocalDate first, LocalDate last) {
        return new GanttRow(id, level, label, first, last, GanttStatus.IN_PROGRESS, false, false, List.of(), null);
    }
}
