package org.mutualis.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.AssessmentView;
import org.mutualis.assessment.Assessments;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.text.Text;
import org.springframework.stereotype.Service;

/**
 * The elected official's page of a programme, on one printable sheet: where the stages and actions
 * stand, the savings obtained to date against those expected (from each linked procurement's
 * assessment), the next milestones and meetings, the late tasks, and the communes that joined each
 * procurement.
 */
@Service
public class ProgrammeSummaries {

    static final int NEXT = 10;

    private final Programmes programmes;
    private final Procurements procurements;
    private final Assessments assessments;
    private final List<ProgrammeFeeds.CalendarSource> sources;

    ProgrammeSummaries(
            Programmes programmes,
            Procurements procurements,
            Assessments assessments,
            List<ProgrammeFeeds.CalendarSource> sources) {
        this.programmes = programmes;
        this.procurements = procurements;
        this.assessments = assessments;
        this.sources = sources;
    }

    /** One procurement of the programme: its savings expected and obtained, who joined. */
    public record ProcurementLine(
            long actionId,
            String action,
            long procurementId,
            String subject,
            @Nullable BigDecimal expectedPerYear,
            @Nullable BigDecimal obtainedPerYear,
            @Nullable BigDecimal expectedOneOff,
            @Nullable BigDecimal obtainedOneOff,
            boolean complete,
            List<String> members) {
        public ProcurementLine {
            members = List.copyOf(members);
        }
    }

    /** A date ahead: a milestone of the plan or a meeting. */
    public record Upcoming(
            LocalDate on,
            String what,
            String where,
            @Nullable String href) {}

    public record Summary(
            ProgrammeView view,
            List<ProcurementLine> procurements,
            BigDecimal expectedPerYear,
            BigDecimal obtainedPerYear,
            List<Upcoming> next,
            List<TaskView> late,
            List<Text> notes) {
        public Summary {
            procurements = List.copyOf(procurements);
            next = List.copyOf(next);
            late = List.copyOf(late);
            notes = List.copyOf(notes);
        }
    }

    /** @throws NotFoundException when this reader may not see the programme */
    public Summary of(long id, CurrentUser user) {
        ProgrammeView view = programmes.view(id, user);
        List<ProcurementLine> lines = new ArrayList<>();
        List<Text> notes = new ArrayList<>();
        BigDecimal expected = BigDecimal.ZERO;
        BigDecimal obtained = BigDecimal.ZERO;
        for (ActionView a :
                view.actions().filter(a -> a.procurementId() != null).toList()) {
            long procurementId = Objects.requireNonNull(a.procurementId());
            try {
                AssessmentView assessment = assessments.of(procurementId, null, user);
                ProcurementView p = assessment.procurement();
                var total = assessment.assessment().total();
                BigDecimal e = total.expected().perYear().value();
                BigDecimal o = total.obtained() == null
                        ? null
                        : total.obtained().perYear().value();
                expected = expected.add(e);
                if (o != null) {
                    obtained = obtained.add(o);
                }
                lines.add(new ProcurementLine(
                        a.id(),
                        a.title(),
                        procurementId,
                        p.subject(),
                        e,
                        o,
                        total.expected().oneOff().value(),
                        total.obtained() == null
                                ? null
                                : total.obtained().oneOff().value(),
                        total.complete(),
                        p.members().stream()
                                .map(ProcurementView.MemberView::name)
                                .toList()));
            } catch (NotFoundException hidden) {
                // a correspondent whose collectivité is not a member: the procurement is not theirs to read
                notes.add(Text.of("programme.summary.procurementHidden", a.title()));
            }
        }
        List<Upcoming> next = new ArrayList<>();
        LocalDate today = view.today();
        view.stages()
                .forEach(s -> s.actions()
                        .forEach(a -> a.tasks().stream()
                                .filter(t -> t.milestone()
                                        && t.plannedEnd() != null
                                        && !t.plannedEnd().isBefore(today))
                                .filter(t -> !t.state().status().finished())
                                .forEach(t -> next.add(new Upcoming(
                                        t.plannedEnd(),
                                        t.title(),
                                        a.title(),
                                        "/programmes/" + id + "/actions/" + a.id())))));
        for (ProgrammeFeeds.CalendarSource source : sources) {
            source.items(id, "").stream()
                    .filter(i -> i.startTime() != null
                            && !i.startTime().toLocalDate().isBefore(today))
                    .forEach(i -> next.add(new Upcoming(
                            i.startTime().toLocalDate(),
                            i.summary(),
                            i.description() == null ? "" : i.description(),
                            i.url() == null ? null : i.url().toString())));
        }
        next.sort(Comparator.comparing(Upcoming::on));
        return new Summary(
                view, lines, expected, obtained, next.stream().limit(NEXT).toList(), view.lateTasks(), notes);
    }
}
