package org.mutualis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.Alternatives;
import org.mutualis.servicefinance.AlternativesView;
import org.mutualis.servicefinance.domain.sharing.AlternativeTotal;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's 2015 alternatives compared: the eight communes of the conventions, each under the
 * D5211-16 units, the invented subscription classes, and the same total shared by population and
 * by workstations — four filled columns; the elected official reads the page, the invented classes
 * labelled so.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.demo.enabled=true")
class FinanceDemoAlternativesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    @Autowired
    Alternatives alternatives;

    @Test
    void the2015AlternativesShowFourFilledColumnsForTheEightCommunes() throws Exception {
        TerritorySummary territory = territories.all().stream()
                .filter(t -> t.epciSiren().equals(DemoLoader.EPCI_SIREN) && t.referenceYear() == 2012)
                .findFirst()
                .orElseThrow();
        CurrentUser admin = accounts.find("admin").orElseThrow();
        AlternativesView view = alternatives.compare(territory.id(), 2015, null, false, admin);

        assertThat(view.blockers()).isEmpty();
        assertThat(view.comparison()).isNotNull();
        assertThat(view.comparison().members()).hasSize(FinanceDemoTests.EIGHT.size());
        assertThat(view.comparison().totals())
                .extracting(AlternativeTotal::total)
                .allSatisfy(total -> assertThat(total).isNotNull().isPositive());
        assertThat(view.comparison().members())
                .allSatisfy(m -> assertThat(m.costs())
                        .allSatisfy(c -> assertThat(c.amount()).isNotNull()));

        String page = mvc.perform(get("/servicefinance/alternatives")
                        .param("territory", "" + territory.id())
                        .param("year", "2015")
                        .with(as(accounts, "elu")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Carantec", "(fictif)").doesNotContain(">inconnu<");
    }
}
