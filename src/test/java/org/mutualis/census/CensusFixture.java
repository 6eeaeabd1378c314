package org.mutualis.census;

import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.MORLAIX;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritoryCsv;
import org.mutualis.territory.TerritoryException;
import org.mutualis.territory.TerritorySummary;
import org.springframework.core.io.ClassPathResource;

/**
 * The 2012 study loaded through the real services: territory, campaign, the 8 answers and the
 * study's exclusion. Each call makes a new territory (its own reference year) so tests never
 * share data.
 */
public final class CensusFixture {

    public static final CurrentUser STAFF = new CurrentUser(0, "fixture", "Fixture", Role.ADMIN, null);
    private static final AtomicInteger YEAR = new AtomicInteger(1900);

    public record Loaded(TerritorySummary territory, CampaignSummary campaign, Territories territories) {

        public CollectivityView collectivity(String code) {
            return territories.collectivities(territory.id()).stream()
                    .filter(c -> c.code().equals(code))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private CensusFixture() {}

    /** 1901 to 2099 but 2012 and 2026, round and round. */
    private static final int FREE_YEARS = 2099 - 1901 + 1 - 2;

    private static int nextYear() {
        return YEAR.updateAndGet(y -> {
            int next = y + 1;
            if (next == 2012 || next == 2026) {
                next++;
            }
            return next > 2099 ? 1901 : next;
        });
    }

    public static Loaded study2012(
            Territories territories, Campaigns campaigns, AnswerFiles files, boolean withExclusion) {
        try {
            String rows =
                    new ClassPathResource("territory/morlaix-2012.csv").getContentAsString(StandardCharsets.UTF_8);
            TerritorySummary territory = null;
            int year = 0;
            // One EPCI has one territory a year: each fixture takes a year of its own, among those
            // no other test's Morlaix Communauté uses (2012, 2026, 2100 upwards), and the next one
            // when this database already has it (the counter is the test JVM's, the databases are
            // each context's: counting on alone, a run with over a hundred fixtures met 2012).
            for (int tries = 0; territory == null; tries++) {
                year = nextYear();
                try (Reader csv = new StringReader(rows)) {
                    territory = territories.create(
                            EPCI_SIREN,
                            "Morlaix Communauté (test " + year + ")",
                            "CA",
                            year,
                            "tests",
                            TerritoryCsv.read(csv, year));
                } catch (TerritoryException e) {
                    if (tries > FREE_YEARS) {
                        throw e;
                    }
                }
            }
            CampaignSummary campaign = campaigns.open(
                    NewCampaign.of(
                            territory.id(),
                            "infrastructure",
                            1,
                            "Infrastructure test " + year,
                            LocalDate.of(2012, 3, 1),
                            BandSettings.study2012()),
                    STAFF);
            try (InputStream answers = new ClassPathResource("census/demo/infrastructure-2012.csv").getInputStream()) {
                files.importAnswers(campaign.id(), "answers.csv", answers, STAFF);
            }
            Loaded loaded = new Loaded(territory, campaigns.get(campaign.id()), territories);
            if (withExclusion) {
                campaigns.exclude(
                        campaign.id(),
                        loaded.collectivity(MORLAIX).id(),
                        "openoffice",
                        "PC aussi sous Office 2003",
                        STAFF);
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
