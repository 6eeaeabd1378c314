package org.mutualis.savings.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutualis.savings.domain.SizeClass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SizeClassStore {

    private final JdbcClient jdbc;

    SizeClassStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SizeClass> of(long territoryId) {
        return jdbc.sql("select code, label, min_population, max_population, collectivity_codes from size_class"
                        + " where territory_id = ? order by position")
                .param(territoryId)
                .query((rs, n) -> new SizeClass(
                        rs.getString(1),
                        rs.getString(2),
                        (Integer) rs.getObject(3, Integer.class),
                        (Integer) rs.getObject(4, Integer.class),
                        codes(rs.getString(5))))
                .list();
    }

    public void replace(long territoryId, List<SizeClass> classes) {
        jdbc.sql("delete from size_class where territory_id = ?")
                .param(territoryId)
                .update();
        int position = 10;
        for (SizeClass c : classes) {
            jdbc.sql("insert into size_class (territory_id, position, code, label, min_population, max_population,"
                            + " collectivity_codes) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            territoryId,
                            position,
                            c.code(),
                            c.label(),
                            c.minPopulation(),
                            c.maxPopulation(),
                            c.collectivityCodes().stream().sorted().collect(Collectors.joining(",")))
                    .update();
            position += 10;
        }
    }

    private static Set<String> codes(String text) {
        return text == null || text.isBlank()
                ? Set.of()
                : Arrays.stream(text.split(",")).map(String::trim).collect(Collectors.toSet());
    }
}
