package org.mutualis.territory.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.identity.TestUsers.as;
import static org.mutualis.identity.TestUsers.someone;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Role;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The pages, signed in with each role; every test rolls back what it imported. */
@MutualisDbTest
@AutoConfigureMockMvc
@Transactional
class TerritoryPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Territories territories;

    @Test
    void signedOutVisitorsAreSentToTheSignInPage() throws Exception {
        mvc.perform(get("/territories")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theListRendersWithoutTheImportFormForAnAnalyst() throws Exception {
        mvc.perform(get("/territories").param("q", "morlaix").with(as(someone(Role.ANALYST))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Territoires</h1>")))
                .andExpect(content().string(not(containsString("epci-query"))))
                .andExpect(content().string(not(containsString("/territories/import"))))
                // The page says why there is no import, in words, rather than leading to a refusal.
                .andExpect(content().string(containsString("est réservé aux administrateurs")));
    }

    @Test
    void theListLinksToTheOfficialSourcesNotToAFileOfTheRepository() throws Exception {
        for (Role role : new Role[] {Role.ADMIN, Role.ANALYST, Role.ELECTED}) {
            mvc.perform(get("/territories").with(as(someone(role))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"https://www.insee.fr/fr/information/2560452\"")))
                    .andExpect(content()
                            .string(containsString("href=\"https://www.collectivites-locales.gouv.fr/"
                                    + "liste-et-composition-des-epci-a-fiscalite-propre\"")))
                    .andExpect(content()
                            .string(containsString("href=\"https://www.etalab.gouv.fr/licence-ouverte-open-licence\"")))
                    .andExpect(content().string(not(containsString("ATTRIBUTION"))))
                    .andExpect(content().string(not(containsString("src/test"))));
        }
        mvc.perform(get("/territories").with(as(someone(Role.ADMIN))))
                .andExpect(content().string(not(containsString("réservé aux administrateurs"))));
    }

    @Test
    void anAdministratorSearchesByAccentlessNameAndIsAskedToConfirm() throws Exception {
        mvc.perform(get("/territories").param("q", "morlaix communaute").with(as(someone(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"epci-query\"")))
                .andExpect(content().string(containsString("CA Morlaix Communauté")))
                .andExpect(content().string(containsString("/territories/import?siren=" + EPCI_SIREN)));
        mvc.perform(get("/territories/import").param("siren", EPCI_SIREN).with(as(someone(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Importer « CA Morlaix Communauté » ?")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("ses 26 communes membres")));
    }

    @Test
    void anAnalystCannotImport() throws Exception {
        // Told why, in French (a link kept from an administrator's session, a typed address).
        mvc.perform(get("/territories/import").param("siren", EPCI_SIREN).with(as(someone(Role.ANALYST))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("est réservé aux administrateurs")));
        mvc.perform(post("/territories/import")
                        .param("siren", EPCI_SIREN)
                        .with(csrf())
                        .with(as(someone(Role.ANALYST))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("est réservé aux administrateurs")));
    }

    @Test
    void aCorrespondentCannotImport() throws Exception {
        mvc.perform(post("/territories/import")
                        .param("siren", EPCI_SIREN)
                        .with(csrf())
                        .with(as(someone(Role.CORRESPONDENT))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorImportsThenSeesTheCommunesAndARefusalTheSecondTime() throws Exception {
        mvc.perform(post("/territories/import")
                        .param("siren", EPCI_SIREN)
                        .with(csrf())
                        .with(as(someone(Role.ADMIN))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/territories/*"));
        TerritorySummary imported = territories.all().stream()
                .filter(t -> t.epciSiren().equals(EPCI_SIREN) && t.referenceYear() == 2026)
                .findFirst()
                .orElseThrow();

        mvc.perform(post("/territories/import")
                        .param("siren", EPCI_SIREN)
                        .with(csrf())
                        .with(as(someone(Role.ADMIN))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Le territoire de l&#39;EPCI 242900835 existe déjà")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/territories/{id}", imported.id()).with(as(someone(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<th scope=\"row\">Le Ponthou</th>")))
                .andExpect(content().string(containsString("Commune déléguée de Plouigneau (29199)")))
                .andExpect(content().string(containsString("Total : 26 communes")))
                .andExpect(content().string(containsString("2 communes déléguées")))
                .andExpect(content().string(containsString("incluse dans la commune nouvelle")))
                // Imported from the official data: the page names them, with a link to each publisher.
                .andExpect(content().string(containsString("href=\"https://www.insee.fr/fr/information/2560452\"")))
                // One main landmark per page.
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesPattern("(?s)^(?:(?!<main).)*<main(?:(?!<main).)*$")));
    }

    @Test
    void anUnknownTerritoryIsANotFoundPageInFrench() throws Exception {
        mvc.perform(get("/territories/{id}", Long.MAX_VALUE).with(as(someone(Role.ELECTED))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Ce territoire n’existe pas.")));
    }

    @Test
    void anUnknownSirenIsExplainedOnThePage() throws Exception {
        mvc.perform(get("/territories/import").param("siren", "200000000").with(as(someone(Role.ADMIN))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Aucun EPCI de SIREN « 200000000 »")));
    }

    @Test
    void pagesFollowTheLocaleInEnglish() throws Exception {
        mvc.perform(get("/territories")
                        .param("lang", "en")
                        .header("Accept-Language", "en")
                        .with(as(someone(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Territories</h1>")));
    }
}
