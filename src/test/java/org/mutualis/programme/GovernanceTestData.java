package org.mutualis.programme;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritoryCsv;
import org.mutualis.territory.TerritorySummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The programme rows the governance tests need, inserted directly until the programme module has
 * its own fixture: a programme of a territory, a stage, and actions (one may link a procurement).
 */
public final class GovernanceTestData {

    private static final AtomicInteger YEAR = new AtomicInteger(1950);

    private GovernanceTestData() {}

    /** A programme 2012–2015 of the territory. */
    public static long programme(JdbcClient jdbc, long territoryId, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into programme (territory_id, name, starts_on, ends_on, created_by, created_at)"
                        + " values (:territory_id, :name, :starts_on, :ends_on, 'tests', :created_at)")
                .param("territory_id", territoryId)
                .param("name", name)
                .param("starts_on", LocalDate.of(2012, 1, 1))
                .param("ends_on", LocalDate.of(2015, 12, 31))
                .param("created_at", LocalDateTime.of(2012, 1, 1, 9, 0))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** An action of the programme (in a stage of its own), linked to a procurement or not. */
    public static long action(JdbcClient jdbc, long programmeId, String title, @Nullable Long procurementId) {
        var stage = new GeneratedKeyHolder();
        jdbc.sql("insert into programme_stage (programme_id, position, title) values (:programme_id, 1, 'Étape')")
                .param("programme_id", programmeId)
                .update(stage, "id");
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into programme_action (programme_id, stage_id, position, theme, title, first_year,"
                        + " last_year, procurement_id) values (:programme_id, :stage_id, 1, 'HARDWARE', :title,"
                        + " 2012, 2013, :procurement_id)")
                .param("programme_id", programmeId)
                .param("stage_id", stage.getKeyAs(Number.class).longValue())
                .param("title", title)
                .param("procurement_id", procurementId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A small territory of another EPCI (Haut-Léon Communauté), for a correspondent who must see nothing. */
    public static TerritorySummary otherTerritory(Territories territories) {
        int year = YEAR.incrementAndGet();
        String csv = "code,name,kind,population\n29239,Roscoff,commune,3400\n"
                + "29259,Saint-Pol-de-Léon,commune,6500\n242900645,CC Haut-Léon Communauté,epci,\n";
        return territories.create(
                "242900645",
                "Haut-Léon Communauté (gouvernance " + year + ")",
                "CC",
                year,
                "tests",
                TerritoryCsv.read(new StringReader(csv), year));
    }
}
