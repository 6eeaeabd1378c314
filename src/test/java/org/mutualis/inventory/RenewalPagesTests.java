package org.mutualis.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.PageCalls;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.spreadsheet.GridLimits;
import org.mutualis.spreadsheet.OdsGridReader;
import org.mutualis.spreadsheet.SheetGrid;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pages of the end-of-support euros and of the renewal plan as their readers see them: the
 * commune's page and the territory's overview price the machines past their support with the
 * census's mean and say where it comes from; the plan per commune and per territory, its ODS and
 * its API; the synthesis's « Fin de support » section; a neighbour's correspondent is told the
 * commune's plan does not exist.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class RenewalPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    DeviceIngest ingest;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Accounts accounts;

    CensusFixture.Loaded study;
    long botsorhel;
    CurrentUser admin;

    @BeforeEach
    void data() {
        study = CensusFixture.study2012(territories, campaigns, files, false);
        botsorhel = study.collectivity(BOTSORHEL).id();
        admin = TestUsers.create(accounts, Role.ADMIN);
        LocalDateTime now = LocalDateTime.now().withNano(0);
        transactions.executeWithoutResult(status -> ingest.store(
                study.territory().id(),
                botsorhel,
                null,
                InventoryReports.taken(InventoryReports.desktop("pc-pages-01-2026", "SN-PAGES-01", List.of()), now),
                DeviceIngest.Origin.AGENT,
                null,
                "pages",
                now));
    }

    private String page(String path, CurrentUser user) throws Exception {
        MockHttpServletResponse r = PageCalls.call(mvc, get(path), user);
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return PageCalls.body(r);
    }

    @Test
    void theCommunesPageAndTheOverviewPriceTheMachinesPastTheirSupportAndSayHow() throws Exception {
        String commune = page("/inventory/collectivities/" + botsorhel, admin);
        assertThat(commune)
                .contains("Remplacer les postes hors support : en euros")
                .contains("Poste fixe")
                .contains("moyenne simple « Coût moyen d’acquisition d’un poste fixe »")
                .contains("/synthesis/figures/mean.avg_cost_desktop_eur_ht.simple")
                .contains("/inventory/collectivities/" + botsorhel + "/renewal");

        String overview = page("/inventory?territory=" + study.territory().id(), admin);
        assertThat(overview)
                .contains("Fins de support et coût de remplacement")
                .contains("/inventory/renewal?territory=" + study.territory().id());
    }

    @Test
    void theRenewalPlanShowsItsYearsItsWaveAndEachMachinesReason() throws Exception {
        String plan = page("/inventory/collectivities/" + botsorhel + "/renewal", admin);
        int next = java.time.LocalDate.now().getYear() + 1;
        assertThat(plan)
                .contains("Plan de renouvellement : Botsorhel")
                .contains("Année par année")
                .contains("La vague de migration forcée par les fins de support")
                .contains("BIOS du 12/06/2017")
                .contains("Déjà dû : compté la première année du plan, " + next)
                .contains("PC-MAIRIE-01")
                .contains("" + next)
                .contains("TVA 20 %");

        String territory =
                page("/inventory/renewal?territory=" + study.territory().id(), admin);
        assertThat(territory).contains("Par collectivité").contains("Botsorhel");

        MockHttpServletResponse api =
                PageCalls.call(mvc, get("/api/inventory/collectivities/" + botsorhel + "/renewal"), admin);
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getContentAsString()).contains("\"firstYear\":" + next).contains("\"costTtc\"");
        MockHttpServletResponse exposure = PageCalls.call(
                mvc,
                get("/api/inventory/exposure")
                        .param("territory", "" + study.territory().id()),
                admin);
        assertThat(exposure.getContentAsString()).contains("\"eurosHt\"");
    }

    @Test
    void theOdsDownloadIsAWorkbookForTheBudget() throws Exception {
        MockHttpServletResponse ods = PageCalls.call(
                mvc,
                get("/inventory/renewal.ods")
                        .param("territory", "" + study.territory().id()),
                admin);

        assertThat(ods.getStatus()).isEqualTo(200);
        assertThat(ods.getContentType()).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(ods.getHeader("Content-Disposition")).contains("plan-de-renouvellement-");
        List<SheetGrid> sheets =
                OdsGridReader.readAll(new ByteArrayInputStream(ods.getContentAsByteArray()), GridLimits.defaults());
        assertThat(sheets).extracting(SheetGrid::name).containsExactly("Plan", "Collectivités", "Postes", "Méthode");
        assertThat(sheets.get(1).rows()).anySatisfy(r -> assertThat(r.cell(0)).isEqualTo("Botsorhel"));
        assertThat(RenewalPlans.YEARS).isEqualTo(5);
    }

    @Test
    void theSynthesisShowsTheEndOfSupportWithALinkToTheInventory() throws Exception {
        String synthesis = page("/campaigns/" + study.campaign().id() + "/synthesis", admin);
        assertThat(synthesis)
                .contains("Fin de support")
                .contains("/inventory?territory=" + study.territory().id())
                .contains("× Poste fixe ×");
    }

    @Test
    void aNeighboursCorrespondentIsToldThePlanDoesNotExist() throws Exception {
        CurrentUser neighbour =
                TestUsers.correspondentOf(study.collectivity(PLOUGONVEN).id());
        assertThat(PageCalls.call(mvc, get("/inventory/collectivities/" + botsorhel + "/renewal"), neighbour)
                        .getStatus())
                .isEqualTo(404);
        assertThat(PageCalls.call(mvc, get("/inventory/collectivities/" + botsorhel + "/renewal.ods"), neighbour)
                        .getStatus())
                .isEqualTo(404);
        String own = page("/inventory/renewal", neighbour);
        assertThat(own).doesNotContain("PC-MAIRIE-01");
        CurrentUser correspondent = TestUsers.correspondentOf(botsorhel);
        assertThat(page("/inventory/collectivities/" + botsorhel + "/renewal", correspondent))
                .contains("PC-MAIRIE-01");
    }
}
