package org.mutualis.assessment.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.savings.domain.Price;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.mutualis.shared.text.Amounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The offers a procurement is expected to obtain, and the prices it obtained once awarded. */
@Repository
public class AwardStore {

    /** One expected offer of a procurement and, once awarded, the price obtained. */
    public record Row(
            long offerId,
            @Nullable String supplier,
            @Nullable Price awarded,
            @Nullable LocalDate awardedOn,
            int version) {}

    private final JdbcClient jdbc;

    AwardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> of(long procurementId) {
        return jdbc
                .sql("select offer_id, awarded_supplier, awarded_amount, awarded_ttc, awarded_on, version"
                        + " from procurement_offer where procurement_id = :procurement_id order by offer_id")
                .param("procurement_id", procurementId)
                .query(RecordRows.of(Award.class))
                .list()
                .stream()
                .map(Award::row)
                .toList();
    }

    public boolean linked(long procurementId, long offerId) {
        return jdbc.sql("select count(*) from procurement_offer"
                                + " where procurement_id = :procurement_id and offer_id = :offer_id")
                        .param("procurement_id", procurementId)
                        .param("offer_id", offerId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void link(long procurementId, long offerId) {
        Columns.of()
                .set("procurement_id", procurementId)
                .set("offer_id", offerId)
                .insertRow(jdbc, "procurement_offer");
    }

    public int unlink(long procurementId, long offerId) {
        return jdbc.sql("delete from procurement_offer where procurement_id = :procurement_id and offer_id = :offer_id")
                .param("procurement_id", procurementId)
                .param("offer_id", offerId)
                .update();
    }

    /** Writes the award only if nobody changed it since {@code version}; false otherwise. */
    public boolean award(
            long procurementId,
            long offerId,
            int version,
            @Nullable String supplier,
            @Nullable Price price,
            @Nullable LocalDate on) {
        Columns award = Columns.of()
                .set("awarded_supplier", supplier)
                .set("awarded_amount", price == null ? null : price.amount())
                .set("awarded_ttc", price != null && price.includesVat())
                .set("awarded_on", on);
        return OptimisticUpdate.of(jdbc, "procurement_offer", award)
                .where("procurement_id", procurementId)
                .where("offer_id", offerId)
                .expecting(version);
    }

    /** How far the awards of one procurement have gone. */
    public record Progress(
            long procurementId,
            long offersLinked,
            long offersAwarded,
            @Nullable LocalDate firstAwardedOn,
            @Nullable LocalDate lastAwardedOn) {}

    /** The award progress of each of these procurements that has an offer linked, in one query. */
    public List<Progress> progress(java.util.Collection<Long> procurementIds) {
        if (procurementIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select procurement_id, count(*) as offers_linked,"
                        + " count(awarded_amount) as offers_awarded,"
                        + " min(case when awarded_amount is not null then awarded_on end) as first_awarded_on,"
                        + " max(case when awarded_amount is not null then awarded_on end) as last_awarded_on"
                        + " from procurement_offer where procurement_id in (:ids) group by procurement_id")
                .param("ids", List.copyOf(procurementIds))
                .query(RecordRows.of(Progress.class))
                .list();
    }

    /** A row of {@code procurement_offer}, mapped by column name. */
    private record Award(
            long offerId,
            @Nullable String awardedSupplier,
            @Nullable BigDecimal awardedAmount,
            boolean awardedTtc,
            @Nullable LocalDate awardedOn,
            int version) {

        Row row() {
            return new Row(
                    offerId,
                    awardedSupplier,
                    awardedAmount == null ? null : new Price(Amounts.plain(awardedAmount), awardedTtc),
                    awardedOn,
                    version);
        }
    }
}
