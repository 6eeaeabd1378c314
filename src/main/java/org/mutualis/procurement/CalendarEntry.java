package org.mutualis.procurement;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.domain.ProcedureKind;

/**
 * One procurement on the timeline: from its first known milestone to its end (or last known
 * milestone), its milestones, and its phase 2 (members joining at the expiry of their contracts).
 *
 * @param from null when no milestone is known yet: the procurement cannot be placed
 */
public record CalendarEntry(
        long id,
        String subject,
        String theme,
        ProcedureKind procedureKind,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        List<Milestone> milestones,
        int phase1Members,
        int phase2Members,
        @Nullable LocalDate phase2From,
        @Nullable LocalDate phase2To) {

    public CalendarEntry {
        milestones = List.copyOf(milestones);
    }

    /**
     * @param key stable name (needsCensus, specifications, publication, award, notification, start, end)
     * @param label French label
     */
    public record Milestone(String key, org.mutualis.shared.text.Text label, LocalDate date) {}
}
