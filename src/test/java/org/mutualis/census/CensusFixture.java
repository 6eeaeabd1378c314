package org.mutualis.census;

import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.MORLAIX;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritoryCsv;
import org.mutualis.territory.TerritorySummary;
import org.springframework.core.io.ClassPathResource;

/**
 * The 2012 study loaded through the real services: territory, campaign, the 8 answers and the
 * study's exclusion. Each call makes a new territory (its own reference year) so tests never
 * share data.
 */
public final class CensusFixture {

    public static final CurrentUser STAFF = new CurrentUser(0, "fixture", "Fixture", Role.ADMIN, null);
    private static final AtomicInteger YEAR = new AtomicInteger(2000);

    public record Loaded(TerritorySummary territory, CampaignSummary campaign, Territories territories) {

        public CollectivityView collectivity(String code) {
            return territories.collectivities(territory.id()).stream()
                    .filter(c -> c.code().equals(code))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private CensusFixture() {}

    public static Loaded study2012(
            Territories territories, Campaigns campaigns, AnswerFiles files, boolean withExclusion) {
        try (Reader csv = new InputStreamReader(
                new ClassPathResource("territory/morlaix-2012.csv").getInputStream(), StandardCharsets.UTF_8)) {
            // A year of its own per territory (one EPCI, one territory a year), counted down from
            // 1999: the other tests that create Morlaix Communauté use 2012, 2026 and 2100 upwards
            // (counting up from 1901, a run with over a hundred of these met TerritoriesTests' 2012).
            int year = YEAR.decrementAndGet();
            TerritorySummary territory = territories.create(
                    EPCI_SIREN,
                    "Morlaix Communauté (test " + year + ")",
                    "CA",
                    year,
                    "tests",
                    TerritoryCsv.read(csv, year));
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
