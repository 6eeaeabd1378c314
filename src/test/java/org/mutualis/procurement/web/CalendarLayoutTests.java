package org.mutualis.procurement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.EPCI_SIREN;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.procurement.CalendarEntry;
import org.mutualis.procurement.ProcurementCalendarView;
import org.mutualis.procurement.domain.ProcedureKind;
import org.mutualis.territory.TerritorySummary;

/** Where bars and markers go on the timeline, in percent of the years shown. */
class CalendarLayoutTests {

    static final TerritorySummary MORLAIX = new TerritorySummary(1, EPCI_SIREN, "Morlaix", "CA", 2012, null);

    @Test
    void aYearOutOfTwoIsHalfTheTimelineAndPhaseTwoStartsAtItsDate() {
        CalendarEntry entry = new CalendarEntry(
                1,
                "Téléphonie",
                "TELECOM",
                ProcedureKind.PURCHASING_GROUP,
                LocalDate.of(2012, 1, 1),
                LocalDate.of(2012, 12, 31),
                List.of(new CalendarEntry.Milestone(
                        "start",
                        org.mutualis.shared.text.Text.of("procurements.milestone.startOn"),
                        LocalDate.of(2013, 1, 1))),
                1,
                1,
                LocalDate.of(2012, 7, 1),
                LocalDate.of(2012, 7, 1));
        CalendarLayout layout = CalendarLayout.of(new ProcurementCalendarView(MORLAIX, 2012, 2013, List.of(entry)));

        assertThat(layout.years()).containsExactly(2012, 2013);
        CalendarLayout.Row row = layout.rows().get(0);
        assertThat(row.barLeft()).isEqualTo("0.000");
        assertThat(row.barWidth()).isEqualTo("50.068"); // 366 days of 731
        assertThat(row.phase2Left()).isEqualTo("24.897"); // 182 days of 731
        assertThat(row.markers())
                .singleElement()
                .satisfies(m -> assertThat(m.left()).isEqualTo("50.068"));
    }

    @Test
    void anUndatedProcurementHasNoBar() {
        CalendarEntry undated = new CalendarEntry(
                2,
                "Logiciels",
                "SOFTWARE",
                ProcedureKind.CENTRAL_PURCHASING_BODY,
                null,
                null,
                List.of(),
                0,
                0,
                null,
                null);
        CalendarLayout layout = CalendarLayout.of(new ProcurementCalendarView(MORLAIX, null, null, List.of(undated)));
        assertThat(layout.years()).isEmpty();
        assertThat(layout.rows().get(0).barLeft()).isNull();
    }
}
