package org.mutualis.programme;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritoryCsv;
import org.mutualis.territory.TerritorySummary;

/**
 * What the governance tests need: a programme of a territory with a stage and actions (one may
 * link a procurement), made through the programme's service, and a territory of another EPCI.
 */
public final class GovernanceTestData {

    private static final AtomicInteger YEAR = new AtomicInteger(1950);

    private GovernanceTestData() {}

    /** A programme 2012–2015 of the territory, through the programme's service, with one stage. */
    public static long programme(Programmes programmes, long territoryId, String name) {
        ProgrammeSummary p = programmes.create(
                new ProgrammeForm(territoryId, name, LocalDate.of(2012, 1, 1), LocalDate.of(2015, 12, 31), null, false),
                ProgrammeFixture.STAFF);
        programmes.addStage(p.id(), new StageForm("Étape", null), ProgrammeFixture.STAFF);
        return p.id();
    }

    /** An action of the programme (in its first stage), linked to a procurement or not. */
    public static long action(Programmes programmes, long programmeId, String title, @Nullable Long procurementId) {
        return ProgrammeFixture.action(programmes, programmeId, title, null, procurementId)
                .id();
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
