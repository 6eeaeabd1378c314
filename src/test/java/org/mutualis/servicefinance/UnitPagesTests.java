package org.mutualis.servicefinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.PageCalls.body;
import static org.mutualis.PageCalls.call;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StudyCodes;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.servicedesk.TrainingFixture;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The unit costs' and recorded units' pages and API as the administrator and the correspondents use
 * them: an excluded expense refused on the page and in the API with the article's text and the
 * line named (nothing stored), no unit cost without a forecast, the figure explained, a late
 * communication flagged « en retard », a manual entry refused without its justification, and a
 * neighbour's units answered 404.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class UnitPagesTests {

    static final String ARTICLE = "à l’exclusion de toute autre dépense non strictement liée";

    @Autowired
    MockMvc mvc;

    @Autowired
    Conventions conventions;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    UnitCosts unitCosts;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    TerritorySummary territory;
    CurrentUser admin;
    long botsorhel;
    long plougonven;
    long assistance;

    @BeforeEach
    void data() {
        territory = TrainingFixture.territory(territories);
        admin = TestUsers.create(accounts, Role.ADMIN);
        botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        plougonven = TrainingFixture.collectivity(territories, territory, StudyCodes.PLOUGONVEN);
        assistance = catalogue.services(territory.id()).stream()
                .filter(s -> s.code().equals("assistance"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private MockHttpServletRequestBuilder costPost() {
        return post("/servicefinance/unit-costs")
                .param("territory", "" + territory.id())
                .param("serviceId", "" + assistance)
                .param("year", "2015")
                .param("accountsYear", "2014")
                .param("charges[0].category", "STAFF")
                .param("charges[0].account", "6411 Personnel titulaire")
                .param("charges[0].amount", "98 000")
                .param("charges[1].category", "")
                .param("charges[1].account", "")
                .param("charges[1].amount", "")
                .param("updates[0].category", "STAFF")
                .param("updates[0].amount", "104 000,00")
                .param("updates[0].reason", "Recrutement au 1er mars");
    }

    @Test
    void thePageRefusesAnExcludedExpenseWithTheArticleThenComputesAndExplainsTheUnitCost() throws Exception {
        var form = call(mvc, get("/servicefinance/unit-costs/new").param("territory", "" + territory.id()), admin);
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(body(form)).contains("charges[0].account", "Charges financières");

        var noForecast = call(mvc, costPost(), admin);
        assertThat(noForecast.getStatus()).isEqualTo(422);
        assertThat(body(noForecast)).contains("pas de coût unitaire sans prévision");

        conventions.create(
                territory.id(),
                FinanceFixture.convention(botsorhel, LocalDate.of(2014, 1, 1), 3, assistance, "2000"),
                admin);
        var excluded = call(
                mvc,
                costPost()
                        .param("charges[2].category", "FINANCIAL_CHARGES")
                        .param("charges[2].account", "66111 Intérêts des emprunts")
                        .param("charges[2].amount", "3 000"),
                admin);
        assertThat(excluded.getStatus()).isEqualTo(422);
        assertThat(body(excluded)).contains("Ligne 3", "66111 Intérêts des emprunts", ARTICLE);
        assertThat(unitCosts.rates(territory.id(), 2015)).isEmpty();

        var saved = call(mvc, costPost(), admin);
        assertThat(saved.getStatus()).isEqualTo(302);
        var page = call(mvc, get(saved.getRedirectedUrl()), TestUsers.correspondentOf(plougonven));
        assertThat(page.getStatus()).isEqualTo(200);
        // 104 000 € ÷ 2 000 tickets = 52 € per ticket; the budget's update and the exclusions said.
        assertThat(body(page)).contains("52,0000", "Recrutement au 1er mars", "6411 Personnel titulaire", ARTICLE);
        assertThat(body(page)).doesNotContain("Botsorhel");
    }

    @Test
    void theApiRefusesAnExcludedExpenseWithAProblemDocumentNamingTheLine() throws Exception {
        conventions.create(
                territory.id(),
                FinanceFixture.convention(botsorhel, LocalDate.of(2014, 1, 1), 3, assistance, "2000"),
                admin);
        String json = "{\"serviceId\":" + assistance + ",\"year\":2015,\"accountsYear\":2014,\"charges\":["
                + "{\"category\":\"STAFF\",\"account\":\"6411\",\"amount\":\"98 000\"},"
                + "{\"category\":\"GENERAL_OVERHEADS\",\"account\":\"6228 Frais de siège\",\"amount\":500}]}";
        var refused = call(
                mvc,
                post("/api/servicefinance/unit-costs")
                        .param("territory", "" + territory.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json),
                admin);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("charges[1].category", "6228 Frais de siège", ARTICLE);

        var created = call(
                mvc,
                post("/api/servicefinance/unit-costs")
                        .param("territory", "" + territory.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.replace(
                                ",{\"category\":\"GENERAL_OVERHEADS\",\"account\":\"6228 Frais de siège\",\"amount\":500}",
                                "")),
                admin);
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(body(created)).contains("\"value\":49");
    }

    @Test
    void aLateCommunicationIsFlaggedOnThePageAndInTheApi() throws Exception {
        ConventionView convention = conventions.create(
                territory.id(),
                FinanceFixture.convention(botsorhel, LocalDate.of(2014, 1, 1), 3, assistance, "2000"),
                admin);
        var saved = call(
                mvc,
                post("/servicefinance/conventions/" + convention.id() + "/communication")
                        .param("year", "2015")
                        .param("communicatedOn", "02/04/2015")
                        .param("budgetAdoptedOn", "31/03/2015"),
                admin);
        assertThat(saved.getStatus()).isEqualTo(302);

        var page = call(
                mvc,
                get("/servicefinance/communications")
                        .param("territory", "" + territory.id())
                        .param("year", "2015"),
                TestUsers.correspondentOf(botsorhel));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(body(page)).contains("en retard", "02/04/2015", "31/03/2015");
        var api = call(
                mvc,
                get("/api/servicefinance/conventions/" + convention.id() + "/communication")
                        .param("year", "2015"),
                admin);
        assertThat(body(api)).contains("\"late\":true", "\"status\":\"LATE\"");
        assertThat(call(
                                mvc,
                                get("/api/servicefinance/conventions/" + convention.id() + "/communication")
                                        .param("year", "2015"),
                                TestUsers.correspondentOf(plougonven))
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aManualEntryWithoutJustificationIsRefusedOnThePageAndANeighbourGets404() throws Exception {
        var refused = call(
                mvc,
                post("/servicefinance/collectivities/" + botsorhel + "/units")
                        .param("serviceId", "" + assistance)
                        .param("usedOn", "15/06/2015")
                        .param("units", "3")
                        .param("justification", " "),
                admin);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("Justification");

        var added = call(
                mvc,
                post("/servicefinance/collectivities/" + botsorhel + "/units")
                        .param("serviceId", "" + assistance)
                        .param("usedOn", "15/06/2015")
                        .param("units", "3")
                        .param("justification", "Assistance sur site lors du déménagement de la mairie"),
                admin);
        assertThat(added.getStatus()).isEqualTo(302);

        var own = call(
                mvc,
                get("/servicefinance/collectivities/" + botsorhel + "/units").param("year", "2015"),
                TestUsers.correspondentOf(botsorhel));
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(body(own)).contains("déménagement de la mairie", ">3</td>");
        assertThat(call(
                                mvc,
                                get("/servicefinance/collectivities/" + botsorhel + "/units")
                                        .param("year", "2015"),
                                TestUsers.correspondentOf(plougonven))
                        .getStatus())
                .isEqualTo(404);
        var api = call(
                mvc,
                get("/api/servicefinance/collectivities/" + botsorhel + "/units")
                        .param("year", "2015"),
                TestUsers.someone(Role.ANALYST));
        assertThat(body(api)).contains("\"source\":\"MANUAL\"", "\"units\":3");
    }
}
