package org.mutualis.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mutualis.identity.TestUsers.as;
import static org.mutualis.inventory.InventoryReports.desktop;
import static org.mutualis.inventory.InventoryReports.software;
import static org.mutualis.inventory.InventoryReports.taken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StudyCodes;
import org.mutualis.analysis.CampaignSyntheses;
import org.mutualis.analysis.domain.CountResult;
import org.mutualis.analysis.domain.FigureTerm;
import org.mutualis.census.AnswerChange;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.AnswerSource;
import org.mutualis.census.AnswerSubmission;
import org.mutualis.census.CampaignInventory;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.InventoryTaking;
import org.mutualis.census.ResponseStatus;
import org.mutualis.census.ResponseView;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.questionnaire.AnswerRejectedException;
import org.mutualis.shared.AnswerValue;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Census from inventory (issue 15, item 6) on the 2012 study's campaign: a commune that did not
 * answer but has agents finds its answers pre-filled with their source; its correspondent confirms
 * them or corrects one with a reason; the synthesis tells the inventoried part of each total from
 * the declared and extrapolated ones. A response already given is left alone.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class CensusFromInventoryTests {

    @Autowired
    MockMvc mvc;

    /** A commune of the territory that did not answer the 2012 census. */
    static final String LANMEUR = "29113";

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    CampaignInventory inventory;

    @Autowired
    CampaignSyntheses syntheses;

    @Autowired
    DeviceIngest ingest;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Accounts accounts;

    CensusFixture.Loaded study;
    CollectivityView lanmeur;
    CollectivityView botsorhel;
    CurrentUser correspondent;
    final LocalDateTime reported = LocalDateTime.of(2026, 11, 30, 9, 0);

    @BeforeEach
    void data() {
        study = CensusFixture.study2012(territories, campaigns, files, false);
        lanmeur = study.collectivity(LANMEUR);
        botsorhel = study.collectivity(StudyCodes.BOTSORHEL);
        // three desktops, two of them with Office 2010; one in Botsorhel, which already answered
        for (int i = 1; i <= 3; i++) {
            send(
                    lanmeur,
                    desktop(
                            "lanmeur-pc-0" + i,
                            "LANMEUR000" + i,
                            i <= 2
                                    ? List.of(software("Microsoft Office Professionnel Plus 2010", "14.0.4763.1000"))
                                    : List.of(software("Mozilla Firefox", "128.0"))));
        }
        send(botsorhel, desktop("botsorhel-pc-01", "BOTS0001", List.of()));
        correspondent = TestUsers.create(accounts, Role.CORRESPONDENT, lanmeur.id());
    }

    private void send(CollectivityView c, InventoryReport report) {
        transactions.executeWithoutResult(status -> ingest.store(
                study.territory().id(),
                c.id(),
                null,
                taken(report, reported),
                DeviceIngest.Origin.AGENT,
                null,
                report.deviceId(),
                reported));
    }

    private long campaign() {
        return study.campaign().id();
    }

    @Test
    void theCountsArePrefilledWithTheirSourceAndAGivenResponseIsLeftAlone() {
        InventoryTaking taking = inventory.take(campaign(), CensusFixture.STAFF);

        assertThat(taking.collectivities()).isEqualTo(1);
        assertThat(taking.given()).containsExactly(botsorhel.name());
        ResponseView response = campaigns.response(campaign(), lanmeur.id(), correspondent);
        assertThat(response.status()).isEqualTo(ResponseStatus.IN_PROGRESS);
        assertThat(response.answers().get("desktops_excl_schools")).isEqualTo(AnswerValue.of(3));
        assertThat(response.answers().get("laptops_excl_schools")).isEqualTo(AnswerValue.of(0));
        assertThat(response.answers().get("office_2010")).isEqualTo(AnswerValue.of(2));
        assertThat(response.answers()).doesNotContainKey("avg_cost_desktop_eur_ht");
        Map<String, AnswerSource> sources = inventory.sources(campaign(), lanmeur.id(), correspondent);
        assertThat(sources.get("desktops_excl_schools").devices()).isEqualTo(3);
        // the 2012 census date is long before the agents' first report: their first state counts
        assertThat(sources.get("desktops_excl_schools").snapshotAt().toLocalDate())
                .isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(campaigns.history(campaign(), lanmeur.id(), correspondent))
                .filteredOn(h -> h.questionCode().equals("desktops_excl_schools"))
                .extracting(AnswerChange::reason)
                .singleElement()
                .asString()
                .startsWith("inventaire au 2012-03-01");
        // Botsorhel's given answer is untouched: 1 desktop as declared in 2012
        assertThat(campaigns
                        .response(campaign(), botsorhel.id(), CensusFixture.STAFF)
                        .answers()
                        .get("desktops_excl_schools"))
                .isEqualTo(AnswerValue.of(1));
    }

    private Map<String, String> shown(long collectivityId) {
        Map<String, String> values = new LinkedHashMap<>();
        campaigns
                .response(campaign(), collectivityId, CensusFixture.STAFF)
                .answers()
                .forEach((code, value) -> values.put(code, value.display()));
        return values;
    }

    @Test
    void aCorrectionNeedsItsReasonAndKeepsIt() {
        inventory.take(campaign(), CensusFixture.STAFF);
        long version =
                campaigns.response(campaign(), lanmeur.id(), correspondent).version();
        Map<String, String> values = shown(lanmeur.id());
        values.put("desktops_excl_schools", "4");

        assertThatThrownBy(() -> campaigns.save(
                        campaign(), lanmeur.id(), new AnswerSubmission(values, null, version), correspondent))
                .isInstanceOfSatisfying(
                        AnswerRejectedException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("desktops_excl_schools"));
        assertThat(campaigns
                        .response(campaign(), lanmeur.id(), correspondent)
                        .answers()
                        .get("desktops_excl_schools"))
                .isEqualTo(AnswerValue.of(3));

        campaigns.save(
                campaign(),
                lanmeur.id(),
                new AnswerSubmission(
                        values,
                        null,
                        version,
                        Map.of("desktops_excl_schools", "Le poste de l'accueil n'a pas d'agent")),
                correspondent);

        assertThat(campaigns
                        .response(campaign(), lanmeur.id(), correspondent)
                        .answers()
                        .get("desktops_excl_schools"))
                .isEqualTo(AnswerValue.of(4));
        assertThat(campaigns.history(campaign(), lanmeur.id(), correspondent).get(0))
                .satisfies(h -> {
                    assertThat(h.before()).isEqualTo("3");
                    assertThat(h.after()).isEqualTo("4");
                    assertThat(h.reason()).isEqualTo("Le poste de l'accueil n'a pas d'agent");
                });
        // saved again unchanged, the corrected answer needs no second reason
        long next = campaigns.response(campaign(), lanmeur.id(), correspondent).version();
        campaigns.save(campaign(), lanmeur.id(), new AnswerSubmission(values, null, next), correspondent);
    }

    @Test
    void takingAgainRefreshesOnlyWhatIsStillTheInventorys() {
        inventory.take(campaign(), CensusFixture.STAFF);
        long version =
                campaigns.response(campaign(), lanmeur.id(), correspondent).version();
        Map<String, String> values = shown(lanmeur.id());
        values.put("office_2010", "5");
        campaigns.save(
                campaign(),
                lanmeur.id(),
                new AnswerSubmission(values, null, version, Map.of("office_2010", "licences en volume")),
                correspondent);
        send(lanmeur, desktop("lanmeur-pc-04", "LANMEUR0004", List.of()));

        InventoryTaking again = inventory.take(campaign(), CensusFixture.STAFF);

        Map<String, AnswerValue> answers =
                campaigns.response(campaign(), lanmeur.id(), correspondent).answers();
        assertThat(answers.get("desktops_excl_schools")).isEqualTo(AnswerValue.of(4));
        assertThat(answers.get("office_2010")).as("the correction stays").isEqualTo(AnswerValue.of(5));
        assertThat(again.kept()).isEqualTo(1);
        assertThat(inventory
                        .sources(campaign(), lanmeur.id(), correspondent)
                        .get("office_2010")
                        .display())
                .isEqualTo("2");
    }

    @Test
    void theSynthesisTellsTheInventoriedPartFromTheDeclaredAndExtrapolatedOnes() {
        inventory.take(campaign(), CensusFixture.STAFF);
        long version =
                campaigns.response(campaign(), lanmeur.id(), correspondent).version();
        campaigns.submit(
                campaign(), lanmeur.id(), new AnswerSubmission(shown(lanmeur.id()), null, version), correspondent);

        CountResult desktops = syntheses
                .of(campaign())
                .synthesis()
                .count("desktops_excl_schools")
                .orElseThrow();

        CountResult.Parts parts = desktops.parts();
        assertThat(parts).isNotNull();
        assertThat(parts.inventoried().value()).isEqualByComparingTo("3");
        assertThat(parts.inventoried().terms())
                .extracting(FigureTerm::collectivityCode)
                .containsExactly(LANMEUR);
        assertThat(parts.declared().value())
                .isEqualByComparingTo(
                        desktops.raw().value().subtract(parts.inventoried().value()));
        assertThat(parts.declared().terms())
                .extracting(FigureTerm::collectivityCode)
                .doesNotContain(LANMEUR);
        assertThat(parts.extrapolated().value())
                .isEqualByComparingTo(
                        desktops.extrapolated().value().subtract(desktops.raw().value()));
    }

    @Test
    void aCorrectedAnswerCountsAsDeclared() {
        inventory.take(campaign(), CensusFixture.STAFF);
        long version =
                campaigns.response(campaign(), lanmeur.id(), correspondent).version();
        Map<String, String> values = shown(lanmeur.id());
        values.put("desktops_excl_schools", "4");
        campaigns.submit(
                campaign(),
                lanmeur.id(),
                new AnswerSubmission(values, null, version, Map.of("desktops_excl_schools", "un poste sans agent")),
                correspondent);

        CountResult desktops = syntheses
                .of(campaign())
                .synthesis()
                .count("desktops_excl_schools")
                .orElseThrow();

        assertThat(desktops.parts()).isNull();
        CountResult office =
                syntheses.of(campaign()).synthesis().count("office_2010").orElseThrow();
        assertThat(office.parts()).isNotNull();
        assertThat(office.parts().inventoried().value()).isEqualByComparingTo("2");
    }

    @Test
    void onlyTheEpcisStaffTakeItAndNotIntoAClosedCensus() {
        assertThatThrownBy(() -> inventory.take(campaign(), correspondent)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inventory.toTake(campaign(), correspondent)).isInstanceOf(AccessDeniedException.class);
        CurrentUser other = TestUsers.create(accounts, Role.CORRESPONDENT, botsorhel.id());
        assertThatThrownBy(() -> inventory.sources(campaign(), lanmeur.id(), other))
                .isInstanceOf(AccessDeniedException.class);

        campaigns.close(campaign(), CensusFixture.STAFF);

        assertThatThrownBy(() -> inventory.take(campaign(), CensusFixture.STAFF))
                .isInstanceOf(org.mutualis.shared.error.RejectedException.class);
    }

    @Test
    void aMachineBoughtAfterTheCensusDateIsNotCounted() {
        InventoryReport r = desktop("x", "S", List.of());
        InventoryReport bought = InventoryReports.purchased(r, LocalDate.of(2013, 1, 15));

        assertThat(CensusInventory.cameAfter(bought, LocalDate.of(2012, 3, 1))).isTrue();
        assertThat(CensusInventory.cameAfter(bought, LocalDate.of(2013, 1, 15))).isFalse();
        assertThat(CensusInventory.cameAfter(r, LocalDate.of(2012, 3, 1)))
                .as("a BIOS date is no proof of age")
                .isFalse();
    }

    @Test
    void theStaffTakeItFromThePagesAndTheCorrespondentSeesWhereEachValueComesFrom() throws Exception {
        CurrentUser analyst = TestUsers.create(accounts, Role.ANALYST);
        mvc.perform(get("/campaigns/{c}", campaign()).with(as(analyst)))
                .andExpect(content().string(containsString("/campaigns/" + campaign() + "/inventory")));
        mvc.perform(get("/campaigns/{c}/inventory", campaign()).with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rien de ce qu’une personne a saisi n’est écrasé")));
        InventoryTaking done = new InventoryTaking(1, 11, 0, List.of(botsorhel.name()), 27);
        mvc.perform(post("/campaigns/{c}/inventory", campaign())
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(redirectedUrl("/campaigns/" + campaign() + "/inventory"))
                .andExpect(flash().attribute("taking", done));
        // the summary it leaves is shown on the page after the redirect (checked in the browser:
        // MockMvc keeps no flash attribute across requests with the JDBC session)

        String page = "/campaigns/" + campaign() + "/responses/" + lanmeur.id();
        mvc.perform(get(page).with(as(correspondent)))
                .andExpect(content().string(containsString("L’inventaire compte 3 au 01/03/2012 (3 appareils).")))
                .andExpect(content().string(containsString("name=\"reason.desktops_excl_schools\"")));
        long version =
                campaigns.response(campaign(), lanmeur.id(), correspondent).version();
        var form = post(page).with(as(correspondent)).with(csrf()).param("version", String.valueOf(version));
        // the whole form, as the browser posts it: a field left blank would be a correction too
        Map<String, String> typed = shown(lanmeur.id());
        typed.put("desktops_excl_schools", "4");
        typed.forEach((code, value) -> form.param("a." + code, value));
        mvc.perform(form)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dites pourquoi vous la corrigez")));
        mvc.perform(form.param("reason.desktops_excl_schools", "Le poste de l’accueil n’a pas d’agent"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(as(correspondent)))
                .andExpect(content().string(containsString("Corrigé")))
                .andExpect(content().string(containsString("Le poste de l’accueil n’a pas d’agent")));
    }

    @Test
    void theSynthesisPageShowsThePartsOnceAnAnswerFromTheInventoryIsGiven() throws Exception {
        CurrentUser analyst = TestUsers.create(accounts, Role.ANALYST);
        String synthesis = "/campaigns/" + campaign() + "/synthesis";
        mvc.perform(post("/api/campaigns/{c}/inventory", campaign())
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.collectivities").value(1))
                .andExpect(jsonPath("$.given[0]").value(botsorhel.name()));
        mvc.perform(get(synthesis).with(as(analyst)))
                .andExpect(content().string(not(containsString("Part inventoriée, déclarée et extrapolée"))));
        mvc.perform(get("/api/campaigns/{c}/responses/{r}/inventory", campaign(), lanmeur.id())
                        .with(as(correspondent)))
                .andExpect(jsonPath("$.desktops_excl_schools.inventoriedValue").value(3))
                .andExpect(jsonPath("$.desktops_excl_schools.devices").value(3));
        long version =
                campaigns.response(campaign(), lanmeur.id(), correspondent).version();
        campaigns.submit(
                campaign(), lanmeur.id(), new AnswerSubmission(shown(lanmeur.id()), null, version), correspondent);

        mvc.perform(get(synthesis).with(as(analyst)))
                .andExpect(content().string(containsString("Part inventoriée, déclarée et extrapolée")))
                .andExpect(content().string(containsString("count.desktops_excl_schools.inventoried")));
        mvc.perform(get(synthesis + "/figures/count.desktops_excl_schools.extrapolated_part")
                        .with(as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Part extrapolée : total extrapolé − total brut")));
    }
}
