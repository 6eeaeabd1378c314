package org.mutualis.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.mutualis.identity.TestUsers.as;
import static org.mutualis.identity.TestUsers.someone;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.identity.Role;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page number typed or altered in the address ({@code ?page=abc}, {@code ?page=-1}) is refused
 * with a 400 page that says what is wrong, on every paginated list, never a 500 nor a silent first
 * page; a page beyond the last one shows the last one (the list got shorter since its link was made).
 */
@MutualisDbTest
@AutoConfigureMockMvc
class PageNumberRefusalTests {

    private static final String NOT_A_PAGE = "n’est pas un numéro de page";

    @Autowired
    MockMvc mvc;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Test
    void aPageNumberThatIsNotOneIsRefusedOnEveryListWithA400PageSayingSo() throws Exception {
        long campaign = CensusFixture.study2012(territories, campaigns, files, false)
                .campaign()
                .id();
        var admin = as(someone(Role.ADMIN));
        String[] lists = {
            "/campaigns/" + campaign + "/follow-up",
            "/campaigns/" + campaign,
            "/campaigns",
            "/territories",
            "/admin/users",
            "/procurements"
        };
        for (String list : lists) {
            for (String page : new String[] {"abc", "-1", "0", "1.5", "99999999999"}) {
                mvc.perform(get(list).param("page", page).with(admin))
                        .andExpect(status().isBadRequest())
                        .andExpect(content().string(containsString("« " + page + " » " + NOT_A_PAGE)));
            }
            mvc.perform(get(list).param("page", "9999").with(admin)).andExpect(status().isOk());
        }
        mvc.perform(get("/campaigns/{id}/follow-up", campaign)
                        .param("status", "XYZ")
                        .with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("« XYZ » n’est pas une valeur possible de « status »")));
    }

    @Test
    void theApiRefusesItWithAProblemDocument() throws Exception {
        long campaign = CensusFixture.study2012(territories, campaigns, files, false)
                .campaign()
                .id();
        mvc.perform(get("/api/campaigns/{id}/synthesis/figures/{f}/terms", campaign, "count.desktops.raw")
                        .param("page", "abc")
                        .with(as(someone(Role.ANALYST))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString("« abc » " + NOT_A_PAGE)));
    }
}
