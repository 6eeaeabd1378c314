package org.mutualis.savings.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.mutualis.savings.PriceItemView;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.savings.domain.PriceUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PriceItemStore {

    private static final String COLUMNS =
            "id, code, theme, label, unit, prices_ttc, volume_indicator, price_indicator, cost_indicator";

    private final JdbcClient jdbc;

    PriceItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PriceItemView> all() {
        return jdbc.sql("select " + COLUMNS + " from price_item order by position, id")
                .query(PriceItemStore::row)
                .list();
    }

    public Optional<PriceItemView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from price_item where id = ?")
                .param(id)
                .query(PriceItemStore::row)
                .optional();
    }

    public Optional<PriceItemView> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from price_item where code = ?")
                .param(code)
                .query(PriceItemStore::row)
                .optional();
    }

    public long insert(PriceItemView item) {
        jdbc.sql("insert into price_item (code, theme, label, unit, prices_ttc, volume_indicator, price_indicator,"
                        + " cost_indicator, position) values (?, ?, ?, ?, ?, ?, ?, ?,"
                        + " (select coalesce(max(position), 0) + 10 from price_item))")
                .params(
                        item.code(),
                        item.theme().name(),
                        item.label(),
                        item.unit().name(),
                        item.pricesTtc(),
                        item.volumeIndicator(),
                        item.priceIndicator(),
                        item.costIndicator())
                .update();
        return findByCode(item.code()).orElseThrow().id();
    }

    private static PriceItemView row(ResultSet rs, int n) throws SQLException {
        return new PriceItemView(
                rs.getLong(1),
                rs.getString(2),
                ItemTheme.valueOf(rs.getString(3)),
                rs.getString(4),
                PriceUnit.valueOf(rs.getString(5)),
                rs.getBoolean(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9));
    }
}
