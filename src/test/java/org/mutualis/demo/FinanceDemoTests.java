package org.mutualis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.servicefinance.ConventionView;
import org.mutualis.servicefinance.Conventions;
import org.mutualis.servicefinance.FinanceSettingsView;
import org.mutualis.servicefinance.ServiceCatalogue;
import org.mutualis.servicefinance.SubscriptionView;
import org.mutualis.servicefinance.domain.ConventionKind;
import org.mutualis.servicefinance.domain.CostMethod;
import org.mutualis.servicefinance.domain.ServiceForm;
import org.mutualis.servicefinance.domain.UnitOfOperation;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's invented 2015 of the service's money side: the study's stage-4 choice 2 chosen and
 * said to be invented, eight conventions of 2015 with their forecasts sized to the communes, loaded
 * once; Botsorhel's correspondent sees Botsorhel's convention only.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.demo.enabled=true")
class FinanceDemoTests {

    static final List<String> EIGHT = List.of(
            "Morlaix",
            "Saint-Martin-des-Champs",
            "Plourin-lès-Morlaix",
            "Plougonven",
            "Taulé",
            "Carantec",
            "Guerlesquin",
            "Botsorhel");

    static final String ASSISTANCE = "Assistance de premier niveau et hotline";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    @Autowired
    Conventions conventions;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    FinanceDemo demo;

    @Autowired
    org.mutualis.servicefinance.UnitCosts unitCosts;

    @Autowired
    org.mutualis.servicefinance.Statements statements;

    @Test
    void the2015StatementsAreDrawnFromTheDesksWorkAndTheInventedUnitCosts() {
        TerritorySummary territory = territory();
        var rates = unitCosts.rates(territory.id(), 2015);
        assertThat(rates).isNotEmpty().allSatisfy(r -> assertThat(r.value()).isPositive());
        var drawn = statements.territory(territory.id(), 2015);
        assertThat(drawn).isNotEmpty();
        // The demo's 2015 tickets of Morlaix's first-level assistance are priced on its statement.
        assertThat(drawn)
                .filteredOn(st -> st.collectivityCode().equals("29151"))
                .singleElement()
                .satisfies(st -> {
                    assertThat(st.total()).isPositive();
                    assertThat(st.lines()).anyMatch(l -> l.use().source().startsWith("demande n° "));
                });
        // Loading again computes nothing twice.
        demo.load(territory, new CurrentUser(0, "demo", "Chargement de la démo", Role.ADMIN, null));
        assertThat(unitCosts.rates(territory.id(), 2015)).isEqualTo(rates);
    }

    @Test
    void theTerritoryChoseSubscriptionForTheCommunesAndSaysTheFiguresAreInvented() {
        CurrentUser elected = account("elu");
        FinanceSettingsView settings = catalogue.settings(territory().id(), elected);

        assertThat(settings.pairForm()).isEqualTo(ServiceForm.PAIR_COMMON_SERVICE);
        assertThat(settings.communesForm()).isEqualTo(ServiceForm.COMMUNES_SUBSCRIPTION);
        assertThat(settings.formNote()).contains("fictifs", "D5211-16", "mise à disposition");
        assertThat(catalogue.services(territory().id()))
                .extracting(s -> s.label())
                .contains("Assistance de premier niveau et hotline", "Formation des utilisateurs relais");
    }

