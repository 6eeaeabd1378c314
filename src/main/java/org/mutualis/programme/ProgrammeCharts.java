package org.mutualis.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.programme.documents.GanttPdf;
import org.mutualis.programme.documents.GanttSvg;
import org.mutualis.programme.documents.GanttWords;
import org.mutualis.programme.domain.Phase;
import org.mutualis.programme.domain.TaskStatus;
import org.mutualis.programme.domain.gantt.GanttChart;
import org.mutualis.programme.domain.gantt.GanttLayout;
import org.mutualis.programme.domain.gantt.GanttLevel;
import org.mutualis.programme.domain.gantt.GanttRow;
import org.mutualis.programme.domain.gantt.GanttStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The programme's Gantt chart (stages → actions → phases → tasks, planned dates, the today line,
 * late tasks, milestones and finish-to-start dependencies) as the page's SVG, its table and the A3
 * PDF: one chart, read by the same rules as the programme.
 */
@Service
public class ProgrammeCharts {

    private final Programmes programmes;
    private final MessageSource messages;

    ProgrammeCharts(Programmes programmes, MessageSource messages) {
        this.programmes = programmes;
        this.messages = messages;
    }

    /** The chart's rows with the programme they come from and the SVG drawn from them. */
    public record GanttPage(ProgrammeView view, List<GanttRow> rows, String svg, java.util.Map<String, String> labels) {
        public GanttPage {
            rows = List.copyOf(rows);
            labels = java.util.Map.copyOf(labels);
        }

        /** The labels of the rows this one starts after, for the table. */
        public String after(GanttRow row) {
            return String.join(
                    ", ",
                    row.dependsOn().stream().map(d -> labels.getOrDefault(d, d)).toList());
        }
    }

    /** @throws org.mutualis.shared.error.NotFoundException when this reader may not see it */
    public GanttPage page(long id, CurrentUser user, Locale locale) {
        ProgrammeView view = programmes.view(id, user);
        GanttChart chart = chart(view, locale);
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        chart.rows().forEach(r -> labels.put(r.id(), r.label()));
        return new GanttPage(view, chart.rows(), GanttSvg.write(GanttLayout.of(chart), words(locale)), labels);
    }

    public String svg(long id, CurrentUser user, Locale locale) {
        return GanttSvg.write(GanttLayout.of(chart(programmes.view(id, user), locale)), words(locale));
    }

    public byte[] pdf(long id, CurrentUser user, Locale locale) {
        return GanttPdf.write(GanttLayout.of(chart(programmes.view(id, user), locale)), words(locale));
    }

    private static GanttWords words(Locale locale) {
        return "en".equals(locale.getLanguage()) ? GanttWords.english() : GanttWords.french();
    }

    GanttChart chart(ProgrammeView view, Locale locale) {
        List<GanttRow> rows = new ArrayList<>();
        for (StageView stage : view.stages()) {
            List<TaskView> stageTasks =
                    stage.actions().stream().flatMap(a -> a.tasks().stream()).toList();
            rows.add(summaryRow("s" + stage.id(), GanttLevel.STAGE, stage.title(), stageTasks, null));
            for (ActionView action : stage.actions()) {
                // No link inside the chart: it is one image (role="img"); the table below it is the way in.
                @Nullable String href = null;
                rows.add(summaryRow("a" + action.id(), GanttLevel.ACTION, action.title(), action.tasks(), href));
                for (Phase phase : Phase.values()) {
                    List<TaskView> tasks = action.tasks(phase);
                    if (tasks.isEmpty()) {
                        continue;
                    }
                    String label = messages.getMessage("programme.phase." + phase.name(), null, locale);
                    rows.add(
                            summaryRow("p" + action.id() + "-" + phase.number(), GanttLevel.PHASE, label, tasks, null));
                    for (TaskView t : tasks) {
                        rows.add(new GanttRow(
                                "t" + t.id(),
                                GanttLevel.TASK,
                                t.title(),
                                t.plannedStart(),
                                t.plannedEnd(),
                                status(t.state().status()),
                                t.state().late(),
                                t.milestone(),
                                t.predecessors().stream().map(p -> "t" + p).toList(),
                                href));
                    }
                }
            }
        }
        return new GanttChart(view.programme().name(), view.today(), rows);
    }

    /** A stage, action or phase: from its first planned start to its last planned end, late if a task is. */
    private static GanttRow summaryRow(
            String rowId, GanttLevel level, String label, List<TaskView> tasks, @Nullable String href) {
        LocalDate start = tasks.stream()
                .map(TaskView::plannedStart)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
        LocalDate end = tasks.stream()
                .map(TaskView::plannedEnd)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        Progress progress = Progress.of(tasks);
        GanttStatus status = progress.total() > 0 && progress.done() == progress.total()
                ? GanttStatus.DONE
                : progress.done() > 0 || tasks.stream().anyMatch(t -> t.state().status() == TaskStatus.IN_PROGRESS)
                        ? GanttStatus.IN_PROGRESS
                        : GanttStatus.TODO;
        return new GanttRow(rowId, level, label, start, end, status, progress.late() > 0, false, List.of(), href);
    }

    private static GanttStatus status(TaskStatus status) {
        return GanttStatus.valueOf(status.name());
    }
}
