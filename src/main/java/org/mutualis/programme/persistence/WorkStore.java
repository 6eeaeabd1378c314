package org.mutualis.programme.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** TEMPORARY until the assessment module exposes award states: what the procurements' awards say. */
@Repository
public class WorkStore {

    public record AwardRow(
            long id,
            String subject,
            int offersLinked,
            int offersAwarded,
            @Nullable LocalDate firstAwardedOn,
            @Nullable LocalDate lastAwardedOn) {}

    private final JdbcClient jdbc;

    WorkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AwardRow> awards(Collection<Long> procurementIds) {
        if (procurementIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select p.id, p.subject, count(o.offer_id) as offers_linked,"
                        + " count(o.awarded_on) as offers_awarded, min(o.awarded_on) as first_awarded_on,"
                        + " max(o.awarded_on) as last_awarded_on from procurement p"
                        + " left join procurement_offer o on o.procurement_id = p.id"
                        + " where p.id in (:ids) group by p.id, p.subject")
                .param("ids", procurementIds)
                .query(RecordRows.of(AwardRow.class))
                .list();
    }
}
