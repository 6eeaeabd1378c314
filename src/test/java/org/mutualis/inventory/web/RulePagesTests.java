package org.mutualis.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.PageCalls.body;
import static org.mutualis.PageCalls.call;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The rules' and the lifecycle's pages and API as the administrator and the others use them: the
 * rules by kind, the "try it" box, a wrong pattern refused on its field, the statuses and sources
 * of the lifecycle table, the technician refused.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class RulePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    CurrentUser admin;

    @BeforeEach
    void users() {
        admin = TestUsers.create(accounts, Role.ADMIN);
    }

    @Test
    void theRulesPageListsTheRulesByKindAndTellsWhichClassifiesADockingStation() throws Exception {
        var page = call(
                mvc,
                get("/inventory/rules").param("field", "CHASSIS").param("text", "Docking Station"),
                TestUsers.someone(Role.CORRESPONDENT));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(body(page))
                .contains("Règles de normalisation de l’inventaire", "Type de poste", "Système d’exploitation")
                .contains("Suite bureautique", "dockingstation", "LAPTOP", "windows-server")
                .doesNotContain("Ajouter une règle");
        var admins = call(mvc, get("/inventory/rules"), admin);
        assertThat(body(admins)).contains("Ajouter une règle", "Désactiver");
    }

    @Test
    void aWrongPatternIsRefusedOnTheFormWithWhatWasTyped() throws Exception {
        var refused = call(
                mvc,
                post("/inventory/rules")
                        .param("kind", "OS")
                        .param("position", "5")
                        .param("field", "OS_NAME")
                        .param("pattern", "windows (")
                        .param("result", "WINDOWS")
                        .param("enabled", "true"),
                admin);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused))
                .contains("le motif n’est pas une expression régulière valide", "value=\"windows (\"")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void aRuleIsAddedFromTheFormThenDeletedAfterItsConfirmation() throws Exception {
        var form = call(mvc, get("/inventory/rules/new").param("kind", "OFFICE"), admin);
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(body(form)).contains("Ajouter une règle", "name=\"pattern\"");
        var saved = call(
                mvc,
                post("/inventory/rules")
                        .param("kind", "OFFICE")
                        .param("position", "777777")
                        .param("field", "SOFTWARE_NAME")
                        .param("pattern", "^page-test$")
                        .param("result", "NONE")
                        .param("enabled", "true"),
                admin);
        assertThat(saved.getStatus()).isEqualTo(302);
        long id = Long.parseLong(
                saved.getRedirectedUrl().substring(saved.getRedirectedUrl().indexOf("#rule-") + 6));
        var confirm = call(mvc, get("/inventory/rules/" + id + "/delete"), admin);
        assertThat(body(confirm)).contains("Supprimer la règle « Suite bureautique » en position 777777");
        var deleted = call(mvc, post("/inventory/rules/" + id + "/delete").param("version", "0"), admin);
        assertThat(deleted.getStatus()).isEqualTo(302);
        assertThat(call(mvc, get("/inventory/rules/" + id + "/edit"), admin).getStatus())
                .isEqualTo(404);
    }

    @Test
    void theLifecyclePageShowsEachStatusWithItsSource() throws Exception {
        var page = call(mvc, get("/inventory/lifecycle"), TestUsers.someone(Role.ELECTED));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(body(page))
                .contains("Fins de support des systèmes et suites bureautiques", "10 22H2", "14/10/2025")
                .contains("Support terminé", "support-PAST", "href=\"https://endoflife.date/windows\"")
                .contains("sans date fixe");
        var english = call(mvc, get("/inventory/lifecycle").param("lang", "en"), admin);
        assertThat(body(english)).contains("Support ended", "Add a row");
    }

    @Test
    void aTechnicianIsRefusedThePagesAndTheApi() throws Exception {
        CurrentUser technician = TestUsers.someone(Role.TECHNICIAN);
        assertThat(call(mvc, get("/inventory/rules"), technician).getStatus()).isEqualTo(403);
        assertThat(call(mvc, get("/inventory/lifecycle"), technician).getStatus())
                .isEqualTo(403);
        assertThat(call(mvc, get("/api/inventory/rules"), technician).getStatus())
                .isEqualTo(403);
    }

    @Test
    void theApiListsTriesAndRefusesAWrongPatternWithAProblemDocument() throws Exception {
        var list = call(mvc, get("/api/inventory/rules").accept(MediaType.APPLICATION_JSON), admin);
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(body(list)).contains("\"kind\":\"DEVICE_TYPE\"", "\"result\":\"THIN_CLIENT\"");
        var tried = call(
                mvc,
                get("/api/inventory/rules/try")
                        .param("field", "OS_BUILD")
                        .param("text", "Windows | 10.0.26100")
                        .accept(MediaType.APPLICATION_JSON),
                admin);
        assertThat(body(tried)).contains("\"version\":\"11 24H2\"");
        var refused = call(
                mvc,
                post("/api/inventory/rules")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"kind\":\"OS\",\"position\":5,\"field\":\"OS_NAME\",\"pattern\":\"[\",\"result\":\"WINDOWS\"}"),
                admin);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("\"field\":\"pattern\"");
        var status = call(
                mvc,
                get("/api/inventory/lifecycle/status")
                        .param("product", "microsoft-office")
                        .param("version", "2021")
                        .param("date", "2026-10-13")
                        .accept(MediaType.APPLICATION_JSON),
                admin);
        assertThat(body(status)).contains("\"status\":\"PAST\"");
    }
}
