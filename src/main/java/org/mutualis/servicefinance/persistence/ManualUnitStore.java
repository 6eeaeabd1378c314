package org.mutualis.servicefinance.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The units entered by hand, each with its justification. */
@Repository
public class ManualUnitStore {

    public record ManualRow(
            long id,
            long territoryId,
            long collectivityId,
            long serviceId,
            String serviceCode,
            String serviceLabel,
            String unit,
            LocalDate usedOn,
            BigDecimal units,
            String justification,
            String enteredBy,
            LocalDateTime enteredAt) {}

    /** What an entry writes. */
    public record ManualValues(
            long territoryId,
            long collectivityId,
            long serviceId,
            LocalDate usedOn,
            BigDecimal units,
            String justification,
            String enteredBy,
            LocalDateTime enteredAt) {}

    private static final String MANUAL = "select m.id, m.territory_id, m.collectivity_id, m.service_id,"
            + " s.code as service_code, s.label as service_label, s.unit, m.used_on, m.units, m.justification,"
            + " m.entered_by, m.entered_at from fin_manual_unit m join fin_service s on s.id = m.service_id";

    private final JdbcClient jdbc;

    ManualUnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ManualRow> find(long id) {
        return jdbc.sql(MANUAL + " where m.id = :id")
                .param("id", id)
                .query(RecordRows.of(ManualRow.class))
                .optional();
    }

    /** One collectivité's entries dated from {@code from} to {@code to} (both included), by date. */
    public List<ManualRow> of(long collectivityId, LocalDate from, LocalDate to) {
        return jdbc.sql(MANUAL + " where m.collectivity_id = :collectivity and m.used_on between :from and :to"
                        + " order by m.used_on, m.id")
                .param("collectivity", collectivityId)
                .param("from", from)
                .param("to", to)
                .query(RecordRows.of(ManualRow.class))
                .list();
    }

    public long insert(ManualValues values) {
        return Columns.of()
                .set("territory_id", values.territoryId())
                .set("collectivity_id", values.collectivityId())
                .set("service_id", values.serviceId())
                .set("used_on", values.usedOn())
                .set("units", values.units())
                .set("justification", values.justification())
                .set("entered_by", values.enteredBy())
                .set("entered_at", values.enteredAt())
                .insert(jdbc, "fin_manual_unit");
    }

    public void delete(long id) {
        jdbc.sql("delete from fin_manual_unit where id = :id").param("id", id).update();
    }
}
