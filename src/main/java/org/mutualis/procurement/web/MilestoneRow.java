package org.mutualis.procurement.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.domain.Milestones;

/** A step of a procurement's calendar for the detail page, known or not yet. */
public record MilestoneRow(String key, @Nullable LocalDate date) {

    static List<MilestoneRow> of(Milestones m) {
        LocalDate[] dates = {
            m.needsCensusOn(),
            m.specificationsOn(),
            m.publicationOn(),
            m.awardOn(),
            m.notificationOn(),
            m.startOn(),
            m.endOn()
        };
        List<MilestoneRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            rows.add(new MilestoneRow(ProcurementPageForm.DATES[i], dates[i]));
        }
        return rows;
    }
}
