package org.mutualis.servicedesk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.DeskDashboard.CategoryLine;
import org.mutualis.servicedesk.DeskDashboard.CommuneLine;
import org.mutualis.servicedesk.DeskDashboard.Count;
import org.mutualis.servicedesk.DeskDashboard.MonthLine;
import org.mutualis.servicedesk.DeskDashboard.OpenNow;
import org.mutualis.servicedesk.DeskDashboard.PriorityLine;
import org.mutualis.servicedesk.DeskDashboard.Satisfaction;
import org.mutualis.servicedesk.DeskDashboard.Trainings;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.servicedesk.persistence.DashboardStore;
import org.mutualis.servicedesk.persistence.DashboardStore.DueBuckets;
import org.mutualis.servicedesk.persistence.DashboardStore.MonthRateRow;
import org.mutualis.servicedesk.persistence.DashboardStore.MonthRow;
import org.mutualis.servicedesk.persistence.DashboardStore.MonthScoreRow;
import org.mutualis.servicedesk.persistence.DashboardStore.PriorityRow;
import org.mutualis.servicedesk.persistence.DashboardStore.ScoreRow;
import org.mutualis.servicedesk.persistence.DashboardStore.SessionRow;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service centre's dashboards: for the EPCI (its staff, elected officials) and the centre's
 * agents, what the service delivered in a year; for the agents, the open tickets now. Not for
 * correspondents: a commune's own tickets are on its ticket list.
 */
@Service
@Transactional(readOnly = true)
public class DeskDashboards {

    /** The statuses of a ticket in the queue, in the order of the work. */
    static final List<String> OPEN_STATUSES =
            List.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING_REQUESTER", "WAITING_SUPPLIER", "REOPENED");

    /** A training day, for the days attended: 7 hours. */
    static final BigDecimal HOURS_PER_TRAINING_DAY = BigDecimal.valueOf(7);

    private final ServiceCentres centres;
    private final DashboardStore store;
    private final Clock clock;

    DeskDashboards(ServiceCentres centres, DashboardStore store, Clock clock) {
        this.centres = centres;
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param year the year to show; the latest with tickets (or this year) when null
     * @throws ForbiddenException for a correspondent
     * @throws NotFoundException when the year is outside 1900..2200
     */
    @Transactional
    public DeskDashboard of(@Nullable Long territory, @Nullable Integer year, CurrentUser user) {
        if (user.isCorrespondent()) {
            throw new ForbiddenException("servicedesk.dashboard.notForCorrespondents");
        }
        CentreView centre = centres.forUser(territory, user);
        List<Integer> years = new ArrayList<>(store.years(centre.id()));
        int thisYear = LocalDate.now(clock).getYear();
        int shown = year != null ? year : years.isEmpty() ? thisYear : years.get(0);
        if (shown < 1900 || shown > 2200) {
            throw new NotFoundException("servicedesk.dashboard.yearOutOfRange", String.valueOf(shown));
        }
        if (!years.contains(shown)) {
            years.add(shown);
            years.sort((a, b) -> b - a);
        }
        LocalDateTime from = LocalDate.of(shown, 1, 1).atStartOfDay();
        LocalDateTime to = from.plusYears(1);
        OpenNow open = centres.isAgent(user, centre.id()) ? openNow(centre.id()) : null;
        List<CommuneLine> communes = store.communes(centre.id(), from, to).stream()
                .map(r -> new CommuneLine(r.collectivityId(), r.name(), r.opened(), r.solved(), hours(r.minutes())))
                .toList();
        List<CategoryLine> categories = store.categories(centre.id(), from, to).stream()
                .map(r -> new CategoryLine(r.categoryId(), r.label() == null ? "" : r.label(), r.opened(), r.solved()))
                .toList();
        List<SessionRow> sessions = store.sessionsHeld(centre.id(), from.toLocalDate(), to.toLocalDate());
        return new DeskDashboard(
                centre,
                shown,
                years,
                open,
                communes,
                categories,
                compliance(store.compliance(centre.id(), from, to)),
                satisfaction(store.satisfaction(centre.id(), from, to)),
                months(centre.id(), from, to, sessions),
                trainings(sessions));
    }

    private OpenNow openNow(long centreId) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime endOfToday = now.toLocalDate().plusDays(1).atStartOfDay();
        LocalDateTime endOfWeek =
                now.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay();
        Map<String, Long> byStatus = new HashMap<>();
        store.openByStatus(centreId).forEach(c -> byStatus.put(c.status(), c.count()));
        List<Count> counts = OPEN_STATUSES.stream()
                .map(s -> new Count(s, byStatus.getOrDefault(s, 0L)))
                .toList();
        DueBuckets due = store.openByDue(centreId, now, endOfToday, endOfWeek);
        return new OpenNow(
                counts, due.overdue(), due.dueToday(), due.dueThisWeek(), due.later(), due.paused(), due.noDue());
    }

