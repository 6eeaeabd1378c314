package org.mutualis.savings.persistence;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.savings.ScenarioView;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.savings.domain.ScenarioKind;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.mutualis.shared.text.Amounts;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ScenarioStore {

    /** The columns of {@link Row}, by name. */
    private static final String COLUMNS = "id, territory_id, code, name, kind, savings_retained_percent, assumption,"
            + " advantages, drawbacks, themes, version";

    private final JdbcClient jdbc;

    ScenarioStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The territory's scenarios with their participants: two queries whatever the number of
     * scenarios, the rows read before the participants are asked for (never a query inside a row
     * mapper: that holds one pooled connection while asking for another).
     */
    public List<ScenarioView> ofTerritory(long territoryId) {
        List<Row> rows = jdbc.sql(
                        "select " + COLUMNS + " from scenario where territory_id = :territory_id order by position, id")
                .param("territory_id", territoryId)
                .query(ROW)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> participants = new HashMap<>();
        jdbc.sql("select p.scenario_id, c.code from scenario_participant p"
                        + " join scenario s on s.id = p.scenario_id"
                        + " join collectivity c on c.id = p.collectivity_id where s.territory_id = :territory_id")
                .param("territory_id", territoryId)
                .query((rs, n) -> participants
                        .computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                        .add(rs.getString(2)))
                .list();
        return rows.stream()
                .map(row -> view(row, participants.getOrDefault(row.id(), Set.of())))
                .toList();
    }

    public Optional<ScenarioView> find(long id) {
        Optional<Row> row = jdbc.sql("select " + COLUMNS + " from scenario where id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
        // Read once the row is read: one connection at a time.
        return row.map(r -> view(r, participantsOf(r.id())));
    }

    private Set<String> participantsOf(long scenarioId) {
        return new TreeSet<>(jdbc.sql("select c.code from scenario_participant p"
                        + " join collectivity c on c.id = p.collectivity_id where p.scenario_id = :scenario_id")
                .param("scenario_id", scenarioId)
                .query(String.class)
                .list());
    }

    public long insert(ScenarioView s, int position) {
        long id = Columns.of()
                .set("territory_id", s.territoryId())
                .set("code", s.code())
                .set("name", s.name())
                .set("kind", s.kind().name())
                .set("savings_retained_percent", s.retainedPercent())
                .set("assumption", s.assumption())
                .set("advantages", s.advantages())
                .set("drawbacks", s.drawbacks())
                .set("themes", themes(s.themes()))
                .set("position", position)
                .insert(jdbc, "scenario");
        replaceParticipants(id, s.territoryId(), s.participants());
        return id;
    }

    /** Writes over the stored scenario only if nobody saved it since {@code version}. */
    public boolean update(ScenarioView s) {
        Columns changed = Columns.of()
                .set("name", s.name())
                .set("kind", s.kind().name())
                .set("savings_retained_percent", s.retainedPercent())
                .set("assumption", s.assumption())
                .set("advantages", s.advantages())
                .set("drawbacks", s.drawbacks())
                .set("themes", themes(s.themes()));
        boolean saved = OptimisticUpdate.of(jdbc, "scenario", changed)
                .where("id", s.id())
                .expecting(s.version());
        if (saved) {
            replaceParticipants(s.id(), s.territoryId(), s.participants());
        }
        return saved;
    }

    public int delete(long id) {
        return jdbc.sql("delete from scenario where id = :id").param("id", id).update();
    }

    private void replaceParticipants(long scenarioId, long territoryId, Set<String> codes) {
        jdbc.sql("delete from scenario_participant where scenario_id = :scenario_id")
                .param("scenario_id", scenarioId)
                .update();
        for (String code : codes) {
            jdbc.sql("insert into scenario_participant (scenario_id, collectivity_id)"
                            + " select :scenario_id, id from collectivity where territory_id = :territory_id"
                            + " and code = :code")
                    .param("scenario_id", scenarioId)
                    .param("territory_id", territoryId)
                    .param("code", code)
                    .update();
        }
    }

    /** Participants sorted: the same order whatever the rows' physical order (e.g. after a restore). */
    private static ScenarioView view(Row row, Set<String> participants) {
        return new ScenarioView(
                row.id(),
                row.territoryId(),
                row.code(),
                row.name(),
                row.kind(),
                Amounts.plain(row.savingsRetainedPercent()),
                row.assumption(),
                row.advantages(),
                row.drawbacks(),
                parseThemes(row.themes()),
                new TreeSet<>(participants),
                row.version());
    }

    /** {@link #COLUMNS}' row, by name ({@link RecordRows}: no failed column look-up per row). */
    private static final RowMapper<Row> ROW = RecordRows.of(Row.class);

    /** A row of {@code scenario}, mapped by column name. */
    private record Row(
            long id,
            long territoryId,
            String code,
            String name,
            ScenarioKind kind,
            BigDecimal savingsRetainedPercent,
            String assumption,
            String advantages,
            String drawbacks,
            @Nullable String themes,
            int version) {}

    private static String themes(Set<ItemTheme> themes) {
        return themes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<ItemTheme> parseThemes(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<ItemTheme> themes = EnumSet.noneOf(ItemTheme.class);
        Arrays.stream(text.split(",")).map(String::trim).map(ItemTheme::valueOf).forEach(themes::add);
        return themes;
    }
}
