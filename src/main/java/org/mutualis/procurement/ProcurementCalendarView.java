package org.mutualis.procurement;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.territory.TerritorySummary;

/** Every procurement of a territory over the years, earliest first; {@code fromYear} null when none is dated. */
public record ProcurementCalendarView(
        TerritorySummary territory,
        @Nullable Integer fromYear,
        @Nullable Integer toYear,
        List<CalendarEntry> entries) {

    public ProcurementCalendarView {
        entries = List.copyOf(entries);
    }
}
