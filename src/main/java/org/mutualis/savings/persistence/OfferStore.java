package org.mutualis.savings.persistence;

import java.math.BigDecimal;
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
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.mutualis.shared.text.Amounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OfferStore {

    /** The columns of {@link Row}, by name. */
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
        return jdbc
                .sql("select " + COLUMNS + " from offer o where territory_id = :territory_id"
                        + " order by (select position from price_item i where i.id = o.item_id), supplier, id")
                .param("territory_id", territoryId)
                .query(RecordRows.of(Row.class))
                .list()
                .stream()
                .map(row -> row.view(catalogue))
                .toList();
    }

    public Optional<OfferView> find(long id) {
        Map<Long, PriceItemView> catalogue = catalogue();
        return jdbc.sql("select " + COLUMNS + " from offer where id = :id")
                .param("id", id)
                .query(RecordRows.of(Row.class))
                .optional()
                .map(row -> row.view(catalogue));
    }

    public long insert(long territoryId, Values v) {
        return columns(v).set("territory_id", territoryId).insert(jdbc, "offer");
    }

    /** Writes over the stored offer only if nobody saved it since {@code version}. */
    public boolean update(long id, int version, Values v) {
        return OptimisticUpdate.of(jdbc, "offer", columns(v)).where("id", id).expecting(version);
    }

    /** Whether a procurement was awarded on this offer: its expected price is then the assessment's. */
    public boolean awardedInProcurement(long id) {
        return jdbc.sql("select count(*) from procurement_offer where offer_id = :id and awarded_amount is not null")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean usedByProcurement(long id) {
        return jdbc.sql("select count(*) from procurement_offer where offer_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public int delete(long id) {
        return jdbc.sql("delete from offer where id = :id").param("id", id).update();
    }

    private Map<Long, PriceItemView> catalogue() {
        return items.all().stream().collect(Collectors.toMap(PriceItemView::id, Function.identity()));
    }

    /** The columns an insert and an update both write, once. */
    private static Columns columns(Values v) {
        Price current = v.currentPrice();
        return Columns.of()
                .set("item_id", v.itemId())
                .set("supplier", v.supplier())
                .set("source", v.source().name())
                .set("amount", v.price().amount())
                .set("ttc", v.price().includesVat())
                .set("valid_from", v.validFrom())
                .set("valid_until", v.validUntil())
                .set("benefits", String.join("\n", v.benefits()))
                .set("current_price", current == null ? null : current.amount())
                .set("current_ttc", current != null && current.includesVat());
    }

    /** A row of {@code offer}, mapped by column name. */
    private record Row(
            long id,
            long territoryId,
            long itemId,
            String supplier,
            OfferSource source,
            BigDecimal amount,
            boolean ttc,
            LocalDate validFrom,
            @Nullable LocalDate validUntil,
            @Nullable String benefits,
            @Nullable BigDecimal currentPrice,
            boolean currentTtc,
            int version) {

        OfferView view(Map<Long, PriceItemView> catalogue) {
            return new OfferView(
                    id,
                    territoryId,
                    catalogue.get(itemId),
                    supplier,
                    source,
                    new Price(Amounts.plain(amount), ttc),
                    validFrom,
                    validUntil,
                    benefits == null || benefits.isBlank()
                            ? List.of()
                            : Arrays.stream(benefits.split("\n"))
                                    .filter(b -> !b.isBlank())
                                    .toList(),
                    currentPrice == null ? null : new Price(Amounts.plain(currentPrice), currentTtc),
                    version);
        }
    }
}
