package org.mutualis.procurement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementThresholds;
import org.mutualis.procurement.ThresholdForm;
import org.mutualis.procurement.ThresholdView;
import org.mutualis.procurement.domain.ThresholdKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator's threshold page and API: what they list, refuse and protect. */
@MutualisDbTest
@AutoConfigureMockMvc
class ThresholdPagesTests {

    static final AtomicInteger YEAR = new AtomicInteger(1600);

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcurementThresholds thresholds;

    @Autowired
    Accounts accounts;

    CurrentUser admin;
    String token;

    @BeforeEach
    void admin() {
        admin = TestUsers.create(accounts, Role.ADMIN);
        token = accounts.issueToken(admin.id(), "test").secret();
    }

    @Test
    void thePageListsTheDatedThresholdsWithTheirSources() throws Exception {
        mvc.perform(get("/admin/thresholds").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("221 000 € HT")))
                .andExpect(content().string(containsString("216 000 € HT")))
                .andExpect(content().string(containsString("01/01/2026")))
                .andExpect(content().string(containsString("sans date de fin")))
                .andExpect(content().string(containsString("règlement (UE) n° 1251/2011")));
    }

    @Test
    void aRefusedThresholdComesBackWithWhatWasTypedAndTheReasons() throws Exception {
        int before = thresholds.all().size();
        mvc.perform(post("/admin/thresholds")
                        .param("kind", "WORKS")
                        .param("amountHt", "-5")
                        .param("validFrom", "1500-01-01")
                        .param("legalSource", "")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Montant du seuil : il doit être positif (en € HT).")))
                .andExpect(content().string(containsString("Source juridique : indiquez le texte qui fixe ce seuil")))
                .andExpect(content().string(containsString("value=\"-5\"")))
                .andExpect(content().string(containsString("value=\"1500-01-01\"")));
        assertThat(thresholds.all()).hasSize(before);

        int year = YEAR.addAndGet(2);
        mvc.perform(post("/admin/thresholds")
                        .param("kind", "WORKS")
                        .param("amountHt", "4 321 000")
                        .param("validFrom", year + "-01-01")
                        .param("validUntil", "31/12/" + year)
                        .param("legalSource", "Avis de test " + year)
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/thresholds").with(as(admin)))
                .andExpect(content().string(containsString("Avis de test " + year)))
                .andExpect(content().string(containsString("4 321 000 € HT")));
    }

    @Test
    void anEditFromAStaleVersionIsAConflictAndDeletionIsConfirmedFirst() throws Exception {
        int year = YEAR.addAndGet(2);
        ThresholdView t = thresholds.create(works(year), admin);
        mvc.perform(get("/admin/thresholds/{id}/edit", t.id()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"5 000 000\"")));
        thresholds.update(t.id(), works(year), t.version(), admin);
        mvc.perform(post("/admin/thresholds/{id}", t.id())
                        .param("version", "" + t.version())
                        .param("kind", "WORKS")
                        .param("amountHt", "1")
                        .param("validFrom", year + "-01-01")
                        .param("legalSource", "Modification concurrente")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Ce seuil a été modifié depuis que vous l’avez ouvert")));
        mvc.perform(get("/admin/thresholds/{id}/delete", t.id()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Le seuil de 5 000 000 € HT en vigueur à partir du 01/01/" + year)));
        mvc.perform(post("/admin/thresholds/{id}/delete", t.id())
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(thresholds.all()).noneMatch(th -> th.id() == t.id());
    }

    @Test
    void theApiListsRefusesAndProtectsThresholds() throws Exception {
        mvc.perform(get("/api/thresholds").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].amountHt", hasItem(216000.0)))
                .andExpect(jsonPath("$[0].legalSource").isNotEmpty());
        mvc.perform(
                        post("/api/thresholds")
                                .header("Authorization", "Bearer " + token)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"kind\":\"WORKS\",\"amountHt\":0,\"validFrom\":\"1500-01-01\",\"legalSource\":\"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].rule").value("threshold.amount"))
                .andExpect(jsonPath("$.violations[0].message")
                        .value("Montant du seuil : il doit être positif (en € HT)."));
        int year = YEAR.addAndGet(2);
        ThresholdView t = thresholds.create(works(year), admin);
        thresholds.update(t.id(), works(year), t.version(), admin);
        mvc.perform(put("/api/thresholds/{id}", t.id())
                        .param("version", "" + t.version())
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"WORKS\",\"amountHt\":1,\"validFrom\":\"" + year
                                + "-01-01\",\"legalSource\":\"x\"}"))
                .andExpect(status().isConflict());
    }

    private static ThresholdForm works(int year) {
        return new ThresholdForm(
                ThresholdKind.WORKS,
                new BigDecimal("5000000"),
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                "Avis (test)");
    }
}
