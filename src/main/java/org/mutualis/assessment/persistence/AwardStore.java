package org.mutualis.assessment.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.savings.domain.Price;
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
        return jdbc.sql("select offer_id, awarded_supplier, awarded_amount, awarded_ttc, awarded_on, version"
                        + " from procurement_offer where procurement_id = ? order by offer_id")
                .param(procurementId)
                .query((rs, n) -> {
                    BigDecimal amount = rs.getBigDecimal(3);
                    Date on = rs.getDate(5);
                    return new Row(
                            rs.getLong(1),
                            rs.getString(2),
                            amount == null ? null : new Price(Amounts.plain(amount), rs.getBoolean(4)),
                            on == null ? null : on.toLocalDate(),
                            rs.getInt(6));
                })
                .list();
    }

    public boolean linked(long procurementId, long offerId) {
        return jdbc.sql("select count(*) from procurement_offer where procurement_id = ? and offer_id = ?")
                        .params(procurementId, offerId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void link(long procurementId, long offerId) {
        jdbc.sql("insert into procurement_offer (procurement_id, offer_id) values (?, ?)")
                .params(procurementId, offerId)
                .update();
    }

    public int unlink(long procurementId, long offerId) {
        return jdbc.sql("delete from procurement_offer where procurement_id = ? and offer_id = ?")
                .params(procurementId, offerId)
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
        return jdbc.sql("update procurement_offer set awarded_supplier = ?, awarded_amount = ?, awarded_ttc = ?,"
                                + " awarded_on = ?, version = version + 1"
                                + " where procurement_id = ? and offer_id = ? and version = ?")
                        .params(
                                supplier,
                                price == null ? null : price.amount(),
                                price != null && price.includesVat(),
                                on == null ? null : Date.valueOf(on),
                                procurementId,
                                offerId,
                                version)
                        .update()
                == 1;
    }
}
