package org.mutualis.savings.persistence;

import java.util.List;
import java.util.Optional;
import org.mutualis.savings.PriceItemView;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PriceItemStore {

    /** The columns of {@link PriceItemView}, by name. */
    private static final String COLUMNS =
            "id, code, theme, label, unit, prices_ttc, volume_indicator, price_indicator, cost_indicator";

    private final JdbcClient jdbc;

    PriceItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PriceItemView> all() {
        return jdbc.sql("select " + COLUMNS + " from price_item order by position, id")
                .query(RecordRows.of(PriceItemView.class))
                .list();
    }

    public Optional<PriceItemView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from price_item where id = :id")
                .param("id", id)
                .query(RecordRows.of(PriceItemView.class))
                .optional();
    }

    public Optional<PriceItemView> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from price_item where code = :code")
                .param("code", code)
                .query(RecordRows.of(PriceItemView.class))
                .optional();
    }

    public long insert(PriceItemView item) {
        jdbc.sql("""
                        insert into price_item (code, theme, label, unit, prices_ttc, volume_indicator, price_indicator,
                            cost_indicator, position)
                        values (:code, :theme, :label, :unit, :prices_ttc, :volume_indicator, :price_indicator,
                            :cost_indicator, (select coalesce(max(position), 0) + 10 from price_item))""")
                .param("code", item.code())
                .param("theme", item.theme().name())
                .param("label", item.label())
                .param("unit", item.unit().name())
                .param("prices_ttc", item.pricesTtc())
                .param("volume_indicator", item.volumeIndicator())
                .param("price_indicator", item.priceIndicator())
                .param("cost_indicator", item.costIndicator())
                .update();
        return findByCode(item.code()).orElseThrow().id();
    }
}
