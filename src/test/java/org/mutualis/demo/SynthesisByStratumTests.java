package org.mutualis.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.territory.AnswerPolicy;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Practices and equipment by stratum on the 2012 demo: the page, the API, and what a correspondent sees. */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.demo.enabled=true")
class SynthesisByStratumTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    long campaign;

    @BeforeEach
    void demo() {
        campaign = campaigns.all().stream()
                .filter(c -> c.name().equals("Infrastructure & Réseaux 2012"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void thePageShowsTheMaintenanceContractAndTheDevicesByStratum() throws Exception {
        mvc.perform(get("/campaigns/{c}/synthesis", campaign).with(as(accounts, "elu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pratiques et équipements par strate")))
                .andExpect(content().string(containsString("Contrat de maintenance du parc")))
                .andExpect(content().string(containsString("choice.maintenance_contract.no.extrapolated")))
                .andExpect(content().string(containsString("stratum.desktops_excl_schools.band-1.extrapolated")));
    }

    @Test
    void theApiCountsEachAnswerAndExplainsItsFigures() throws Exception {
        mvc.perform(get("/api/campaigns/{c}/synthesis", campaign).with(as(accounts, "analyste")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.choices[0].indicator.code").value("maintenance_contract"))
                .andExpect(jsonPath("$.choices[0].rows[*].value").value(contains("yes", "no", "partial")))
                .andExpect(jsonPath("$.choices[0].rows[*].raw.value").value(contains(1, 6, 1)))
                .andExpect(jsonPath("$.choices[0].rows[*].extrapolated.value").value(contains(3, 23, 3)));
        mvc.perform(get(
                                "/api/campaigns/{c}/synthesis/figures/{f}",
                                campaign,
                                "choice.maintenance_contract.no.extrapolated")
                        .with(as(accounts, "analyste")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.method").value("CHOICE_EXTRAPOLATED"))
                .andExpect(jsonPath("$.formula").value("12×1 + 3×3 + 1 + 1"));
    }

    @Test
    void inTheSharedDemoACorrespondentSeesEveryMembersInputsAsTheStudyDid() throws Exception {
        mvc.perform(get("/api/campaigns/{c}/synthesis", campaign).with(as(accounts, "botsorhel")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.choices[0].rows[1].extrapolated.value").value(23))
                .andExpect(jsonPath("$.choices[0].rows[1].extrapolated.formula").value("12×1 + 3×3 + 1 + 1"));
        mvc.perform(get("/api/campaigns/{c}/synthesis/by-stratum", campaign).with(as(accounts, "botsorhel")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byStratum").isNotEmpty());
    }

    @Test
    void whenTheTerritoryIsConfidentialACorrespondentSeesOnlyWhatTheSecretAllowsAndTheirOwnInputs() throws Exception {
        long territory = campaigns.get(campaign).territoryId();
        territories.changeAnswerPolicy(territory, AnswerPolicy.CONFIDENTIAL);
        try {
            // Maintenance contract: 1 yes, 6 no, 1 partial — a row of one other collectivité
            // would give it away, so the whole question is suppressed (« s »).
            // The detailed document (terms=page): each figure with its inputs, here only their own.
            mvc.perform(get("/api/campaigns/{c}/synthesis", campaign)
                            .param("terms", "page")
                            .with(as(accounts, "botsorhel")))
                    .andExpect(status().isOk())
                    .andExpect(
                            jsonPath("$.choices[0].rows[1].extrapolated.value").value(nullValue()))
                    .andExpect(jsonPath("$.choices[0].rows[1].extrapolated.formula")
                            .value(""))
                    .andExpect(jsonPath("$.choices[0].rows[*].raw.terms[*].collectivityCode")
                            .value(everyItem(is(BOTSORHEL))))
                    .andExpect(jsonPath("$.counts[0].raw.value").value(261))
                    .andExpect(jsonPath("$.byStratum[0].cells[1].raw.value").value(nullValue()))
                    .andExpect(jsonPath("$.byStratum[0].cells[2].raw.value").value(nullValue()));
            // The default document gives the indicators by stratum at their own route, as secret.
            mvc.perform(get("/api/campaigns/{c}/synthesis/by-stratum", campaign).with(as(accounts, "botsorhel")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.byStratum[0].cells[1].raw.value").value(nullValue()))
                    .andExpect(jsonPath("$.byStratum[0].cells[2].raw.value").value(nullValue()));
            mvc.perform(get("/campaigns/{c}/synthesis", campaign).with(as(accounts, "botsorhel")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Secret statistique")));
        } finally {
            territories.changeAnswerPolicy(territory, AnswerPolicy.SHARED);
        }
    }
}
