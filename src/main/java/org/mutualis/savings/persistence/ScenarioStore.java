package org.mutualis.savings.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutualis.savings.ScenarioView;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.savings.domain.ScenarioKind;
import org.mutualis.shared.text.Amounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ScenarioStore {

    private static final String COLUMNS = "id, territory_id, code, name, kind, savings_retained_percent, assumption,"
            + " advantages, drawbacks, themes, version";

    private final JdbcClient jdbc;

    ScenarioStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ScenarioView> ofTerritory(long territoryId) {
        return jdbc.sql("select " + COLUMNS + " from scenario where territory_id = ? order by position, id")
                .param(territoryId)
                .query(this::row)
                .list();
    }

    public Optional<ScenarioView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from scenario where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    public long insert(ScenarioView s, int position) {
        jdbc.sql("insert into scenario (territory_id, code, name, kind, savings_retained_percent, assumption,"
                        + " advantages, drawbacks, themes, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        s.territoryId(),
                        s.code(),
                        s.name(),
                        s.kind().name(),
                        s.retainedPercent(),
                        s.assumption(),
                        s.advantages(),
                        s.drawbacks(),
                        themes(s.themes()),
                        position)
                .update();
        long id = jdbc.sql("select id from scenario where territory_id = ? and code = ?")
                .params(s.territoryId(), s.code())
                .query(Long.class)
                .single();
        replaceParticipants(id, s.territoryId(), s.participants());
        return id;
    }

    /** Writes over the stored scenario only if nobody saved it since {@code version}. */
    public boolean update(ScenarioView s) {
        int updated = jdbc.sql("update scenario set name = ?, kind = ?, savings_retained_percent = ?, assumption = ?,"
                        + " advantages = ?, drawbacks = ?, themes = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(
                        s.name(),
                        s.kind().name(),
                        s.retainedPercent(),
                        s.assumption(),
                        s.advantages(),
                        s.drawbacks(),
                        themes(s.themes()),
                        s.id(),
                        s.version())
                .update();
        if (updated == 1) {
            replaceParticipants(s.id(), s.territoryId(), s.participants());
        }
        return updated == 1;
    }

    public int delete(long id) {
        return jdbc.sql("delete from scenario where id = ?").param(id).update();
    }

    private void replaceParticipants(long scenarioId, long territoryId, Set<String> codes) {
        jdbc.sql("delete from scenario_participant where scenario_id = ?")
                .param(scenarioId)
                .update();
        for (String code : codes) {
            jdbc.sql("insert into scenario_participant (scenario_id, collectivity_id)"
                            + " select ?, id from collectivity where territory_id = ? and code = ?")
                    .params(scenarioId, territoryId, code)
                    .update();
        }
    }

    private ScenarioView row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong(1);
        Set<String> participants = new HashSet<>(jdbc.sql("select c.code from scenario_participant p"
                        + " join collectivity c on c.id = p.collectivity_id where p.scenario_id = ?")
                .param(id)
                .query(String.class)
                .list());
        BigDecimal retained = rs.getBigDecimal(6);
        return new ScenarioView(
                id,
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                ScenarioKind.valueOf(rs.getString(5)),
                Amounts.plain(retained),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                parseThemes(rs.getString(10)),
                participants,
                rs.getInt(11));
    }

    private static String themes(Set<ItemTheme> themes) {
        return themes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<ItemTheme> parseThemes(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<ItemTheme> themes = EnumSet.noneOf(ItemTheme.class);
        Arrays.stream(text.split(",")).map(String::trim).map(ItemTheme::valueOf).forEach(themes::add);
        return themes;
    }
}
