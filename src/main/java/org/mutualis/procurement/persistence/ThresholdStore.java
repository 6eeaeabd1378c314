package org.mutualis.procurement.persistence;

import java.util.List;
import java.util.Optional;
import org.mutualis.procurement.ThresholdView;
import org.mutualis.procurement.domain.Threshold;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ThresholdStore {

    /** The columns of {@link ThresholdView}, by name. */
    private static final String SELECT =
            "select id, kind, amount_ht, valid_from, valid_until, legal_source, version from procurement_threshold";

    private final JdbcClient jdbc;

    ThresholdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ThresholdView> all() {
        return jdbc.sql(SELECT + " order by kind, valid_from")
                .query(RecordRows.of(ThresholdView.class))
                .list();
    }

    public Optional<ThresholdView> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(RecordRows.of(ThresholdView.class))
                .optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from procurement_threshold")
                .query(Long.class)
                .single();
    }

    public long insert(Threshold t) {
        return columns(t).set("version", 0).insert(jdbc, "procurement_threshold");
    }

    public boolean update(long id, long expectedVersion, Threshold t) {
        return OptimisticUpdate.of(jdbc, "procurement_threshold", columns(t))
                .where("id", id)
                .expecting(expectedVersion);
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from procurement_threshold where id = :id")
                        .param("id", id)
                        .update()
                > 0;
    }

    private static Columns columns(Threshold t) {
        return Columns.of()
                .set("kind", t.kind().name())
                .set("amount_ht", t.amountHt())
                .set("valid_from", t.from())
                .set("valid_until", t.to())
                .set("legal_source", t.legalSource());
    }
}
