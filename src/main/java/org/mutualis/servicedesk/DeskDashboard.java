package org.mutualis.servicedesk;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.domain.Priority;

/**
 * What the service centre delivered in a year, for the EPCI (tickets per commune and category,
 * SLA compliance by priority, satisfaction, trainings, month by month), and, for its agents, the
 * open tickets now by status and by due date. Each rate says what it counts: the tickets solved in
 * the year that had a due date; a rate with nothing to count is null (shown « — »), never 0 %.
 */
public record DeskDashboard(
        CentreView centre,
        int year,
        List<Integer> years,
        @Nullable OpenNow open,
        List<CommuneLine> communes,
        List<CategoryLine> categories,
        List<PriorityLine> compliance,
        Satisfaction satisfaction,
        List<MonthLine> months,
        Trainings trainings) {

    /**
     * Every priority together: the sums of {@link #compliance()}'s counts and their rates, by the
     * same rule (a share in per cent, one decimal; null when there is nothing to count).
     */
    public Compliance overall() {
        long takeChargeCounted = 0;
        long takenOnTime = 0;
        long resolveCounted = 0;
        long resolvedOnTime = 0;
        for (PriorityLine p : compliance) {
            takeChargeCounted += p.takeChargeCounted();
            takenOnTime += p.takenOnTime();
            resolveCounted += p.resolveCounted();
            resolvedOnTime += p.resolvedOnTime();
        }
        return new Compliance(
                takeChargeCounted,
                takenOnTime,
                DeskDashboards.rate(takenOnTime, takeChargeCounted),
                resolveCounted,
                resolvedOnTime,
                DeskDashboards.rate(resolvedOnTime, resolveCounted));
    }

    /** Compliance over every priority: taken in charge on time, solved on time, of those with a due date. */
    public record Compliance(
            long takeChargeCounted,
            long takenOnTime,
            @Nullable BigDecimal takeChargeRate,
            long resolveCounted,
            long resolvedOnTime,
            @Nullable BigDecimal resolveRate) {}

    /** The agents' view: open tickets by status, and by when they fall due. */
    public record OpenNow(
            List<Count> byStatus, long overdue, long dueToday, long dueThisWeek, long later, long paused, long noDue) {
        public long total() {
            return byStatus.stream().mapToLong(Count::count).sum();
        }
    }

    public record Count(String key, long count) {}

    /** One collectivité's year: tickets opened, solved, hours spent on them. */
    public record CommuneLine(long collectivityId, String name, long opened, long solved, BigDecimal hoursSpent) {}

    /** One category's year. */
    public record CategoryLine(@Nullable Long categoryId, String label, long opened, long solved) {}

    /**
     * One priority's compliance: of the tickets solved in the year with a due date, how many were
     * solved by it; of those taken in charge with a due date, how many in time.
     */
    public record PriorityLine(
            Priority priority,
            long solved,
            long resolveCounted,
            long resolvedOnTime,
            @Nullable BigDecimal resolveRate,
            long takeChargeCounted,
            long takenOnTime,
            @Nullable BigDecimal takeChargeRate) {}

    /** Answers to the satisfaction question (1 to 5) for tickets solved in the year. */
    public record Satisfaction(long answers, @Nullable BigDecimal average, List<Long> byScore) {}

    /** One month of the year. */
    public record MonthLine(
            int month,
            long opened,
            long solved,
            @Nullable BigDecimal resolveRate,
            @Nullable BigDecimal satisfaction,
            long sessionsHeld,
            long attendees) {}

    /** Trainings held in the year: sessions, people present, training days attended (person-days). */
    public record Trainings(long sessionsHeld, long attendees, BigDecimal daysAttended) {}
}
