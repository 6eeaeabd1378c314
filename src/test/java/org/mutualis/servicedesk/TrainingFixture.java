package org.mutualis.servicedesk;

import static org.mutualis.StudyCodes.EPCI_SIREN;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CensusFixture;
import org.mutualis.identity.CurrentUser;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritoryCsv;
import org.mutualis.territory.TerritoryException;
import org.mutualis.territory.TerritorySummary;
import org.springframework.core.io.ClassPathResource;

/**
 * What the training tests need, made through the services: the study's territory (its own
 * reference year) with its service centre, and sessions of that centre.
 */
public final class TrainingFixture {

    public static final CurrentUser ADMIN = CensusFixture.STAFF;
    private static final AtomicInteger YEAR = new AtomicInteger(2040);

    private TrainingFixture() {}

    /** The study's communes (Morlaix Communauté) in a territory of a year no other test of this JVM took. */
    public static TerritorySummary territory(Territories territories) {
        try {
            String rows =
                    new ClassPathResource("territory/morlaix-2012.csv").getContentAsString(StandardCharsets.UTF_8);
            for (int tries = 0; ; tries++) {
                int year = YEAR.updateAndGet(y -> y >= 2099 ? 1901 : y + 1);
                if (year == 2012 || year == 2026) {
                    continue;
                }
                try (Reader csv = new StringReader(rows)) {
                    return territories.create(
                            EPCI_SIREN,
                            "Morlaix Communauté (formations " + year + ")",
                            "CA",
                            year,
                            "tests",
                            TerritoryCsv.read(csv, year));
                } catch (TerritoryException e) {
                    if (tries > 200) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long collectivity(Territories territories, TerritorySummary territory, String code) {
        return territories.collectivities(territory.id()).stream()
                .filter(c -> c.code().equals(code))
                .map(CollectivityView::id)
                .findFirst()
                .orElseThrow();
    }

    /** A one-day session of the territory's centre, 09:00–17:00 at Morlaix, planned. */
    public static TrainingSessionView session(
            Trainings trainings, long territoryId, String topic, LocalDate day, int capacity) {
        return session(trainings, territoryId, topic, day, day, "09:00", "17:00", capacity);
    }

    public static TrainingSessionView session(
            Trainings trainings,
            long territoryId,
            String topic,
            LocalDate first,
            @Nullable LocalDate last,
            String start,
            String end,
            int capacity) {
        return trainings.create(
                territoryId,
                new TrainingSessionForm(
                        topic,
                        "Pour les utilisateurs relais des mairies",
                        first,
                        last,
                        start,
                        end,
                        "Morlaix, salle du conseil communautaire",
                        "Yann Le Goff",
                        capacity,
                        TrainingSessionStatus.PLANNED,
                        null),
                ADMIN);
    }

    public static TrainingRegistrationForm person(long collectivityId, String name) {
        return new TrainingRegistrationForm(collectivityId, name, "Secrétaire de mairie", null);
    }
}
