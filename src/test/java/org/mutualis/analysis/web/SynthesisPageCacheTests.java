package org.mutualis.analysis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.AnswerSubmission;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.ResponseView;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The synthesis page renders its figure tables once per view and language (shared/web
 * RenderedFragments) and never shows a stale or someone else's: each test opens the page first,
 * so that its tables are kept, then changes what they rest on or who reads them.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class SynthesisPageCacheTests {

    static final CurrentUser ANALYST = new CurrentUser(1, "analyste", "Analyste", Role.ANALYST, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    CensusFixture.Loaded study;
    long campaign;

    @BeforeEach
    void load() {
        study = CensusFixture.study2012(territories, campaigns, files, true);
        campaign = study.campaign().id();
    }

    @Test
    void anAnswerChangedShowsOnTheNextPage() throws Exception {
        assertThat(page(get("/campaigns/{c}/synthesis", campaign).with(as(ANALYST))))
                .contains(">386<");
        long botsorhel = study.collectivity(BOTSORHEL).id();
        long validated = campaigns.response(campaign, botsorhel, ANALYST).version();
        campaigns.returnForCorrection(campaign, botsorhel, validated, "Correction du parc", ANALYST);
        ResponseView response = campaigns.response(campaign, botsorhel, ANALYST);
        Map<String, String> values = new HashMap<>();
        response.answers().forEach((code, value) -> values.put(code, value.display()));
        values.put("desktops_excl_schools", "2");
        campaigns.submit(campaign, botsorhel, new AnswerSubmission(values, null, response.version()), ANALYST);

        String again = page(get("/campaigns/{c}/synthesis", campaign).with(as(ANALYST)));
        assertThat(again).contains(">398<").doesNotContain(">386<");
    }

    @Test
    void eachLanguageGetsItsOwnTables() throws Exception {
        String french =
                page(get("/campaigns/{c}/synthesis", campaign).with(as(ANALYST)).param("lang", "fr"));
        String english =
                page(get("/campaigns/{c}/synthesis", campaign).with(as(ANALYST)).param("lang", "en"));
        String frenchAgain =
                page(get("/campaigns/{c}/synthesis", campaign).with(as(ANALYST)).param("lang", "fr"));
        assertThat(main(french)).contains("Totaux bruts (réponses) et extrapolés (territoire)");
        assertThat(main(english))
                .contains("Raw (answers) and extrapolated (territory) totals")
                .doesNotContain("Totaux bruts");
        assertThat(main(frenchAgain)).isEqualTo(main(french));
    }

    @Test
    void aCorrespondentNeverGetsTheTablesRenderedForTheStaff() throws Exception {
        String staff = page(get("/campaigns/{c}/synthesis", campaign).with(as(ANALYST)));
        CurrentUser botsorhel = new CurrentUser(
                7,
                "botsorhel",
                "Botsorhel",
                Role.CORRESPONDENT,
                study.collectivity(BOTSORHEL).id());
        String own = page(get("/campaigns/{c}/synthesis", campaign).with(as(botsorhel)));
        // The staff's tables link to other collectivités' responses; the correspondent's only to their own.
        assertThat(staff).containsPattern("/campaigns/" + campaign + "/responses/\\d+");
        long botsorhelId = study.collectivity(BOTSORHEL).id();
        assertThat(own.replace("/campaigns/" + campaign + "/responses/" + botsorhelId, ""))
                .doesNotContainPattern("/campaigns/" + campaign + "/responses/\\d+");
        assertThat(own).isNotEqualTo(staff);
    }

    private static String main(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
