package org.mutualis.savings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.TAULE;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.savings.OfferForm;
import org.mutualis.savings.OfferView;
import org.mutualis.savings.Offers;
import org.mutualis.savings.SizeClassRow;
import org.mutualis.savings.SizeClassSettings;
import org.mutualis.savings.TerritorySavings;
import org.mutualis.savings.domain.SizeClass;
import org.mutualis.savings.domain.SizeClassSaving;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Size classes are the study's by default and the staff's to change, per territory. */
@MutualisDbTest
@AutoConfigureMockMvc
class SizeClassesTests {

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

    @Autowired
    Offers offers;

    @Autowired
    TerritorySavings savings;

    @Autowired
    SizeClassSettings settings;

    @Autowired
    JdbcClient jdbc;

    CensusFixture.Loaded study;
    CurrentUser analyst;
    OfferView desktops;

    @BeforeEach
    void study() {
        study = CensusFixture.study2012(territories, campaigns, files, false);
        analyst = TestUsers.create(accounts, Role.ANALYST);
        long item = jdbc.sql("select id from price_item where code = 'HW_DESKTOP'")
                .query(Long.class)
                .single();
        desktops = offers.create(
                study.territory().id(),
                new OfferForm(
                        item,
                        "Dell",
                        "NEGOTIATION",
                        new BigDecimal("600"),
                        false,
                        LocalDate.of(2012, 3, 1),
                        null,
                        "",
                        new BigDecimal("680.10"),
                        false),
                analyst);
    }

    @Test
    void morlaixHasTheStudysClassesUntilTheStaffChangeThem() throws Exception {
        assertThat(classes()).containsExactly("0-1500", "1501-5000", "MORLAIX");

        mvc.perform(post("/offers/size-classes")
                        .param("territory", String.valueOf(study.territory().id()))
                        .param("rows[0].code", "PETITES")
                        .param("rows[0].label", "Moins de 2 000 habitants")
                        .param("rows[0].minPopulation", "0")
                        .param("rows[0].maxPopulation", "1 999")
                        .param("rows[1].code", "GRANDES")
                        .param("rows[1].label", "2 000 habitants et plus")
                        .param("rows[1].minPopulation", "2 000")
                        .param("rows[2].code", "EPCI")
                        .param("rows[2].label", "Morlaix Communauté")
                        .param("rows[2].collectivityCodes", EPCI_SIREN)
                        .param("rows[3].code", "")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(classes()).containsExactly("PETITES", "GRANDES", "EPCI");
        SizeClassSaving large = savings.of(desktops.id(), null, analyst).sizeClasses().stream()
                .filter(c -> c.sizeClass().code().equals("GRANDES"))
                .findFirst()
                .orElseThrow();
        assertThat(large.collectivityCodes()).contains(MORLAIX, TAULE).doesNotContain(EPCI_SIREN, BOTSORHEL);
    }

    @Test
    void anUnreadablePopulationIsNamedAlikeOnThePageAndInTheApi() throws Exception {
        String territory = String.valueOf(study.territory().id());
        String message = "Population minimale : « deux mille » n’est pas un nombre entier.";
        mvc.perform(post("/offers/size-classes")
                        .param("territory", territory)
                        .param("rows[0].code", "PETITES")
                        .param("rows[0].label", "Petites")
                        .param("rows[0].minPopulation", "deux mille")
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"deux mille\"")))
                .andExpect(content().string(containsString("value=\"PETITES\"")));
        String token = accounts.issueToken(analyst.id(), "test").secret();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/size-classes")
                        .param("territory", territory)
                        .header("Authorization", "Bearer " + token)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(
                                "[{\"code\": \"PETITES\", \"label\": \"Petites\", \"minPopulation\": \"deux mille\"}]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.problems[0].field")
                        .value("[0].minPopulation"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.problems[0].message")
                        .value(message));
        assertThat(classes()).containsExactly("0-1500", "1501-5000", "MORLAIX");
    }

    @Test
    void wrongClassesAreRefusedRowByRowAndNothingIsSaved() {
        List<SizeClassRow> wrong = List.of(
                new SizeClassRow("A", "Petites", 0, 3000, ""),
                new SizeClassRow("B", "Moyennes", 2500, -4, ""),
                new SizeClassRow("C", "", null, null, "99999"),
                new SizeClassRow("A", "Encore A", 5000, 6000, ""),
                new SizeClassRow("D", "Recoupe A", 1000, 2000, ""));

        assertThatThrownBy(() -> settings.save(study.territory().id(), wrong, analyst))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Ligne 2 : population maximale : une population ne peut pas être négative")
                .hasMessageContaining("Ligne 3 : libellé obligatoire")
                .hasMessageContaining("Ligne 3 : collectivité inconnue sur ce territoire : 99999")
                .hasMessageContaining("Ligne 4 : le code A est déjà pris")
                .hasMessageContaining("Les tranches de population de A et D se chevauchent");
        assertThat(classes()).containsExactly("0-1500", "1501-5000", "MORLAIX");
    }

    @Test
    void onlyStaffChangeThemEveryoneReadsThem() throws Exception {
        CurrentUser botsorhel = TestUsers.create(
                accounts, Role.CORRESPONDENT, study.collectivity(BOTSORHEL).id());
        CurrentUser elected = TestUsers.create(accounts, Role.ELECTED);
        String territory = String.valueOf(study.territory().id());
        mvc.perform(get("/offers/size-classes").param("territory", territory).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Morlaix et Morlaix Communauté")));
        for (CurrentUser reader : List.of(botsorhel, elected)) {
            mvc.perform(get("/offers/size-classes")
                            .param("territory", territory)
                            .with(as(reader)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/offers/size-classes")
                            .param("territory", territory)
                            .param("rows[0].code", "X")
                            .param("rows[0].label", "X")
                            .param("rows[0].minPopulation", "0")
                            .param("rows[0].maxPopulation", "10")
                            .with(as(reader))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            String token = accounts.issueToken(reader.id(), "test").secret();
            mvc.perform(get("/api/size-classes")
                            .param("territory", territory)
                            .header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk());
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/size-classes")
                            .param("territory", territory)
                            .header("Authorization", "Bearer " + token)
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                            .content("[{\"code\": \"X\", \"label\": \"X\", \"minPopulation\": \"0\"}]"))
                    .andExpect(status().isForbidden());
        }
        assertThat(classes()).containsExactly("0-1500", "1501-5000", "MORLAIX");
    }

    private List<String> classes() {
        return settings.of(study.territory().id()).classes().stream()
                .map(SizeClass::code)
                .toList();
    }
}
