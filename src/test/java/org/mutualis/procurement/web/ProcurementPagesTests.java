package org.mutualis.procurement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** What the procurement pages and API show and say: details, refusals with what was typed, conflicts. */
@MutualisDbTest
@AutoConfigureMockMvc
class ProcurementPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Procurements procurements;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper mapper;

    ProcurementFixture.Loaded t;
    CurrentUser analyst;
    String token;

    @BeforeEach
    void data() {
        t = ProcurementFixture.territory(territories, campaigns, files);
        analyst = TestUsers.create(accounts, Role.ANALYST);
        token = accounts.issueToken(analyst.id(), "test").secret();
    }

    @Test
    void theDetailSaysWhichProcedureTheAmountCallsForAndWhoJoinsWhen() throws Exception {
        ProcurementView p = procurements.create(ProcurementFixture.group(t).form(), analyst);
        mvc.perform(get("/procurements/{id}", p.id()).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(p.subject())))
                .andExpect(content().string(containsString("Groupement de commandes")))
                .andExpect(content().string(containsString("150 000,00 € HT")))
                .andExpect(content().string(containsString("inférieur au seuil de 200 000 € HT")))
                .andExpect(content().string(containsString("procédure adaptée (MAPA)")))
                .andExpect(content().string(containsString("31/12/2013")))
                .andExpect(content().string(containsString("Phase 2 : intégration à l’échéance des contrats en cours")))
                .andExpect(content().string(containsString("Botsorhel : à partir du 01/01/2014")))
                .andExpect(content().string(containsString("Morlaix : à partir du 01/07/2012")))
                .andExpect(content().string(containsString("/procurements/" + p.id() + "/assessment")));
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedAndEveryReasonInFrench() throws Exception {
        long before = count();
        mvc.perform(form(post("/procurements"), "250 000")
                        .param("notificationOn", "31/13/2012")
                        .with(as(analyst)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Notification : « 31/13/2012 » n’est pas une date")))
                .andExpect(content().string(containsString("value=\"31/13/2012\"")))
                .andExpect(content().string(containsString("Téléphonie de test")));
        mvc.perform(form(post("/procurements"), "250 000").with(as(analyst)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("atteint le seuil de procédure formalisée (200 000 € HT")))
                .andExpect(content().string(containsString("value=\"250 000\"")))
                .andExpect(content().string(containsString("value=\"Téléphonie de test\"")));
        assertThat(count()).isEqualTo(before);

        String location = mvc.perform(form(post("/procurements")).with(as(analyst)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(count()).isEqualTo(before + 1);
        mvc.perform(get(location).with(as(analyst))).andExpect(content().string(containsString("Téléphonie de test")));
    }

    @Test
    void anEditFromAStaleVersionIsRefusedAndOverwritesNothing() throws Exception {
        ProcurementView p = procurements.create(ProcurementFixture.group(t).form(), analyst);
        mvc.perform(get("/procurements/{id}/edit", p.id()).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + p.subject() + "\"")))
                .andExpect(content().string(containsString("value=\"90 000\"")))
                .andExpect(content()
                        .string(containsString(
                                "name=\"members[" + t.id(BOTSORHEL) + "].member\" checked=\"checked\"")));
        mvc.perform(form(post("/procurements/{id}", p.id()))
                        .param("version", "0")
                        .with(as(analyst)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post("/procurements/{id}", p.id()))
                        .param("version", "0")
                        .param("subject", "Concurrente")
                        .with(as(analyst)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("a été modifié depuis que vous l’avez ouvert")));
        assertThat(procurements.get(p.id(), analyst).procurement().subject()).isEqualTo("Téléphonie de test");
    }

    @Test
    void deletionAsksForConfirmationFirst() throws Exception {
        ProcurementView p = procurements.create(ProcurementFixture.group(t).form(), analyst);
        mvc.perform(get("/procurements/{id}/delete", p.id()).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le marché « " + p.subject() + " » et ses 2 membres")));
        mvc.perform(post("/procurements/{id}/delete", p.id()).with(as(analyst)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/procurements/{id}", p.id()).with(as(analyst)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Ce marché groupé n’existe pas.")));
    }

    @Test
    void theListSearchesPagesAndShowsACorrespondentOnlyItsCollectivitysProcurements() throws Exception {
        long territory = t.territory().id();
        mvc.perform(get("/procurements").param("territory", "" + territory).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun marché groupé sur ce territoire")))
                .andExpect(content().string(containsString("Nouveau marché groupé")));
        for (int i = 1; i <= 21; i++) {
            ProcurementFixture.Builder b = ProcurementFixture.group(t);
            b.subject = String.format("Marché %02d", i);
            procurements.create(b.form(), analyst);
        }
        mvc.perform(get("/procurements").param("territory", "" + territory).with(as(analyst)))
                .andExpect(content().string(containsString("1–20 sur 21")))
                .andExpect(content().string(containsString("Marché 01")))
                .andExpect(content().string(not(containsString("Marché 21"))));
        mvc.perform(get("/procurements")
                        .param("territory", "" + territory)
                        .param("page", "2")
                        .with(as(analyst)))
                .andExpect(content().string(containsString("Marché 21")));
        mvc.perform(get("/procurements")
                        .param("territory", "" + territory)
                        .param("page", "-1")
                        .with(as(analyst)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/procurements")
                        .param("territory", "" + territory)
                        .param("q", "ché 07")
                        .with(as(analyst)))
                .andExpect(content().string(containsString("Marché 07")))
                .andExpect(content().string(not(containsString("Marché 08"))));
        mvc.perform(get("/procurements")
                        .param("territory", "" + territory)
                        .param("q", "photocopieurs")
                        .with(as(analyst)))
                .andExpect(content()
                        .string(containsString("Aucun marché groupé dont l’objet contient « photocopieurs »")));

        CurrentUser member = new CurrentUser(90, "botsorhel", "B", Role.CORRESPONDENT, t.id(BOTSORHEL));
        CurrentUser other = new CurrentUser(91, "plougonven", "P", Role.CORRESPONDENT, t.id(PLOUGONVEN));
        mvc.perform(get("/procurements").with(as(member)))
                .andExpect(content().string(containsString("Marché 01")))
                .andExpect(content().string(not(containsString("Nouveau marché groupé"))));
        mvc.perform(get("/procurements").with(as(other)))
                .andExpect(content().string(not(containsString("Marché 01"))))
                .andExpect(content().string(containsString("Aucun marché groupé sur ce territoire")));
    }

    @Test
    void theNewFormSuggestsEachContractEndFromTheCensusAndSaysWhereItCameFrom() throws Exception {
        ProcurementFixture.telecomCensus(
                campaigns, files, t, LocalDate.of(2012, 1, 5), "Téléphonie 2012", MORLAIX + ",2013-06-30,2014-03-31");
        long morlaix = t.id(MORLAIX);
        mvc.perform(get("/procurements/new")
                        .param("territory", "" + t.territory().id())
                        .param("theme", "TELECOM")
                        .with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("31/03/2014 (recensement « Téléphonie 2012 » du 05/01/2012)")))
                .andExpect(content()
                        .string(containsString(
                                "name=\"members[" + morlaix + "].contractEndsOn\" value=\"2014-03-31\"")));
    }

    @Test
    void theApiGivesEveryViolationConflictsAndNotFoundAsProblems() throws Exception {
        ProcurementFixture.Builder noMaximum = ProcurementFixture.framework(t);
        noMaximum.maximum = null;
        long before = count();
        mvc.perform(api(post("/api/procurements"), noMaximum.form()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].rule").value("framework.maximum.missing"))
                .andExpect(jsonPath("$.violations[0].message")
                        .value(containsString("Un accord-cadre doit fixer un montant maximum")));
        assertThat(count()).isEqualTo(before);

        String created = mvc.perform(api(
                        post("/api/procurements"), ProcurementFixture.group(t).form()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = mapper.readTree(created).get("id").asLong();
        mvc.perform(bearer(get("/api/procurements/{id}", id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requiredProcedure").value(containsString("procédure adaptée (MAPA)")))
                .andExpect(jsonPath("$.phases[1].members[0].code").value(BOTSORHEL))
                .andExpect(jsonPath("$.memberStarts[?(@.code == '29014')].earliestStart")
                        .value("2014-01-01"))
                .andExpect(jsonPath("$.procurement.version").value(0));
        mvc.perform(api(
                        put("/api/procurements/{id}", id).param("version", "0"),
                        ProcurementFixture.group(t).form()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(api(
                        put("/api/procurements/{id}", id).param("version", "0"),
                        ProcurementFixture.group(t).form()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("a été modifié")));
        mvc.perform(bearer(get("/api/procurements/{id}", 987654321L)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Ce marché groupé n’existe pas."));
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
        return form(request, "150 000,00");
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String amount) {
        long morlaix = t.id(MORLAIX);
        return request.param("territoryId", "" + t.territory().id())
                .param("subject", "Téléphonie de test")
                .param("theme", "TELECOM")
                .param("thresholdKind", "SUPPLIES_AND_SERVICES")
                .param("procedureKind", "PURCHASING_GROUP")
                .param("coordinatorId", "" + morlaix)
                .param("conventionSignedOn", "01/03/2012")
                .param("awardProcedure", "ADAPTED")
                .param("publicationOn", "2012-04-01")
                .param("startOn", "2012-07-01")
                .param("endOn", "2015-06-30")
                .param("lots[0].title", "Téléphonie")
                .param("lots[0].estimatedAmountHt", amount)
                .param("members[" + morlaix + "].member", "on")
                .param("members[" + morlaix + "].deliberationOn", "2012-02-15")
                .with(csrf());
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, Object body) {
        return bearer(request).contentType(MediaType.APPLICATION_JSON).content(mapper.writeValueAsString(body));
    }

    private MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token);
    }

    private long count() {
        return jdbc.sql("select count(*) from procurement").query(Long.class).single();
    }
}
