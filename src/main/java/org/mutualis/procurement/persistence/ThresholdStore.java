package org.mutualis.procurement.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mutualis.procurement.ThresholdView;
import org.mutualis.procurement.domain.Threshold;
import org.mutualis.procurement.domain.ThresholdKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ThresholdStore {

    private static final String SELECT =
            "select id, kind, amount_ht, valid_from, valid_until, legal_source, version from procurement_threshold";

    private final JdbcClient jdbc;

    ThresholdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ThresholdView> all() {
        return jdbc.sql(SELECT + " order by kind, valid_from")
                .query(ThresholdStore::row)
                .list();
    }

    public Optional<ThresholdView> find(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(ThresholdStore::row)
                .optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from procurement_threshold")
                .query(Long.class)
                .single();
    }

    public long insert(Threshold t) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into procurement_threshold (kind, amount_ht, valid_from, valid_until, legal_source, version)"
                        + " values (?, ?, ?, ?, ?, 0)")
                .params(t.kind().name(), t.amountHt(), t.from(), t.to(), t.legalSource())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public boolean update(long id, long expectedVersion, Threshold t) {
        return jdbc.sql("update procurement_threshold set kind = ?, amount_ht = ?, valid_from = ?, valid_until = ?,"
                                + " legal_source = ?, version = version + 1 where id = ? and version = ?")
                        .params(t.kind().name(), t.amountHt(), t.from(), t.to(), t.legalSource(), id, expectedVersion)
                        .update()
                > 0;
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from procurement_threshold where id = ?")
                        .param(id)
                        .update()
                > 0;
    }

    private static ThresholdView row(ResultSet rs, int n) throws SQLException {
        return new ThresholdView(
                rs.getLong("id"),
                ThresholdKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("amount_ht"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                rs.getString("legal_source"),
                rs.getLong("version"));
    }
}
