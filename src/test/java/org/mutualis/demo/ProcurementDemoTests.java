package org.mutualis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.assessment.AssessmentView;
import org.mutualis.assessment.Assessments;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.savings.OfferView;
import org.mutualis.savings.Offers;
import org.mutualis.savings.Scenarios;
import org.mutualis.savings.TerritorySavings;
import org.mutualis.savings.domain.ScenarioOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The demo carries the study's offers, scenarios and procurements 2012–2015, and an assessment. */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.demo.enabled=true")
class ProcurementDemoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Offers offers;

    @Autowired
    TerritorySavings savings;

    @Autowired
    Scenarios scenarios;

    @Autowired
    Procurements procurements;

    @Autowired
    Assessments assessments;

    @Test
    void theStudysOffersComeBackWithTheirPercentages() {
        CurrentUser admin = account("admin");
        List<OfferView> all = offers.ofTerritory(territory(admin), admin);
        assertThat(all).hasSize(14);
        List<String> percents = all.stream()
                .map(o -> savings.engine().compare(o.currentPrice(), o.toCore()))
                .map(s -> s.costIncrease()
                        ? "+" + s.costIncreasePercent(1).toPlainString()
                        : s.wholePercent().value().toPlainString())
                .toList();
        assertThat(percents)
                .contains("28", "16", "45", "40", "9", "31", "18", "11", "5", "+8.8")
                .filteredOn("18"::equals)
                .hasSize(2);
    }

    @Test
    void theFourScenariosThreeProcurementsAndTheHardwareAssessmentAreThere() {
        CurrentUser admin = account("admin");
        long territory = territory(admin);
        Map<String, ScenarioOutcome> outcomes = scenarios.compare(territory, null, admin).outcomes().stream()
                .collect(Collectors.toMap(o -> o.plan().code(), o -> o));
        assertThat(outcomes).containsOnlyKeys("GROUPEMENT", "ACCORD_CADRE", "SERVEURS", "AUTONOME");

        List<ProcurementView> planned =
                procurements.list(territory, null, admin).procurements();
        assertThat(planned)
                .extracting(ProcurementView::theme)
                .containsExactlyInAnyOrder("HARDWARE", "PRINTING", "TELECOM");
        ProcurementView hardware = planned.stream()
                .filter(p -> p.theme().equals("HARDWARE"))
                .findFirst()
                .orElseThrow();
        AssessmentView assessment = assessments.of(hardware.id(), null, admin);
        assertThat(assessment.linked())
                .singleElement()
                .satisfies(l -> assertThat(l.awardedSupplier()).contains(ProcurementDemo.INVENTED));
        assertThat(assessment.assessment().total().obtained()).isNotNull();
        assertThat(assessment.assessment().total().gap().oneOff().value()).isPositive();
        // The study's Dell offer (500 € HT, a longer warranty) cost more than some members paid; the
        // invented award at 450 € HT turns the purchase into a saving.
        assertThat(assessment.assessment().total().expected().oneOff().value()).isNegative();
        assertThat(assessment.assessment().total().obtained().oneOff().value()).isPositive();
    }

    @Test
    void everyNewPageOfTheDemoAnswersForEachRole() throws Exception {
        long hardware = procurements.list(null, null, account("admin")).procurements().stream()
                .filter(p -> p.theme().equals("HARDWARE"))
                .findFirst()
                .orElseThrow()
                .id();
        long offer = offers.ofTerritory(territory(account("admin")), account("admin"))
                .get(0)
                .id();
        for (String name : List.of("admin", "analyste", "botsorhel", "elu")) {
            mvc.perform(get("/").with(as(accounts, name)))
                    .andExpect(content().string(containsString("Acheter ensemble")))
                    .andExpect(content().string(containsString("/procurements/calendar")));
            // A copy's price keeps its four decimals; money keeps two.
            mvc.perform(get("/offers").with(as(accounts, name)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("0,0043 € HT")))
                    .andExpect(content().string(containsString("3 358,37 € TTC")));
            mvc.perform(get("/offers/{id}", offer).with(as(accounts, name))).andExpect(status().isOk());
            mvc.perform(get("/scenarios").with(as(accounts, name)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Collaboratif : accord-cadre")));
            mvc.perform(get("/procurements").with(as(accounts, name))).andExpect(status().isOk());
            mvc.perform(get("/procurements/calendar").with(as(accounts, name)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Matériel informatique 2012")));
            mvc.perform(get("/procurements/{id}/assessment", hardware).with(as(accounts, name)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Bilan existant / obtenu")));
            mvc.perform(get("/procurements/{id}/assessment.pdf", hardware).with(as(accounts, name)))
                    .andExpect(status().isOk());
            mvc.perform(get("/procurements/{id}/assessment.ods", hardware).with(as(accounts, name)))
                    .andExpect(status().isOk());
        }
        // Botsorhel belongs to the hardware procurement and sees its own line only.
        String token = accounts.issueToken(account("botsorhel").id(), "test").secret();
        mvc.perform(get("/api/procurements/{id}/assessment", hardware).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.assessment.items[0].lines", hasSize(1)))
                .andExpect(jsonPath("$.assessment.items[0].lines[0].collectivityName")
                        .value("Botsorhel"));
    }

    private long territory(CurrentUser user) {
        return procurements.list(null, null, user).territory().id();
    }

    private CurrentUser account(String name) {
        return accounts.find(name).orElseThrow();
    }
}
