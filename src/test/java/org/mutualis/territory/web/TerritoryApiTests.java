package org.mutualis.territory.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

@MutualisDbTest
@Transactional
class TerritoryApiTests {

    private static final String IMPORT_MORLAIX = "{\"siren\": \"242900835\"}";

    MockMvc mvc;

    @Autowired
    void signedIn(WebApplicationContext context) {
        mvc = SignedInMockMvc.of(context);
    }

    private org.springframework.test.web.servlet.ResultActions importMorlaix() throws Exception {
        return mvc.perform(post("/api/territories/import")
                .contentType(MediaType.APPLICATION_JSON)
                .content(IMPORT_MORLAIX));
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void importIsForbiddenToAnAnalyst() throws Exception {
        importMorlaix().andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "CORRESPONDENT")
    void importIsForbiddenToACorrespondent() throws Exception {
        importMorlaix().andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorImportsAndReadsTheCollectivities() throws Exception {
        String location = importMorlaix()
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("CA Morlaix Communauté"))
                .andExpect(jsonPath("$.referenceYear").value(2026))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.epciSiren").value("242900835"));
        mvc.perform(get(location + "/collectivities"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(29)))
                .andExpect(jsonPath(
                        "$[?(@.merged == true)].code", org.hamcrest.Matchers.containsInAnyOrder("29127", "29219")))
                .andExpect(jsonPath("$[28].kind").value("EPCI"));
        mvc.perform(get("/api/territories"))
                .andExpect(jsonPath("$[?(@.epciSiren == '242900835' && @.referenceYear == 2026)]", hasSize(1)));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aSecondImportIsAProblemDocumentInFrench() throws Exception {
        importMorlaix().andExpect(status().isCreated());

        importMorlaix()
                .andExpect(status().isBadRequest())
                .andExpect(
                        header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(
                        jsonPath("$.detail").value("Le territoire de l'EPCI 242900835 existe déjà pour l'année 2026."))
                .andExpect(jsonPath("$.trace").doesNotExist());
        mvc.perform(post("/api/territories/import")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("SIREN de l'EPCI manquant."));
    }

    @Test
    @WithMockUser(roles = "ELECTED")
    void anySignedInUserSearchesEpciAndReads() throws Exception {
        mvc.perform(get("/api/epci").param("q", "morlaix communaute"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].siren").value("242900835"))
                .andExpect(jsonPath("$[0].memberCount").value(26));
        mvc.perform(get("/api/territories")).andExpect(status().isOk());
        mvc.perform(get("/api/territories/{id}", Long.MAX_VALUE))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void signedOutCallersAreRefused() throws Exception {
        mvc.perform(get("/api/territories")).andExpect(status().isUnauthorized());
    }
}
