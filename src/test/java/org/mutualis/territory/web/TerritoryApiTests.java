package org.mutualis.territory.web;

import static org.hamcrest.Matchers.hasSize;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.LE_PONTHOU;
import static org.mutualis.StudyCodes.LOC_EGUINER;
import static org.mutualis.identity.TestUsers.as;
import static org.mutualis.identity.TestUsers.someone;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@MutualisDbTest
@AutoConfigureMockMvc
@Transactional
class TerritoryApiTests {

    private static final String IMPORT_MORLAIX = "{\"siren\": \"242900835\"}";

    @Autowired
    MockMvc mvc;

    private org.springframework.test.web.servlet.ResultActions importMorlaix(Role role) throws Exception {
        return mvc.perform(post("/api/territories/import")
                .contentType(MediaType.APPLICATION_JSON)
                .content(IMPORT_MORLAIX)
                .with(as(someone(role))));
    }

    @Test
    void importIsForbiddenToAnAnalyst() throws Exception {
        importMorlaix(Role.ANALYST)
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("réservé aux administrateurs")));
    }

    @Test
    void importIsForbiddenToACorrespondent() throws Exception {
        importMorlaix(Role.CORRESPONDENT).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorImportsAndReadsTheCollectivities() throws Exception {
        String location = importMorlaix(Role.ADMIN)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("CA Morlaix Communauté"))
                .andExpect(jsonPath("$.referenceYear").value(2026))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(get(location).with(as(someone(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.epciSiren").value(EPCI_SIREN));
        mvc.perform(get(location + "/collectivities").with(as(someone(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(29)))
                .andExpect(jsonPath(
                        "$[?(@.merged == true)].code",
                        org.hamcrest.Matchers.containsInAnyOrder(LOC_EGUINER, LE_PONTHOU)))
                .andExpect(jsonPath("$[28].kind").value("EPCI"));
        mvc.perform(get("/api/territories").with(as(someone(Role.ADMIN))))
                .andExpect(jsonPath("$[?(@.epciSiren == '242900835' && @.referenceYear == 2026)]", hasSize(1)));
    }

    @Test
    void aSecondImportIsAProblemDocumentInFrench() throws Exception {
        importMorlaix(Role.ADMIN).andExpect(status().isCreated());

        importMorlaix(Role.ADMIN)
                .andExpect(status().isBadRequest())
                .andExpect(
                        header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(
                        jsonPath("$.detail").value("Le territoire de l'EPCI 242900835 existe déjà pour l'année 2026."))
                .andExpect(jsonPath("$.trace").doesNotExist());
        mvc.perform(post("/api/territories/import")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(as(someone(Role.ADMIN))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("SIREN de l'EPCI manquant."));
    }

    @Test
    void anySignedInUserSearchesEpciAndReads() throws Exception {
        mvc.perform(get("/api/epci").param("q", "morlaix communaute").with(as(someone(Role.ELECTED))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].siren").value(EPCI_SIREN))
                .andExpect(jsonPath("$[0].memberCount").value(26));
        mvc.perform(get("/api/territories").with(as(someone(Role.ELECTED)))).andExpect(status().isOk());
        mvc.perform(get("/api/territories/{id}", Long.MAX_VALUE).with(as(someone(Role.ELECTED))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void signedOutCallersAreRefused() throws Exception {
        mvc.perform(get("/api/territories")).andExpect(status().isUnauthorized());
    }
}
