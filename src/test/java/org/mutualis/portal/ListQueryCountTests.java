package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StatementCounter;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.BandSettings;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.NewCampaign;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritoryCsv;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Lists that do not grow with the country: the statements it takes to render each role's home,
 * the campaign list, the territory list and the account list are the same with a few territories
 * (each with its census) and with ten times as many. The old pages read every territory's
 * collectivités (accounts), every campaign's responses (homes) or every campaign (the list).
 */
@MutualisDbTest
@AutoConfigureMockMvc
@Import(StatementCounter.Wrapping.class)
class ListQueryCountTests {

    private static final AtomicInteger YEAR = new AtomicInteger(2100);

    @Autowired
    MockMvc mvc;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    Accounts accounts;

    @Test
    void noListPageTakesMoreStatementsWithThirtyTerritoriesThanWithThree() throws Exception {
        CensusFixture.Loaded study = CensusFixture.study2012(territories, campaigns, files, false);
        addTerritories(2);
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN, null);
        CurrentUser analyst = TestUsers.create(accounts, Role.ANALYST, null);
        CurrentUser elected = TestUsers.create(accounts, Role.ELECTED, null);
        CurrentUser correspondent = TestUsers.create(
                accounts,
                Role.CORRESPONDENT,
                study.collectivity(org.mutualis.StudyCodes.BOTSORHEL).id());
        Map<String, CurrentUser> pages = new LinkedHashMap<>();
        for (String path : new String[] {"/", "/campaigns", "/territories", "/admin/users"}) {
            pages.put("admin " + path, admin);
        }
        pages.put("analyst /", analyst);
        for (String path : new String[] {"/", "/campaigns", "/territories"}) {
            pages.put("elected " + path, elected);
            pages.put("correspondent " + path, correspondent);
        }

        Map<String, Integer> few = statements(pages);
        addTerritories(27);
        Map<String, Integer> many = statements(pages);

        // As many or fewer: past 30 territories a chooser stops reading them all and searches
        // (TerritoryScope.CHOICES), and the database this test shares may hold others' territories.
        assertThat(many.keySet()).isEqualTo(few.keySet());
        many.forEach((page, n) -> assertThat(n)
                .as("statements of %s with 27 more territories, against %s before", page, few.get(page))
                .isLessThanOrEqualTo(few.get(page)));
        // And few of them: a page of a list, not a walk over the territories.
        assertThat(few.values()).allSatisfy(n -> assertThat(n).isLessThan(40));
    }

    private Map<String, Integer> statements(Map<String, CurrentUser> pages) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (var page : pages.entrySet()) {
            String path = page.getKey().substring(page.getKey().indexOf(' ') + 1);
            // Once to warm what is cached (the questionnaires), then counted.
            mvc.perform(get(path).with(as(page.getValue()))).andExpect(status().isOk());
            counts.put(
                    page.getKey(),
                    StatementCounter.count(() ->
                            mvc.perform(get(path).with(as(page.getValue()))).andExpect(status().isOk())));
        }
        return counts;
    }

    /** Territories of the study's shape (26 communes), each with an open census. */
    private void addTerritories(int count) {
        for (int i = 0; i < count; i++) {
            int year = YEAR.incrementAndGet();
            try (Reader csv = new InputStreamReader(
                    new ClassPathResource("territory/morlaix-2012.csv").getInputStream(), StandardCharsets.UTF_8)) {
                TerritorySummary territory = territories.create(
                        org.mutualis.StudyCodes.EPCI_SIREN,
                        "Territoire de test " + year,
                        "CC",
                        year,
                        "tests",
                        TerritoryCsv.read(csv, year));
                campaigns.open(
                        NewCampaign.of(
                                territory.id(),
                                "infrastructure",
                                1,
                                "Recensement " + year,
                                LocalDate.of(2012, 3, 1),
                                BandSettings.study2012()),
                        CensusFixture.STAFF);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