    private static List<PriorityLine> compliance(List<PriorityRow> rows) {
        Map<Priority, PriorityRow> byPriority = new EnumMap<>(Priority.class);
        rows.forEach(r -> byPriority.put(Priority.valueOf(r.priority()), r));
        List<PriorityLine> lines = new ArrayList<>();
        List<Priority> mostPressingFirst = new ArrayList<>(List.of(Priority.values()));
        java.util.Collections.reverse(mostPressingFirst);
        for (Priority p : mostPressingFirst) {
            PriorityRow r = byPriority.get(p);
            if (r == null) {
                lines.add(new PriorityLine(p, 0, 0, 0, null, 0, 0, null));
            } else {
                lines.add(new PriorityLine(
                        p,
                        r.solved(),
                        r.resolveCounted(),
                        r.resolvedOnTime(),
                        rate(r.resolvedOnTime(), r.resolveCounted()),
                        r.takeChargeCounted(),
                        r.takenOnTime(),
                        rate(r.takenOnTime(), r.takeChargeCounted())));
            }
        }
        return lines;
    }

    private static Satisfaction satisfaction(List<ScoreRow> rows) {
        Long[] byScore = {0L, 0L, 0L, 0L, 0L};
        long answers = 0;
        long total = 0;
        for (ScoreRow r : rows) {
            byScore[r.score() - 1] = r.count();
            answers += r.count();
            total += r.count() * r.score();
        }
        return new Satisfaction(answers, average(total, answers), List.of(byScore));
    }

    private List<MonthLine> months(long centreId, LocalDateTime from, LocalDateTime to, List<SessionRow> sessions) {
        Map<Integer, Long> opened = monthly(store.openedByMonth(centreId, from, to));
        Map<Integer, Long> solved = monthly(store.solvedByMonth(centreId, from, to));
        Map<Integer, MonthRateRow> rates = new HashMap<>();
        store.resolveRateByMonth(centreId, from, to).forEach(r -> rates.put(r.monthNumber(), r));
        Map<Integer, MonthScoreRow> scores = new HashMap<>();
        store.satisfactionByMonth(centreId, from, to).forEach(r -> scores.put(r.monthNumber(), r));
        List<MonthLine> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            MonthRateRow rate = rates.get(m);
            MonthScoreRow score = scores.get(m);
            int month = m;
            List<SessionRow> held = sessions.stream()
                    .filter(s -> s.firstDay().getMonthValue() == month)
                    .toList();
            months.add(new MonthLine(
                    m,
                    opened.getOrDefault(m, 0L),
                    solved.getOrDefault(m, 0L),
                    rate == null ? null : rate(rate.onTime(), rate.counted()),
                    score == null ? null : average(score.total(), score.answers()),
                    held.size(),
                    held.stream().mapToLong(SessionRow::present).sum()));
        }
        return months;
    }

    private static Trainings trainings(List<SessionRow> sessions) {
        BigDecimal days = BigDecimal.ZERO;
        for (SessionRow s : sessions) {
            long sessionDays = s.lastDay().toEpochDay() - s.firstDay().toEpochDay() + 1;
            BigDecimal hours = BigDecimal.valueOf(
                            Duration.between(s.startsAt(), s.endsAt()).toMinutes())
                    .multiply(BigDecimal.valueOf(sessionDays * s.present()))
                    .divide(BigDecimal.valueOf(60), 10, RoundingMode.HALF_UP);
            days = days.add(hours.divide(HOURS_PER_TRAINING_DAY, 10, RoundingMode.HALF_UP));
        }
        return new Trainings(
                sessions.size(),
                sessions.stream().mapToLong(SessionRow::present).sum(),
                days.setScale(1, RoundingMode.HALF_UP));
    }

    private static Map<Integer, Long> monthly(List<MonthRow> rows) {
        Map<Integer, Long> byMonth = new HashMap<>();
        rows.forEach(r -> byMonth.put(r.monthNumber(), r.count()));
        return byMonth;
    }

    /** A share in per cent, one decimal; null when there is nothing to count (not 0 %). */
    static @Nullable BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal average(long total, long count) {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** Minutes spent as hours, two decimals. */
    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
