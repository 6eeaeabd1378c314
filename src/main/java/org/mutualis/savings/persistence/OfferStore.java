package org.mutualis.savings.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.savings.OfferView;
import org.mutualis.savings.PriceItemView;
import org.mutualis.savings.domain.OfferSource;
import org.mutualis.savings.domain.Price;
import org.mutualis.shared.text.Amounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class OfferStore {

    private static final String COLUMNS = "id, territory_id, item_id, supplier, source, amount, ttc, valid_from,"
            + " valid_until, benefits, current_price, current_ttc, version";

    /** An offer as written: the item and the values checked by the service. */
    public record Values(
            long itemId,
            String supplier,
            OfferSource source,
            Price price,
            LocalDate validFrom,
            @Nullable LocalDate validUntil,
            List<String> benefits,
            @Nullable Price currentPrice) {}

    private final JdbcClient jdbc;
    private final PriceItemStore items;

    OfferStore(JdbcClient jdbc, PriceItemStore items) {
        this.jdbc = jdbc;
        this.items = items;
    }

    public List<OfferView> ofTerritory(long territoryId) {
        Map<Long, PriceItemView> catalogue = catalogue();
        return jdbc.sql("select " + COLUMNS + " from offer o where territory_id = ?"
                        + " order by (select position from price_item i where i.id = o.item_id), supplier, id")
                .param(territoryId)
                .query((rs, n) -> row(rs, catalogue))
                .list();
    }

    public Optional<OfferView> find(long id) {
        Map<Long, PriceItemView> catalogue = catalogue();
        return jdbc.sql("select " + COLUMNS + " from offer where id = ?")
                .param(id)
                .query((rs, n) -> row(rs, catalogue))
                .optional();
    }

    public long insert(long territoryId, Values v) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into offer (territory_id, item_id, supplier, source, amount, ttc, valid_from, valid_until,"
                        + " benefits, current_price, current_ttc) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        territoryId,
                        v.itemId(),
                        v.supplier(),
                        v.source().name(),
                        v.price().amount(),
                        v.price().includesVat(),
                        Date.valueOf(v.validFrom()),
                        v.validUntil() == null ? null : Date.valueOf(v.validUntil()),
                        String.join("\n", v.benefits()),
                        v.currentPrice() == null ? null : v.currentPrice().amount(),
                        v.currentPrice() != null && v.currentPrice().includesVat())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Writes over the stored offer only if nobody saved it since {@code version}. */
    public boolean update(long id, int version, Values v) {
        return jdbc.sql("update offer set item_id = ?, supplier = ?, source = ?, amount = ?, ttc = ?, valid_from = ?,"
                                + " valid_until = ?, benefits = ?, current_price = ?, current_ttc = ?,"
                                + " version = version + 1 where id = ? and version = ?")
                        .params(
                                v.itemId(),
                                v.supplier(),
                                v.source().name(),
                                v.price().amount(),
                                v.price().includesVat(),
                                Date.valueOf(v.validFrom()),
                                v.validUntil() == null ? null : Date.valueOf(v.validUntil()),
                                String.join("\n", v.benefits()),
                                v.currentPrice() == null
                                        ? null
                                        : v.currentPrice().amount(),
                                v.currentPrice() != null && v.currentPrice().includesVat(),
                                id,
                                version)
                        .update()
                == 1;
    }

    /** Whether a procurement was awarded on this offer: its expected price is then the assessment's. */
    public boolean awardedInProcurement(long id) {
        return jdbc.sql("select count(*) from procurement_offer where offer_id = ? and awarded_amount is not null")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean usedByProcurement(long id) {
        return jdbc.sql("select count(*) from procurement_offer where offer_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public int delete(long id) {
        return jdbc.sql("delete from offer where id = ?").param(id).update();
    }

    private Map<Long, PriceItemView> catalogue() {
        return items.all().stream().collect(Collectors.toMap(PriceItemView::id, Function.identity()));
    }

    private static OfferView row(ResultSet rs, Map<Long, PriceItemView> catalogue) throws SQLException {
        BigDecimal current = rs.getBigDecimal(11);
        Date until = rs.getDate(9);
        String benefits = rs.getString(10);
        return new OfferView(
                rs.getLong(1),
                rs.getLong(2),
                catalogue.get(rs.getLong(3)),
                rs.getString(4),
                OfferSource.valueOf(rs.getString(5)),
                new Price(Amounts.plain(rs.getBigDecimal(6)), rs.getBoolean(7)),
                rs.getDate(8).toLocalDate(),
                until == null ? null : until.toLocalDate(),
                benefits == null || benefits.isBlank()
                        ? List.of()
                        : Arrays.stream(benefits.split("\n"))
                                .filter(b -> !b.isBlank())
                                .toList(),
                current == null ? null : new Price(Amounts.plain(current), rs.getBoolean(12)),
                rs.getInt(13));
    }
}
