package org.mutualis.servicedesk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.mutualis.servicedesk.ServiceCentres.CentreView;

/** The training days attended per collectivité of a centre from one day to another (both included). */
public record TrainingDays(CentreView centre, LocalDate from, LocalDate to, List<TrainingDaysView> rows) {

    public TrainingDays {
        rows = List.copyOf(rows);
    }

    public BigDecimal total() {
        return rows.stream().map(TrainingDaysView::days).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
