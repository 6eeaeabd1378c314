package org.mutualis.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.territory.NewCollectivity;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The territory chooser of the offers, scenarios, procurements and calendar pages does not list
 * every territory of the country: beyond {@link TerritoryScope#CHOICES} it offers a search, and
 * lists the territory shown and the ones found.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class TerritoryChoicesTests {

    private static final Pattern TERRITORY_SELECT =
            Pattern.compile("<select id=\"territory\"[^>]*>(.*?)</select>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    private static List<String> options(String html) {
        Matcher select = TERRITORY_SELECT.matcher(html);
        List<String> options = new ArrayList<>();
        if (select.find()) {
            Matcher option = Pattern.compile("<option[^>]*>([^<]*)</option>").matcher(select.group(1));
            while (option.find()) {
                options.add(option.group(1));
            }
        }
        return options;
    }

    private String html(String page, TerritorySummary shown, String search, RequestPostProcessor user)
            throws Exception {
        return mvc.perform(get(page)
                        .param("territory", "" + shown.id())
                        .param("tq", search)
                        .with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private TerritorySummary territory(String name) {
        String siren = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        return territories.create(
                siren,
                name,
                "CC",
                2026,
                "tests",
                List.of(NewCollectivity.of("29001", "Commune de " + name, CollectivityKind.COMMUNE, 800, 2022)));
    }

    @Test
    void beyondThirtyTerritoriesTheChooserSearchesInsteadOfListingThemAll() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        TerritorySummary shown = territory("CC du choix " + tag);
        for (int i = 0; i <= TerritoryScope.CHOICES; i++) {
            territory("CC nombreuse " + tag + " " + i);
        }
        TerritorySummary sought = territory("CC recherchée " + tag);
        assertThat(territories.count()).isGreaterThan(TerritoryScope.CHOICES);
        var analyst = as(TestUsers.create(accounts, Role.ANALYST, null));

        for (String page : new String[] {"/offers", "/scenarios", "/procurements", "/procurements/calendar"}) {
            String html = html(page, shown, "", analyst);
            assertThat(html).as(page).contains("name=\"tq\"", "Chercher un autre territoire parmi");
            // Nothing else to choose until a search is made: the territory shown, no list.
            assertThat(options(html)).as(page).isEmpty();
            assertThat(html).as(page).contains(shown.name()).doesNotContain("CC nombreuse " + tag);

            assertThat(options(html(page, shown, "recherchée " + tag, analyst)))
                    .as(page)
                    .containsExactly(shown.name() + " (2026)", sought.name() + " (2026)");
            assertThat(html(page, shown, "introuvable " + tag, analyst))
                    .as(page)
                    .contains("Aucun autre territoire ne correspond");
        }
    }
}