    @Test
    void eightConventionsOf2015HoldForecastsSizedToTheirCommunes() {
        List<ConventionView> all = demoConventions(account("analyste"));

        assertThat(all).extracting(ConventionView::collectivityName).containsExactlyInAnyOrderElementsOf(EIGHT);
        for (ConventionView c : all) {
            assertThat(c.signedOn().getYear()).as(c.collectivityName()).isEqualTo(2015);
            assertThat(c.deliberationOn()).as(c.collectivityName()).isBefore(c.signedOn());
            assertThat(c.deliberationRef()).as(c.collectivityName()).startsWith("Délibération n° ");
            assertThat(c.durationYears()).isEqualTo(3);
            assertThat(c.renewalOn()).isEqualTo(c.signedOn().plusYears(3));
            assertThat(c.note()).contains("fictive");
            assertThat(c.subscriptions())
                    .as(c.collectivityName())
                    .extracting(SubscriptionView::unit)
                    .contains(
                            UnitOfOperation.TICKET,
                            UnitOfOperation.INTERVENTION_HOUR,
                            UnitOfOperation.TRAINING_DAY,
                            UnitOfOperation.WORKSTATION);
            assertThat(c.subscriptions())
                    .allSatisfy(s -> assertThat(s.forecastUnits()).isPositive());
        }
        Map<ConventionKind, List<String>> byKind = all.stream()
                .collect(Collectors.groupingBy(
                        ConventionView::kind,
                        Collectors.mapping(ConventionView::collectivityName, Collectors.toList())));
        assertThat(byKind.get(ConventionKind.SUBSCRIPTION)).hasSize(5);
        assertThat(byKind.get(ConventionKind.SERVICE_MADE_AVAILABLE))
                .containsExactlyInAnyOrder("Saint-Martin-des-Champs", "Plourin-lès-Morlaix");
        assertThat(byKind.get(ConventionKind.COMMON_SERVICE)).containsExactly("Morlaix");
        assertThat(all)
                .filteredOn(c -> c.kind() == ConventionKind.SERVICE_MADE_AVAILABLE)
                .allSatisfy(c -> assertThat(c.costMethod()).isEqualTo(CostMethod.D5211_16_UNITS));
        assertThat(all)
                .filteredOn(c -> c.kind() == ConventionKind.SUBSCRIPTION)
                .allSatisfy(c -> assertThat(c.costMethod()).isEqualTo(CostMethod.FLAT_SUBSCRIPTION));

        // The larger the commune, the more tickets and hours it forecasts.
        Map<String, Integer> population = territories.collectivities(territory().id()).stream()
                .filter(c -> c.population() != null)
                .collect(Collectors.toMap(CollectivityView::name, CollectivityView::population, (a, b) -> a));
        List<ConventionView> bySize = all.stream()
                .sorted(Comparator.comparing(c -> population.get(c.collectivityName())))
                .toList();
        for (String service : List.of(ASSISTANCE, "Support technique")) {
            List<BigDecimal> forecasts =
                    bySize.stream().map(c -> forecast(c, service)).toList();
            assertThat(forecasts).as("%s by population", service).isSortedAccordingTo(Comparator.naturalOrder());
        }
        ConventionView botsorhel = byName(all, "Botsorhel");
        ConventionView morlaix = byName(all, "Morlaix");
        assertThat(forecast(morlaix, ASSISTANCE))
                .isGreaterThan(forecast(botsorhel, ASSISTANCE).multiply(BigDecimal.TEN));
        // Morlaix's workstations are those it counted in the 2012 census (140 desktops, 12 laptops).
        assertThat(forecast(morlaix, "Serveurs bureautiques mutualisés")).isEqualByComparingTo("152");
    }

    @Test
    void loadingTheDemoAgainAddsNothing() {
        CurrentUser admin = account("admin");
        TerritorySummary territory = territory();
        List<ConventionView> before = conventions.ofTerritory(territory.id());
        FinanceSettingsView settingsBefore = catalogue.settings(territory.id(), admin);
        int services = catalogue.services(territory.id()).size();

        demo.load(territory, new CurrentUser(0, "demo", "Chargement de la démo", Role.ADMIN, null));

        assertThat(conventions.ofTerritory(territory.id())).isEqualTo(before);
        assertThat(catalogue.settings(territory.id(), admin)).isEqualTo(settingsBefore);
        assertThat(catalogue.services(territory.id())).hasSize(services);
    }

    @Test
    void botsorhelsCorrespondentSeesBotsorhelsConventionOnly() throws Exception {
        CurrentUser correspondent = account("botsorhel");

        List<ConventionView> seen =
                conventions.page(null, null, 1, correspondent).page().items();

        assertThat(seen).extracting(ConventionView::collectivityName).containsExactly("Botsorhel");
        String page = mvc.perform(get("/servicefinance/conventions").with(as(correspondent)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Botsorhel").doesNotContain("Guerlesquin", "Saint-Martin-des-Champs");
        long morlaix = byName(demoConventions(account("admin")), "Morlaix").id();
        assertThat(mvc.perform(get("/servicefinance/conventions/" + morlaix).with(as(correspondent)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private List<ConventionView> demoConventions(CurrentUser reader) {
        return conventions.page(territory().id(), null, 1, reader).page().items().stream()
                .filter(c -> c.signedOn().getYear() == 2015)
                .toList();
    }

    private static ConventionView byName(List<ConventionView> all, String name) {
        return all.stream()
                .filter(c -> c.collectivityName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static BigDecimal forecast(ConventionView convention, String service) {
        return convention.subscriptions().stream()
                .filter(s -> s.serviceLabel().equals(service))
                .map(SubscriptionView::forecastUnits)
                .findFirst()
                .orElseThrow();
    }

    private TerritorySummary territory() {
        return territories.all().stream()
                .filter(t -> t.epciSiren().equals(DemoLoader.EPCI_SIREN) && t.referenceYear() == 2012)
                .findFirst()
                .orElseThrow();
    }

    private CurrentUser account(String username) {
        return accounts.find(username).orElseThrow();
    }
}
