package org.mutualis.servicefinance;

import java.util.List;

/**
 * A collectivité's recorded units for a year: the services its conventions in force subscribe to
 * (and any with a manual entry), each one's total, every line with its source, and the gaps (units
 * that could not be known).
 */
public record UnitRecordsView(
        long collectivityId,
        String collectivityName,
        String collectivityCode,
        long territoryId,
        int year,
        List<ServiceUnits> totals,
        List<UnitLine> lines,
        List<UnitGap> gaps) {

    public UnitRecordsView {
        totals = List.copyOf(totals);
        lines = List.copyOf(lines);
        gaps = List.copyOf(gaps);
    }
}
