package org.mutualis.procurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.CalendarEntry.Milestone;
import org.mutualis.procurement.domain.Milestones;
import org.mutualis.procurement.domain.ProcurementCalendar;
import org.mutualis.shared.text.Text;

/** A stored procurement as a line of the timeline. */
final class CalendarEntries {

    static final Comparator<CalendarEntry> ORDER = Comparator.comparing(
                    CalendarEntry::from, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(CalendarEntry::subject)
            .thenComparing(CalendarEntry::id);

    private CalendarEntries() {}

    static CalendarEntry of(ProcurementView p) {
        Milestones m = p.milestones();
        List<Milestone> milestones = new ArrayList<>();
        add(milestones, "needsCensus", m.needsCensusOn());
        add(milestones, "specifications", m.specificationsOn());
        add(milestones, "publication", m.publicationOn());
        add(milestones, "award", m.awardOn());
        add(milestones, "notification", m.notificationOn());
        add(milestones, "start", m.startOn());
        add(milestones, "end", m.endOn());
        LocalDate from = milestones.isEmpty() ? null : milestones.get(0).date();
        LocalDate to = milestones.isEmpty()
                ? null
                : milestones.get(milestones.size() - 1).date();
        int phase1 = 0;
        int phase2 = 0;
        LocalDate phase2From = null;
        LocalDate phase2To = null;
        if (m.startOn() != null) {
            List<ProcurementCalendar.Phase> phases = ProcurementCalendar.phases(ProcurementDetails.core(p));
            phase1 = phases.get(0).members().size();
            phase2 = phases.get(1).members().size();
            phase2From = phases.get(1).from();
            phase2To = phases.get(1).to();
            if (phase2To != null && (to == null || phase2To.isAfter(to))) {
                to = phase2To;
            }
        }
        return new CalendarEntry(
                p.id(),
                p.subject(),
                p.theme(),
                p.procedureKind(),
                from,
                to,
                milestones,
                phase1,
                phase2,
                phase2From,
                phase2To);
    }

    static LocalDate lastDate(CalendarEntry e) {
        return e.to() != null ? e.to() : java.util.Objects.requireNonNull(e.from());
    }

    private static void add(List<Milestone> list, String key, @Nullable LocalDate date) {
        if (date != null) {
            list.add(new Milestone(key, Text.of("procurements.milestone." + key + "On"), date));
        }
    }
}
