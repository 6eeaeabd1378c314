package org.mutualis.servicefinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.PageCalls.body;
import static org.mutualis.PageCalls.call;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The catalogue's and the conventions' pages and API as the administrator and the correspondents
 * use them: a convention form refused for a missing or negative forecast (the field says so, the
 * page keeps what was typed), the renewal date shown, the list paged and searched, unknown and
 * other collectivités' ids answered 404, the API's problem documents.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class FinancePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Conventions conventions;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    java.time.Clock clock;

    TerritorySummary territory;
    CurrentUser admin;
    long botsorhel;
    long plougonven;
    long backup;

    @BeforeEach
    void data() {
        territory = TrainingFixture.territory(territories);
        admin = TestUsers.create(accounts, Role.ADMIN);
        botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        plougonven = TrainingFixture.collectivity(territories, territory, StudyCodes.PLOUGONVEN);
        backup = catalogue.services(territory.id()).get(0).id();
    }

    private MockHttpServletRequestBuilder conventionPost() {
        return post("/servicefinance/conventions")
                .param("territory", "" + territory.id())
                .param("collectivityId", "" + botsorhel)
                .param("kind", "SERVICE_MADE_AVAILABLE")
                .param("signedOn", "01/01/2015")
                .param("deliberationRef", "D-2014-12")
                .param("deliberationOn", "2014-12-12")
                .param("durationYears", "3")
                .param("costMethod", "D5211_16_UNITS")
                .param("subscriptions[0].serviceId", "" + backup)
                .param("_subscriptions[0].subscribed", "on")
                .param("subscriptions[0].subscribed", "true");
    }

    @Test
    void theAdministratorRecordsAConventionAndSeesItsRenewalDate() throws Exception {
        var form = call(mvc, get("/servicefinance/conventions/new").param("territory", "" + territory.id()), admin);
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(body(form)).contains("Sauvegarde mutualisée des données", "subscriptions[0].forecastUnits");

        var saved = call(mvc, conventionPost().param("subscriptions[0].forecastUnits", "1 200,5"), admin);
        assertThat(saved.getStatus()).isEqualTo(302);
        long id = Long.parseLong(
                saved.getRedirectedUrl().substring(saved.getRedirectedUrl().lastIndexOf('/') + 1));

        var page = call(mvc, get("/servicefinance/conventions/" + id), admin);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(body(page))
                .contains("Convention de Botsorhel", "Mise à disposition de service", "01/01/2018", "3 ans")
                .contains("Go stocké");
        assertThat(conventions.get(id, admin).subscriptions().get(0).forecastUnits())
                .isEqualByComparingTo("1200.5");
    }

    @Test
    void aConventionWithoutForecastIsRefusedOnItsFieldAndNothingIsStored() throws Exception {
        var missing = call(mvc, conventionPost(), admin);
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(body(missing))
                .contains("Prévision d’usage de « Sauvegarde mutualisée des données » : obligatoire")
                .contains("aria-invalid=\"true\"");

        var negative = call(mvc, conventionPost().param("subscriptions[0].forecastUnits", "-4"), admin);
        assertThat(negative.getStatus()).isEqualTo(422);
        assertThat(body(negative)).contains("doit être supérieure à zéro (-4)").contains("value=\"-4\"");

        var unreadable = call(mvc, conventionPost().param("subscriptions[0].forecastUnits", "douze"), admin);
        assertThat(unreadable.getStatus()).isEqualTo(422);
        assertThat(body(unreadable)).contains("« douze » n’est pas un nombre");

        var none = call(
                mvc,
                post("/servicefinance/conventions")
                        .param("territory", "" + territory.id())
                        .param("collectivityId", "" + botsorhel)
                        .param("kind", "SUBSCRIPTION")
                        .param("signedOn", "2015-01-01")
                        .param("durationYears", "0")
                        .param("costMethod", "FLAT_SUBSCRIPTION"),
                admin);
        assertThat(none.getStatus()).isEqualTo(422);
        assertThat(body(none)).contains("cochez au moins un service", "Durée (années) : 1 au moins.");
        assertThat(conventions.ofTerritory(territory.id())).isEmpty();
    }

    @Test
    void theApiRefusesAConventionWithoutForecastWithAProblemDocumentNamingTheField() throws Exception {
        String json = "{\"collectivityId\":" + botsorhel + ",\"kind\":\"SUBSCRIPTION\",\"signedOn\":\"2015-01-01\","
                + "\"durationYears\":3,\"costMethod\":\"FLAT_SUBSCRIPTION\","
                + "\"subscriptions\":[{\"serviceId\":" + backup + ",\"forecastUnits\":-2}]}";
        var refused = call(
                mvc,
                post("/api/servicefinance/conventions")
                        .param("territory", "" + territory.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json),
                admin);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("subscriptions[0].forecastUnits", "supérieure à zéro");

        var created = call(
                mvc,
                post("/api/servicefinance/conventions")
                        .param("territory", "" + territory.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.replace("-2", "12")),
                admin);
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(body(created)).contains("\"renewalOn\":\"2018-01-01\"");
    }

    @Test
    void aCorrespondentReadsTheirConventionAndGets404ForAnotherOrAnUnknownOne() throws Exception {
        ConventionView own = conventions.create(
                territory.id(), FinanceFixture.convention(botsorhel, LocalDate.of(2015, 1, 1), 3, backup, "10"), admin);
        ConventionView theirs = conventions.create(
                territory.id(),
                FinanceFixture.convention(plougonven, LocalDate.of(2015, 1, 1), 3, backup, "10"),
                admin);
        CurrentUser correspondent = TestUsers.create(accounts, Role.CORRESPONDENT, botsorhel);

        assertThat(call(mvc, get("/servicefinance/conventions/" + own.id()), correspondent)
                        .getStatus())
                .isEqualTo(200);
        var other = call(mvc, get("/servicefinance/conventions/" + theirs.id()), correspondent);
        var unknown = call(mvc, get("/servicefinance/conventions/987654321"), correspondent);
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(call(mvc, get("/api/servicefinance/conventions/" + theirs.id()), correspondent)
                        .getStatus())
                .isEqualTo(404);
        var list = call(mvc, get("/servicefinance/conventions"), correspondent);
        assertThat(body(list)).contains("Botsorhel").doesNotContain("Plougonven");
        assertThat(call(mvc, get("/servicefinance/conventions/" + own.id() + "/edit"), correspondent)
                        .getStatus())
                .isEqualTo(403);
        assertThat(call(mvc, get("/servicefinance/services"), TestUsers.create(accounts, Role.TECHNICIAN))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theListOfConventionsIsPagedAndSearched() throws Exception {
        List<CollectivityView> members = territories.collectivities(territory.id());
        for (CollectivityView c : members.subList(0, 27)) {
            conventions.create(
                    territory.id(),
                    FinanceFixture.convention(c.id(), LocalDate.of(2015, 1, 1), 3, backup, "10"),
                    admin);
        }

        var first = call(mvc, get("/servicefinance/conventions").param("territory", "" + territory.id()), admin);
        assertThat(body(first)).contains("27 conventions", "1–25 sur 27", "rel=\"next\"");
        var second = call(
                mvc,
                get("/servicefinance/conventions")
                        .param("territory", "" + territory.id())
                        .param("page", "2"),
                admin);
        assertThat(body(second)).contains("26–27 sur 27");
        String name = members.get(3).name();
        var found = call(
                mvc,
                get("/servicefinance/conventions")
                        .param("territory", "" + territory.id())
                        .param("q", name.toUpperCase(java.util.Locale.ROOT)),
                admin);
        assertThat(body(found)).contains(name);
        assertThat(conventions.page(territory.id(), name, 1, admin).page().total())
                .isGreaterThanOrEqualTo(1);
        assertThat(call(
                                mvc,
                                get("/servicefinance/conventions")
                                        .param("territory", "" + territory.id())
                                        .param("page", "0"),
                                admin)
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void theTerritorysPageListsTheRenewalsDueAndTheAdministratorChoosesTheForm() throws Exception {
        LocalDate today = LocalDate.now(clock);
        conventions.create(
                territory.id(),
                FinanceFixture.convention(botsorhel, today.minusYears(3).plusDays(40), 3, backup, "10"),
                admin);

        var home = call(mvc, get("/servicefinance").param("territory", "" + territory.id()), admin);
        assertThat(home.getStatus()).isEqualTo(200);
        assertThat(body(home))
                .contains("Conventions à renouveler dans les 90 jours", "Botsorhel")
                .contains("CGCT, article L5211-4-2");

        var saved = call(
                mvc,
                post("/servicefinance/settings")
                        .param("territory", "" + territory.id())
                        .param("pairForm", "PAIR_COMMON_SERVICE")
                        .param("communesForm", "COMMUNES_SERVICE_MADE_AVAILABLE")
                        .param("reminderDays", "30")
                        .param("version", "0"),
                admin);
        assertThat(saved.getStatus()).isEqualTo(302);
        var after = call(mvc, get("/servicefinance").param("territory", "" + territory.id()), admin);
        assertThat(body(after))
                .contains("Conventions à renouveler dans les 30 jours", "Aucune convention à renouveler")
                .contains("article D5211-16");

        var refused = call(
                mvc,
                post("/servicefinance/settings")
                        .param("territory", "" + territory.id())
                        .param("reminderDays", "-1")
                        .param("version", "1"),
                admin);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(call(
                                mvc,
                                post("/servicefinance/settings")
                                        .param("territory", "" + territory.id())
                                        .param("reminderDays", "30")
                                        .param("version", "1"),
                                TestUsers.create(accounts, Role.ANALYST))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theAdministratorRetiresAServiceAfterConfirming() throws Exception {
        var confirm = call(mvc, get("/servicefinance/services/" + backup + "/retire"), admin);
        assertThat(confirm.getStatus()).isEqualTo(200);
        assertThat(body(confirm)).contains("Retirer « Sauvegarde mutualisée des données » du catalogue ?");
        assertThat(catalogue.find(backup).retired()).isFalse();

        assertThat(call(mvc, post("/servicefinance/services/" + backup + "/retire"), admin)
                        .getStatus())
                .isEqualTo(302);
        assertThat(catalogue.find(backup).retired()).isTrue();
        var list = call(mvc, get("/servicefinance/services").param("territory", "" + territory.id()), admin);
        assertThat(body(list)).contains("retiré", "Proposer de nouveau");
        assertThat(call(mvc, get("/servicefinance/services/987654321/edit"), admin)
                        .getStatus())
                .isEqualTo(404);

        var bad = call(
                mvc,
                post("/servicefinance/services")
                        .param("territory", "" + territory.id())
                        .param("label", "")
                        .param("unit", "PAR_HEURE"),
                admin);
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(body(bad)).contains("Unité de fonctionnement : « PAR_HEURE » n’est pas une valeur possible.");
    }
}
