package org.mutualis.servicefinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.PageCalls.body;
import static org.mutualis.PageCalls.call;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StudyCodes;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.servicedesk.TrainingFixture;
import org.mutualis.servicefinance.domain.costs.ChargeCategory;
import org.mutualis.shared.Clocks;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The alternatives' page, workbook and API, and the size classes' pages, as the steering committee
 * and the administrator use them: the empty states (no unit cost, no size class) saying what to
 * do, the classes set on one form (every problem shown, nothing saved) and removed after
 * confirmation, the table with each difference and the totals, and a correspondent refused.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class AlternativesPagesTests {

    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2016-01-15T08:00:00Z"), Clocks.ZONE);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Conventions conventions;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    UnitCosts unitCosts;

    @Autowired
    UnitRecords records;

    @Autowired
    SubscriptionClasses classes;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    TerritorySummary territory;
    CurrentUser admin;
    long botsorhel;
    long backup;

    @BeforeEach
    void data() {
        territory = TrainingFixture.territory(territories);
        admin = TestUsers.create(accounts, Role.ADMIN);
        botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        backup = catalogue.services(territory.id()).stream()
                .filter(s -> s.code().equals("sauvegarde"))
                .findFirst()
                .orElseThrow()
                .id();
        conventions.create(
                territory.id(),
                FinanceFixture.convention(botsorhel, LocalDate.of(2014, 6, 1), 3, backup, "100"),
                admin);
        records.addManual(
                botsorhel,
                new ManualUnitForm(backup, LocalDate.of(2015, 6, 1), new BigDecimal("40"), "Relevé du serveur"),
                admin);
    }

    private MockHttpServletRequestBuilder page(String path) {
        return get(path).param("territory", "" + territory.id()).param("year", "2015");
    }

    @Test
    void theEmptyStatesSayWhatToDoThenTheTableShowsEachDifferenceAndTheTotals() throws Exception {
        var blocked = call(mvc, page("/servicefinance/alternatives"), admin);
        assertThat(blocked.getStatus()).isEqualTo(200);
        assertThat(body(blocked))
                .contains("ne peut pas être établie", "n’est pas encore calculé", "Calculer les coûts unitaires")
                .doesNotContain("alternatives.ods");
        assertThat(call(mvc, page("/servicefinance/alternatives.ods"), admin).getStatus())
                .isEqualTo(422);

        // 1,000 € over 100 GB forecast: 10 € per GB; Botsorhel recorded 40 GB.
        unitCosts.create(
                territory.id(),
                new UnitCostForm(
                        backup,
                        2015,
                        2014,
                        List.of(new ChargeLineForm(ChargeCategory.STAFF, "6411 Salaires", new BigDecimal("1000"))),
                        List.of(),
                        null),
                admin);
        var noClasses = call(mvc, page("/servicefinance/alternatives"), admin);
        assertThat(body(noClasses)).contains("Aucune strate d’abonnement n’est fixée pour 2015", "inconnu", "400,00 €");

        var list = call(mvc, page("/servicefinance/subscription-classes"), admin);
        assertThat(body(list))
                .contains("Aucune strate d’abonnement n’est fixée pour 2015", "Fixer les strates de l’année");
        var form = call(mvc, page("/servicefinance/subscription-classes/edit"), admin);
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(body(form)).contains("Exemple de bornes", "name=\"rows[3].populationFrom\" value=\"10 000\"");

        // Every problem at once, nothing saved.
        var refused = call(
                mvc,
                post("/servicefinance/subscription-classes")
                        .param("territory", "" + territory.id())
                        .param("year", "2015")
                        .param("rows[0].label", "Petites communes")
                        .param("rows[0].populationFrom", "0")
                        .param("rows[0].populationTo", "999")
                        .param("rows[0].annualFee", "-10")
                        .param("rows[1].label", "Grandes communes")
                        .param("rows[1].populationFrom", "2000")
                        .param("rows[1].annualFee", "1 500,00"),
                admin);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused))
                .contains("ne peut pas être négative", "Trou entre les strates", "de 1 000 à 1 999 habitants")
                .contains("value=\"Grandes communes\"");
        assertThat(classes.classes(territory.id(), 2015)).isEmpty();

        var saved = call(
                mvc,
                post("/servicefinance/subscription-classes")
                        .param("territory", "" + territory.id())
                        .param("year", "2015")
                        .param("rows[0].label", "Petites communes")
                        .param("rows[0].populationFrom", "0")
                        .param("rows[0].populationTo", "1999")
                        .param("rows[0].annualFee", "250")
                        .param("rows[1].label", "Grandes communes")
                        .param("rows[1].populationFrom", "2000")
                        .param("rows[1].annualFee", "1 500,00")
                        .param("rows[2].label", ""),
                admin);
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(body(call(mvc, get(saved.getRedirectedUrl()), admin)))
                .contains("Petites communes", "1 500,00 €", "sans limite");

        // Botsorhel: 400 € by units, 250 € by subscription (−150 €), 400 € by population (alone).
        var table = call(mvc, page("/servicefinance/alternatives"), TestUsers.create(accounts, Role.ELECTED));
        assertThat(table.getStatus()).isEqualTo(200);
        assertThat(body(table))
                .contains("Botsorhel", "400,00 €", "250,00 €", "-150,00 €", "Strate « Petites communes »")
                .contains("<tfoot>", "Méthode", "Redevance annuelle de la strate")
                .contains("alternatives.ods");
        var ods = call(mvc, page("/servicefinance/alternatives.ods"), admin);
        assertThat(ods.getStatus()).isEqualTo(200);
        assertThat(ods.getContentType()).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(ods.getHeader("Content-Disposition")).contains("modes-de-financement-2015.ods");

        var api = call(
                mvc,
                get("/api/servicefinance/alternatives")
                        .param("territory", "" + territory.id())
                        .param("year", "2015"),
                admin);
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(body(api)).contains("\"alternative\":\"SUBSCRIPTION\"", "\"amount\":250");

        // Removal: a confirmation page first, then gone.
        var confirm = call(mvc, page("/servicefinance/subscription-classes/delete"), admin);
        assertThat(body(confirm)).contains("Supprimer les 2 strates de 2015", "name=\"version\" value=\"0\"");
        var removed = call(
                mvc,
                post("/servicefinance/subscription-classes/delete")
                        .param("territory", "" + territory.id())
                        .param("year", "2015")
                        .param("version", "0"),
                admin);
        assertThat(removed.getStatus()).isEqualTo(302);
        assertThat(classes.classes(territory.id(), 2015)).isEmpty();
    }

    @Test
    void theApiSetsTheClassesWithTheirVersionAndACorrespondentIsRefused() throws Exception {
        String json = "{\"rows\":[{\"label\":\"Toutes\",\"populationFrom\":0,\"annualFee\":300}]}";
        var created = call(
                mvc,
                put("/api/servicefinance/subscription-classes")
                        .param("territory", "" + territory.id())
                        .param("year", "2015")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json),
                admin);
        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(body(created)).contains("\"version\":0", "\"label\":\"Toutes\"");
        var stale = call(
                mvc,
                put("/api/servicefinance/subscription-classes")
                        .param("territory", "" + territory.id())
                        .param("year", "2015")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json),
                admin);
        assertThat(stale.getStatus()).isEqualTo(409);
        var overlapping = call(
                mvc,
                put("/api/servicefinance/subscription-classes")
                        .param("territory", "" + territory.id())
                        .param("year", "2015")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"rows\":[{\"label\":\"A\",\"populationFrom\":0,\"annualFee\":1},"
                                + "{\"label\":\"B\",\"populationFrom\":0,\"populationTo\":10,\"annualFee\":1}]}"),
                admin);
        assertThat(overlapping.getStatus()).isEqualTo(422);
        assertThat(body(overlapping)).contains("rows[1].populationFrom", "chevauche");

        CurrentUser secretary = TestUsers.correspondentOf(botsorhel);
        assertThat(call(mvc, page("/servicefinance/alternatives"), secretary).getStatus())
                .isEqualTo(403);
        assertThat(call(mvc, get("/api/servicefinance/subscription-classes").param("year", "2015"), secretary)
                        .getStatus())
                .isEqualTo(403);
        assertThat(call(
                                mvc,
                                delete("/api/servicefinance/subscription-classes")
                                        .param("territory", "" + territory.id())
                                        .param("year", "2015")
                                        .param("version", "0"),
                                TestUsers.create(accounts, Role.ANALYST))
                        .getStatus())
                .isEqualTo(403);
        assertThat(call(
                                mvc,
                                delete("/api/servicefinance/subscription-classes")
                                        .param("territory", "" + territory.id())
                                        .param("year", "2015")
                                        .param("version", "0"),
                                admin)
                        .getStatus())
                .isEqualTo(204);
    }
}
