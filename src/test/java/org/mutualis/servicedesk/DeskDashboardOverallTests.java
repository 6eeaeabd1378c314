package org.mutualis.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.servicedesk.DeskDashboard.Compliance;
import org.mutualis.servicedesk.DeskDashboard.PriorityLine;
import org.mutualis.servicedesk.DeskDashboard.Satisfaction;
import org.mutualis.servicedesk.DeskDashboard.Trainings;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.domain.Priority;

/**
 * Compliance over every priority, as the activity report states it: the counts of the priorities
 * added, the rate by the dashboard's own rule, and no rate (not 0 %) when nothing had a due date.
 */
class DeskDashboardOverallTests {

    static DeskDashboard with(List<PriorityLine> lines) {
        return new DeskDashboard(
                new CentreView(1, 1, "Territoire", "Centre", null, ServiceCentres.DEFAULT_HOURS, 80, 0),
                2015,
                List.of(2015),
                null,
                List.of(),
                List.of(),
                lines,
                new Satisfaction(0, null, List.of(0L, 0L, 0L, 0L, 0L)),
                List.of(),
                new Trainings(0, 0, BigDecimal.ZERO));
    }

    @Test
    void theCountsOfEveryPriorityAreAddedAndTheirRateIsTheDashboardsRule() {
        Compliance overall = with(List.of(
                        new PriorityLine(
                                Priority.HIGH, 10, 10, 9, new BigDecimal("90.0"), 10, 10, new BigDecimal("100.0")),
                        new PriorityLine(Priority.LOW, 2, 2, 1, new BigDecimal("50.0"), 1, 0, new BigDecimal("0.0")),
                        new PriorityLine(Priority.MAJOR, 0, 0, 0, null, 0, 0, null)))
                .overall();

        assertThat(overall.takeChargeCounted()).isEqualTo(11);
        assertThat(overall.takenOnTime()).isEqualTo(10);
        assertThat(overall.takeChargeRate()).isEqualByComparingTo("90.9");
        assertThat(overall.resolveCounted()).isEqualTo(12);
        assertThat(overall.resolvedOnTime()).isEqualTo(10);
        assertThat(overall.resolveRate()).isEqualByComparingTo("83.3");
    }

    @Test
    void nothingWithADueDateIsNoRateNotZeroPercent() {
        Compliance overall = with(List.of(new PriorityLine(Priority.MEDIUM, 3, 0, 0, null, 0, 0, null)))
                .overall();

        assertThat(overall.takeChargeRate()).isNull();
        assertThat(overall.resolveRate()).isNull();
    }
}
