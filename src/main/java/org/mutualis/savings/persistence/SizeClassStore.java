package org.mutualis.savings.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.savings.domain.SizeClass;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SizeClassStore {

    private final JdbcClient jdbc;

    SizeClassStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SizeClass> of(long territoryId) {
        return jdbc
                .sql("select code, label, min_population, max_population, collectivity_codes from size_class"
                        + " where territory_id = :territory_id order by position")
                .param("territory_id", territoryId)
                .query(RecordRows.of(Row.class))
                .list()
                .stream()
                .map(Row::sizeClass)
                .toList();
    }

    public void replace(long territoryId, List<SizeClass> classes) {
        jdbc.sql("delete from size_class where territory_id = :territory_id")
                .param("territory_id", territoryId)
                .update();
        int position = 10;
        for (SizeClass c : classes) {
            Columns.of()
                    .set("territory_id", territoryId)
                    .set("position", position)
                    .set("code", c.code())
                    .set("label", c.label())
                    .set("min_population", c.minPopulation())
                    .set("max_population", c.maxPopulation())
                    .set(
                            "collectivity_codes",
                            c.collectivityCodes().stream().sorted().collect(Collectors.joining(",")))
                    .insertRow(jdbc, "size_class");
            position += 10;
        }
    }

    /** A row of {@code size_class}, mapped by column name. */
    private record Row(
            String code,
            String label,
            @Nullable Integer minPopulation,
            @Nullable Integer maxPopulation,
            @Nullable String collectivityCodes) {

        SizeClass sizeClass() {
            return new SizeClass(code, label, minPopulation, maxPopulation, codes(collectivityCodes));
        }
    }

    private static Set<String> codes(@Nullable String text) {
        return text == null || text.isBlank()
                ? Set.of()
                : Arrays.stream(text.split(",")).map(String::trim).collect(Collectors.toSet());
    }
}
